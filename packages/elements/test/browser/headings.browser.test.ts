// Every component titles its parts with real heading elements (h2–h6, never `div role="heading"`),
// at the level the page asks for with `heading-level`, clamped to 2–6 and each level below the one
// above it, so the component fits the page's outline.
import { expect, fixture, html } from '@open-wc/testing';
import type { WooRequest } from '@woo-kit/core';
import { configureWooKitLocalization } from '../../src/localization.js';
import '../../src/components/woo-request-status/define.js';
import '../../src/components/woo-timeliness-dashboard/define.js';
import '../../src/components/woo-contact/define.js';

configureWooKitLocalization({ followDocumentLanguage: false });

const request: WooRequest = {
  id: 'WOO-2025-0042',
  receivedOn: '2025-03-28',
  channel: 'webForm',
  subject: 'Verslagen van het overleg over de fietsbrug',
};

const requests: WooRequest[] = [
  { ...request, id: 'a', events: [{ type: 'decided', on: '2025-04-10', outcome: 'disclosed' }] },
  { ...request, id: 'b', receivedOn: '2025-04-02' },
];

/** The headings of a shadow root: tag name and text, in document order. */
const status = (level: number) =>
  fixture(html`<woo-request-status
    heading-level=${level}
    .request=${request}
    today="2025-05-20"
  ></woo-request-status>`);
const dashboard = (level: number, list: readonly WooRequest[] = requests) =>
  fixture(html`<woo-timeliness-dashboard
    heading-level=${level}
    .requests=${list}
    today="2025-06-30"
  ></woo-timeliness-dashboard>`);

const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')].map((h) => [
    h.localName,
    h.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

describe('headings', () => {
  it('woo-request-status: real h2 and h3, also for the steps when the decision is late', async () => {
    const el = await status(2);
    expect(headings(el)).to.deep.equal([
      ['h2', 'Uw Woo-verzoek'],
      ['h3', 'Wat is er gebeurd?'],
      ['h3', 'De gemeente is te laat. Wat kunt u doen?'],
    ]);
    // The section of the steps is named by its heading.
    const late = el.shadowRoot!.querySelector('section.late')!;
    expect(el.shadowRoot!.getElementById(late.getAttribute('aria-labelledby')!)!.localName).to.equal('h3');
  });

  it('woo-request-status: heading-level moves every heading, within h2–h6', async () => {
    const deep = await status(5);
    expect(headings(deep).map(([tag]) => tag)).to.deep.equal(['h5', 'h6', 'h6']);
    const high = await status(1);
    // Level 1 is the page's own title: the component starts at h2, its parts are h2 as well (never h1).
    expect(headings(high).map(([tag]) => tag)).to.deep.equal(['h2', 'h2', 'h2']);
  });

  it('woo-timeliness-dashboard: real h2 and h3, and the heading-level attribute', async () => {
    const el = await dashboard(2);
    expect(headings(el)).to.deep.equal([
      ['h2', 'Op tijd beslist?'],
      ['h3', 'Per maand'],
      ['h3', 'Uitkomst van de verzoeken'],
    ]);
    const deep = await dashboard(4);
    expect(headings(deep).map(([tag]) => tag)).to.deep.equal(['h4', 'h5', 'h5']);
    const empty = await dashboard(3, []);
    expect(headings(empty)).to.deep.equal([['h3', 'Op tijd beslist?']]);
  });

  it('the headings keep the look of their level (class h2 … h6)', async () => {
    const el = await dashboard(2);
    const [title, sub] = [...el.shadowRoot!.querySelectorAll('h2, h3')];
    expect(title!.classList.contains('h2')).to.equal(true);
    expect(sub!.classList.contains('h3')).to.equal(true);
    const size = (h: Element) => parseFloat(getComputedStyle(h).fontSize);
    expect(size(title!)).to.be.greaterThan(size(sub!));
  });

  it('woo-contact: real headings at the asked level', async () => {
    const el = await fixture(html`<woo-contact heading-level="4"></woo-contact>`);
    expect(headings(el).map(([tag]) => tag)[0]).to.equal('h4');
    expect(headings(el).every(([tag]) => /^h[2-6]$/.test(tag!))).to.equal(true);
  });
});
