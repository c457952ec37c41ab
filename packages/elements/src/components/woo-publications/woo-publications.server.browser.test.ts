// <woo-publications search-endpoint>: the same component on the real server search (the wtr test API
// mounts @woo-kit/server's handler on an in-memory SQLite index of test/fixtures/publications.json).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../../test/support/commands.js';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooPublications } from './woo-publications.js';
import type { WooPublicationsChangeEvent } from '../../events/woo-publications-change.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const endpoint = '/test-api/publications/search';
const startUrl = location.href;

const $ = <T extends Element = HTMLElement>(el: WooPublications, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WooPublications, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: WooPublications) => $$(el, '.result__title').map((h) => h.textContent!.trim());
const count = (el: WooPublications) => $(el, '#count')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Sets the test server's delay and failures; resolves to how many searches it answered since the last call. */
async function control(options: { delay?: number; fail?: number } = {}): Promise<number> {
  const res = await fetch(`/test-api/search-control?delay=${options.delay ?? 0}&fail=${options.fail ?? 0}`, {
    method: 'POST',
  });
  return ((await res.json()) as { requests: number }).requests;
}

async function settled(el: WooPublications): Promise<void> {
  await waitUntil(
    () => $(el, '.results, .empty, [role=alert]') && $(el, '.results')?.getAttribute('aria-busy') !== 'true',
    'the search answers',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

describe('woo-publications with search-endpoint', () => {
  beforeEach(async () => {
    await control();
  });
  afterEach(async () => {
    history.replaceState(null, '', startUrl);
    await l10n.setLocale('nl');
    await control();
  });

  it('is accessible, and holds one page of results', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications search-endpoint=${endpoint} page-size="10" url-state="off"></woo-publications>`,
    );
    await settled(el);
    await assertAccessible(el);
    expect(count(el)).to.contain('25 publicaties gevonden');
    expect(count(el)).to.contain('Pagina 1 van 3');
    // Only the page is in the browser: ten results, the newest first (as the browser search).
    expect($$(el, '.result')).to.have.length(10);
    expect(titles(el)[0]).to.equal('Besluit op Woo-verzoek over de fietsbrug');
    // The filter choices come from the facets.
    expect([...$<HTMLSelectElement>(el, '#category')!.options].length).to.be.greaterThan(2);
  });

  it('searches while typing, after a pause, and finds a word inside a compound', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications search-endpoint=${endpoint} url-state="off"></woo-publications>`,
    );
    await settled(el);
    await control();
    $<HTMLInputElement>(el, '#query')!.focus();
    const changed = oneEvent(el, 'woo-publications-change') as unknown as Promise<WooPublicationsChangeEvent>;
    await sendKeys({ type: 'brug' });
    const event = await changed;
    expect(event.total).to.equal(1);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Besluit op Woo-verzoek over de fietsbrug']);
    // Four keystrokes, fewer searches: typing is debounced.
    expect(await control()).to.be.lessThan(4);
    await waitUntil(
      () => $(el, '[role=status].visually-hidden')!.textContent!.includes('1 publicatie'),
      'the count is announced',
    );
  });

  it('filters, pages, and goes back and forward through the history', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications search-endpoint=${endpoint} page-size="10"></woo-publications>`,
    );
    await settled(el);
    const category = $<HTMLSelectElement>(el, '#category')!;
    category.value = 'c_3baef532';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => !count(el).includes('25 publicaties'), 'the filter answers', { timeout: 8000 });
    await settled(el);
    expect(new URL(location.href).searchParams.get('categorie')).to.equal('c_3baef532');
    const filtered = count(el);
    expect(filtered).to.match(/\d+ publicaties gevonden/);
    const firstPage = titles(el);

    $<HTMLAnchorElement>(el, '.pagination a[rel=next]')!.click();
    await waitUntil(() => titles(el)[0] !== firstPage[0], 'page 2 arrives', { timeout: 8000 });
    await settled(el);
    expect(new URL(location.href).searchParams.get('pagina')).to.equal('2');
    expect(el.shadowRoot!.activeElement?.id).to.equal('count');
    const secondPage = titles(el);

    let popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await waitUntil(() => titles(el)[0] === firstPage[0], 'back to page 1', { timeout: 8000 });
    expect(new URL(location.href).searchParams.get('pagina')).to.equal(null);

    popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await waitUntil(() => titles(el)[0] === secondPage[0], 'forward to page 2', { timeout: 8000 });

    popped = oneEvent(window, 'popstate');
    history.go(-2);
    await popped;
    await waitUntil(() => count(el).includes('25 publicaties'), 'back to no filter', { timeout: 8000 });
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('');
  });

  it('a failed answer is announced and leaves the previous results whole; trying again works', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications search-endpoint=${endpoint} page-size="10" url-state="off"></woo-publications>`,
    );
    await settled(el);
    const before = titles(el);
    await control({ fail: 1 });
    const category = $<HTMLSelectElement>(el, '#category')!;
    category.value = 'c_3baef532';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(el, '[role=alert]'), 'the failure is announced', { timeout: 8000 });
    expect($(el, '[role=alert]')!.textContent).to.contain('konden niet worden bijgewerkt');
    expect(titles(el)).to.deep.equal(before);
    expect(count(el)).to.contain('25 publicaties gevonden');
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await waitUntil(() => !$(el, '[role=alert]') && !count(el).includes('25 publicaties'), 'the retry answers', {
      timeout: 8000,
    });
  });

  it('a slow answer is announced; the list stays as it was until the whole answer is there', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications search-endpoint=${endpoint} page-size="10" url-state="off"></woo-publications>`,
    );
    await settled(el);
    const before = titles(el);
    await control({ delay: 3500 });
    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(el, '.results')?.getAttribute('aria-busy') === 'true', 'the list is marked busy');
    await waitUntil(
      () => el.shadowRoot!.textContent!.includes('Zoeken duurt langer dan normaal'),
      'slowness is announced',
      { timeout: 6000 },
    );
    expect(titles(el)).to.deep.equal(before);
    await waitUntil(() => $(el, '.results')?.getAttribute('aria-busy') === 'false', 'the answer arrives', {
      timeout: 8000,
    });
    expect(titles(el)).not.to.deep.equal(before);
    expect(titles(el)).to.have.length(10);
  });
});
