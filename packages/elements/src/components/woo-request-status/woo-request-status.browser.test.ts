import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../../../test/support/commands.js';
import type { WooRequest } from '@woo-kit/core';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import { systemColour } from '../../../test/support/dom.js';
import './define.js';
import type { WooRequestStatus } from './woo-request-status.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const fixtures = '/packages/elements/test/fixtures';

const request: WooRequest = {
  id: 'WOO-2025-0042',
  receivedOn: '2025-03-28',
  channel: 'webForm',
  subject: 'Verslagen van het overleg over de fietsbrug <script>alert(1)</script>',
};

const text = (el: WooRequestStatus) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('woo-request-status', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible within the term and when late', async () => {
    const within = await fixture<WooRequestStatus>(
      html`<woo-request-status .request=${request} today="2025-04-10"></woo-request-status>`,
    );
    await assertAccessible(within);
    const late = await fixture<WooRequestStatus>(
      html`<woo-request-status .request=${request} today="2025-05-20"></woo-request-status>`,
    );
    await assertAccessible(late);
  });

  it('shows the stage, the days left and the timeline; user text stays text', async () => {
    const el = await fixture<WooRequestStatus>(
      html`<woo-request-status .request=${request} today="2025-04-10"></woo-request-status>`,
    );
    expect(text(el)).to.contain('Zij moet uiterlijk vrijdag 25 april 2025 beslissen.');
    // 11 April, 14–17 April and 22–25 April: Good Friday (18th) and Easter Monday (21st) are not working days.
    expect(text(el)).to.contain('Nog 15 dagen (9 werkdagen).');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.subject')!.textContent).to.contain('<script>');
    const items = [...el.shadowRoot!.querySelectorAll('.timeline__item')].map((li) => li.className.split('--')[1]);
    expect(items).to.deep.equal(['event', 'today', 'deadline']);
  });

  it('moves the deadline for a period on hold', async () => {
    const onHold: WooRequest = {
      ...request,
      events: [
        { type: 'clarificationAsked', on: '2025-04-01' },
        { type: 'clarificationAnswered', on: '2025-04-08' },
      ],
    };
    const el = await fixture<WooRequestStatus>(
      html`<woo-request-status .request=${onHold} today="2025-04-10"></woo-request-status>`,
    );
    // Awb 4:15: 2 April up to, not including, 8 April = 6 days on hold: 25 April + 6 = 1 May.
    expect(text(el)).to.contain('donderdag 1 mei 2025');
  });

  it('when late, explains what to do and offers a notice-of-default letter', async () => {
    const el = await fixture<WooRequestStatus>(html`<woo-request-status .request=${request} today="2025-05-20"
        organisation="Gemeente Voorbeeld"
        ></woo-request-status>`);
    expect(text(el)).to.contain('De gemeente is te laat.');
    expect(text(el)).to.contain('25 dagen te laat');
    expect(text(el)).to.contain('Awb 6:12');
    const letter = el.shadowRoot!.querySelector('textarea')!.value;
    expect(letter).to.contain('Aan: Gemeente Voorbeeld');
    expect(letter).to.contain('Onderwerp: ingebrekestelling Woo-verzoek WOO-2025-0042');
    expect(letter).to.contain('Op 28 maart 2025 heeft u mijn verzoek');
    expect(letter).to.contain('uiterlijk op 25 april 2025 beslissen');
    expect(letter).to.contain('artikel 6:12 Algemene wet bestuursrecht');
  });

  it('a decided request shows the outcome and whether it was on time', async () => {
    const decided: WooRequest = {
      ...request,
      events: [{ type: 'decided', on: '2025-04-30', outcome: 'partlyDisclosed', grounds: ['5.1.2e'] }],
    };
    const el = await fixture<WooRequestStatus>(
      html`<woo-request-status .request=${decided} today="2025-05-20"></woo-request-status>`,
    );
    expect(text(el)).to.contain('De gemeente heeft beslist, maar te laat.');
    expect(text(el)).to.contain('u krijgt een deel van de informatie');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('links to the decision once the request is decided, not before', async () => {
    const decided: WooRequest = {
      ...request,
      events: [{ type: 'decided', on: '2025-04-20', outcome: 'partlyDisclosed', grounds: ['5.1.2e'] }],
    };
    const el = await fixture<WooRequestStatus>(html`<woo-request-status .request=${decided} today="2025-05-20"
        decision-href="/woo/besluit.html"
        ></woo-request-status>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.stage a')!;
    expect(link.textContent).to.contain('Lees het besluit en de uitleg');
    expect(link.getAttribute('href')).to.match(/\/woo\/besluit\.html$/);
    await assertAccessible(el);
    const open = await fixture<WooRequestStatus>(html`<woo-request-status .request=${request} today="2025-04-10"
        decision-href="/woo/besluit.html"
        ></woo-request-status>`);
    expect(open.shadowRoot!.querySelector('.stage a')).to.equal(null);
    const unsafe = await fixture<WooRequestStatus>(html`<woo-request-status .request=${decided} today="2025-05-20"
        decision-href="javascript:alert(1)"
        ></woo-request-status>`);
    expect(unsafe.shadowRoot!.querySelector('.stage a')).to.equal(null);
  });

  it('loads a request from a JSON URL', async () => {
    const el = await fixture<WooRequestStatus>(
      html`<woo-request-status src="${fixtures}/request-late.json" today="2025-05-20"></woo-request-status>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.subject'), 'the request loads');
    expect(text(el)).to.contain('fietsbrug');
    expect(text(el)).to.contain('De gemeente is te laat.');
  });

  it('says clearly when the URL is not found or the data is wrong', async () => {
    const missing = await fixture<WooRequestStatus>(
      html`<woo-request-status src="${fixtures}/nope.json"></woo-request-status>`,
    );
    await waitUntil(() => missing.shadowRoot!.querySelector('[role=alert]'), 'an error shows');
    expect(text(missing)).to.contain('Wij kunnen dit verzoek niet vinden.');
    const invalid = await fixture<WooRequestStatus>(
      html`<woo-request-status src="${fixtures}/request-invalid.json"></woo-request-status>`,
    );
    await waitUntil(() => invalid.shadowRoot!.querySelector('[role=alert]'), 'an error shows');
    expect(text(invalid)).to.contain('De gegevens kloppen niet.');
  });

  it('speaks English when the page does; the letter stays Dutch', async () => {
    await l10n.setLocale('en');
    const el = await fixture<WooRequestStatus>(
      html`<woo-request-status .request=${request} today="2025-05-20"></woo-request-status>`,
    );
    expect(text(el)).to.contain('The municipality is late.');
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.contain('Geachte heer, mevrouw,');
  });
  it(
    'keeps its marks in forced-colours mode: a double ' + 'border when late, a filled square for the deadline',
    async function () {
      if (!(await emulateMedia({ forcedColors: 'active' }))) return this.skip();
      try {
        const canvasText = systemColour('CanvasText');
        const late = await fixture<WooRequestStatus>(
          html`<woo-request-status .request=${request} today="2025-05-20"></woo-request-status>`,
        );
        const stage = getComputedStyle(late.shadowRoot!.querySelector('.stage--late')!);
        expect(stage.borderInlineStartStyle).to.equal('double');
        expect(parseFloat(stage.borderInlineStartWidth)).to.be.at.least(8);
        const marker = (selector: string) => getComputedStyle(late.shadowRoot!.querySelector(selector)!, '::before');
        const deadline = marker('.timeline__item--deadline');
        const other = marker('.timeline__item--event');
        // The deadline: a square filled in the text colour; the other days: open circles with a text-coloured edge.
        expect(deadline.borderTopLeftRadius).to.equal('0px');
        expect(deadline.backgroundColor).to.equal(canvasText);
        expect(other.borderTopLeftRadius).to.equal('50%');
        expect(other.backgroundColor).not.to.equal(canvasText);
        expect(other.borderTopColor).to.equal(canvasText);
        await assertAccessible(late);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

  it('on a status link page, reads the token from the fragment and sends it only as a bearer token', async () => {
    const calls: { url: string; authorization: string | null }[] = [];
    const original = window.fetch;
    window.fetch = async (input, init) => {
      calls.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      const ok = new Headers(init?.headers).get('authorization') === 'Bearer geheim-token';
      return new Response(ok ? JSON.stringify(request) : '{"error":{"code":"unauthorized"}}', {
        status: ok ? 200 : 401,
        headers: { 'content-type': 'application/json' },
      });
    };
    const before = location.hash;
    try {
      history.replaceState(null, '', '#t=geheim-token&id=WOO-2025-0042');
      const el = await fixture<WooRequestStatus>(
        html`<woo-request-status api="/api/requests/" today="2025-04-10"></woo-request-status>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.subject'), 'the request shows');
      expect(calls).to.have.length(1);
      expect(new URL(calls[0]!.url, location.href).pathname).to.equal('/api/requests/WOO-2025-0042');
      expect(calls[0]!.url).not.to.contain('geheim-token');
      expect(calls[0]!.authorization).to.equal('Bearer geheim-token');
      await assertAccessible(el);
      history.replaceState(null, '', '#t=fout&id=WOO-2025-0042');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'a wrong link says so');
      expect(text(el)).to.contain('Deze statuslink klopt niet.');
    } finally {
      window.fetch = original;
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });
});
