// <woo-categories search-endpoint>: the counts from the facets of the real server search (the wtr test
// API mounts @woo-kit/server's handler on an in-memory SQLite index of test/fixtures/publications.json).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooCategories } from './woo-categories.js';

const $ = <T extends Element = HTMLElement>(el: WooCategories, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WooCategories, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const card = (el: WooCategories, label: string) =>
  $$(el, '.category').find((li) => li.querySelector('.category__title')!.textContent!.trim() === label)!;

describe('woo-categories with search-endpoint', () => {
  it('counts per category from the facets, as from the whole feed', async () => {
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" search-endpoint="/test-api/publications/search"></woo-categories>`,
    );
    await waitUntil(() => $(el, '.summary--missing, .summary--complete'), 'the counts arrive', { timeout: 8000 });
    await el.updateComplete;
    await assertAccessible(el);
    // The same numbers as the feed test (woo-categories.browser.test.ts) gives for the same publications.
    expect(text($(el, '.summary')!)).to.contain('2 van de 4 verplichte categorieën hebben publicaties.');
    expect(text(card(el, 'Woo-verzoeken en -besluiten'))).to.contain('18 publicaties');
    expect(text(card(el, 'Wetten en algemeen verbindende voorschriften'))).to.contain('1 publicatie');
  });

  it('says so when the endpoint cannot be reached', async () => {
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" search-endpoint="/test-api/nope"></woo-categories>`,
    );
    await waitUntil(() => $(el, '[role=alert]'), 'the failure is shown', { timeout: 8000 });
    expect(text($(el, '[role=alert]')!)).to.contain('konden niet worden geladen');
  });
});
