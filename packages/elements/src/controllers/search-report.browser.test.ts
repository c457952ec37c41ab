import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { examplePublication, type Publication } from '@woo-kit/core';
import '../components/woo-publications/define.js';
import type { WooPublications } from '../components/woo-publications/woo-publications.js';
import { reportableTerm } from './search-report.js';

const publication = (id: string, title: string): Publication => ({ ...examplePublication, id, officialTitle: title });
const items = [publication('a', 'Verslag over de fietsbrug'), publication('b', 'Besluit over het zwembad')];

/** Records the reports; every other fetch goes through. */
function stubReports(): {
  reports: { url: string; body: unknown; credentials: RequestCredentials | undefined }[];
  restore: () => void;
} {
  const original = window.fetch;
  const reports: { url: string; body: unknown; credentials: RequestCredentials | undefined }[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (!String(input).includes('/api/search-misses')) return original(input, init);
    reports.push({ url: String(input), body: JSON.parse(String(init.body)), credentials: init.credentials });
    return new Response('{"counted":true}', { status: 202 });
  };
  return { reports, restore: () => (window.fetch = original) };
}

async function search(el: WooPublications, words: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
  input.value = words;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('search-report (woo-publications report-misses)', () => {
  let stub: ReturnType<typeof stubReports>;
  beforeEach(() => (stub = stubReports()));
  afterEach(() => stub.restore());

  it('terms are folded; numbers and addresses are never sent', () => {
    expect(reportableTerm('  Café   Fietsbrug ')).to.equal('cafe fietsbrug');
    expect(reportableTerm('jan@voorbeeld.nl')).to.equal(undefined);
    expect(reportableTerm('06 1234 5678')).to.equal(undefined);
    expect(reportableTerm('1234AB')).to.equal(undefined);
    expect(reportableTerm('x')).to.equal(undefined);
  });

  it('reports nothing without the attribute', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications url-state="off" .publications=${items}></woo-publications>`,
    );
    await search(el, 'hondenbelasting');
    await new Promise((r) => setTimeout(r, 1800));
    expect(stub.reports).to.deep.equal([]);
  });

  it('reports a search that found nothing once it settles, once per term, without cookies', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications url-state="off" report-misses="" .publications=${items}></woo-publications>`,
    );
    await search(el, 'hond');
    await search(el, 'Hondenbelasting');
    await waitUntil(() => stub.reports.length === 1, 'reported after a pause', { timeout: 4000 });
    expect(stub.reports[0]!.body).to.deep.equal({ term: 'hondenbelasting', reason: 'no-results' });
    expect(stub.reports[0]!.credentials).to.equal('omit');
    expect(stub.reports[0]!.url).to.match(/\/api\/search-misses$/);
    await search(el, '');
    await search(el, 'hondenbelasting');
    await new Promise((r) => setTimeout(r, 1800));
    expect(stub.reports.length).to.equal(1, 'the same term is reported once per page visit');
  });

  it('reports a search with results after which nothing was opened; not when a result was opened', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications url-state="off" report-misses="/api/search-misses" .publications=${items}
        ></woo-publications>`,
    );
    await search(el, 'fietsbrug');
    await new Promise((r) => setTimeout(r, 1700));
    await search(el, 'zwembad');
    await waitUntil(() => stub.reports.length === 1, 'the first search counts as nothing opened', { timeout: 4000 });
    expect(stub.reports[0]!.body).to.deep.equal({ term: 'fietsbrug', reason: 'nothing-opened' });
    await new Promise((r) => setTimeout(r, 1700));
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.results a');
    if (link) {
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      link.click();
    } else {
      // Without a link in the result, a click on the list counts nothing: the test fixture has URLs.
      throw new Error('the fixture publication has a link');
    }
    el.remove(); // leaving: the opened search is not reported
    expect(stub.reports.length).to.equal(1);
  });
});
