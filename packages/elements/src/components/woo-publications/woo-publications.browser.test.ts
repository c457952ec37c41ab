import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../../test/support/commands.js';
import { examplePublication, informationCategories, type Publication } from '@woo-kit/core';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooPublications } from './woo-publications.js';
import type { WooPublicationsChangeEvent } from '../../events/woo-publications-change.js';
import { SearchIndex, words } from './search-index.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const fixtures = '/packages/elements/test/fixtures';
const startUrl = location.href;

const $ = <T extends Element = HTMLElement>(el: WooPublications, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WooPublications, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: WooPublications) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const titles = (el: WooPublications) => $$(el, '.result__title').map((h) => h.textContent!.trim());
const active = (el: WooPublications) => el.shadowRoot!.activeElement as HTMLElement | null;

async function loaded(el: WooPublications): Promise<void> {
  await waitUntil(() => $(el, '.results, .empty, [role=alert]'), 'the feed loads');
  await el.updateComplete;
}

async function tabTo(el: WooPublications, selector: string): Promise<void> {
  const target = $(el, selector);
  for (let i = 0; i < 40 && active(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(active(el), `focus reaches ${selector}`).to.equal(target);
}

const publication = (id: string, title: string, extra: Partial<Publication> = {}): Publication => ({
  ...examplePublication,
  id,
  officialTitle: title,
  ...extra,
});

describe('woo-publications', () => {
  afterEach(async () => {
    history.replaceState(null, '', startUrl);
    await l10n.setLocale('nl');
  });

  it('is accessible: loaded, filtered and paged', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" page-size="10" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    await assertAccessible(el);
  });

  it('shows title, category, document type, date, organisation and link of each publication', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" page-size="10" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    expect(text(el)).to.contain('25 publicaties gevonden');
    expect($$(el, '.result')).to.have.length(10);
    const first = $(el, '.result')!;
    // Newest first: the decision of 15 April 2025.
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://www.example.nl/woo/1.pdf');
    expect(first.textContent).to.contain('Besluit op Woo-verzoek over de fietsbrug');
    expect(first.textContent).to.contain('Woo-verzoeken en -besluiten');
    expect(first.textContent).to.contain('beslissing op Wob-/Woo-verzoek');
    expect(first.textContent).to.contain('15 april 2025');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2025-04-15');
    expect(first.textContent).to.contain('gemeente Utrecht');
  });

  it('reads JSON lines and inline data, and counts the records it leaves out', async () => {
    const lines = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.jsonl" url-state="off"></woo-publications>`,
    );
    await loaded(lines);
    expect(text(lines)).to.contain('3 publicaties gevonden');
    expect($(lines, '.notice')!.textContent).to.contain('2 publicaties in de lijst kloppen niet.');
    const inline = await fixture<WooPublications>(
      html`<woo-publications url-state="off"
        .publications=${{ items: [publication('a', 'Eerste'), { id: 'kapot' }] }}></woo-publications>`,
    );
    expect(text(inline)).to.contain('1 publicatie gevonden');
    expect($(inline, '.notice')!.textContent).to.contain('1 publicatie in de lijst klopt niet.');
  });

  it('shows hostile feed text as text, never links to javascript: and skips invalid records', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications-hostile.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)>Besluit over <b>vet</b>');
    expect(text(el)).to.contain('<script>alert(1)</script> tekst');
    for (const link of root.querySelectorAll('a')) expect(link.protocol).to.match(/^https?:$/);
    expect(titles(el)).to.have.length(2);
    expect($(el, '.notice')!.textContent).to.contain('5 publicaties in de lijst kloppen niet.');
    await assertAccessible(el);
  });

  it('says clearly when the feed is missing, broken or not readable yet', async () => {
    const missing = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/nope.json" url-state="off"></woo-publications>`,
    );
    await loaded(missing);
    expect($(missing, '[role=alert]')!.textContent).to.contain('Wij kunnen de lijst met publicaties niet vinden.');
    const broken = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications-broken.json" url-state="off"></woo-publications>`,
    );
    await loaded(broken);
    expect($(broken, '[role=alert]')!.textContent).to.contain('De lijst met publicaties is beschadigd.');
    const wrongShape = await fixture<WooPublications>(
      html`<woo-publications url-state="off" .publications=${{ nope: true }}></woo-publications>`,
    );
    expect($(wrongShape, '[role=alert]')!.textContent).to.contain('niet de goede vorm');
    const unsafe = await fixture<WooPublications>(
      html`<woo-publications src="javascript:alert(1)" url-state="off"></woo-publications>`,
    );
    await loaded(unsafe);
    expect($(unsafe, '[role=alert]')!.textContent).to.contain('Het adres van de lijst met publicaties is niet goed.');
  });

  it('reads a DiWoo sitemap (XML); a broken sitemap gets a clear message', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications-sitemap.xml" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    expect(titles(el)).to.deep.equal(['Besluit uit een sitemap']);
    expect($(el, '.result a')!.getAttribute('href')).to.equal('https://www.example.nl/woo/1.pdf');
    expect(text(el)).to.contain('Woo-verzoeken en -besluiten');
    const broken = await fixture<WooPublications>(
      html`<woo-publications url-state="off" src="${fixtures}/publications-broken.xml"></woo-publications>`,
    );
    await loaded(broken);
    expect($(broken, '[role=alert]')!.textContent).to.contain('De lijst met publicaties is beschadigd.');
  });

  it('tells people when the server is slow, and gives up after the timeout', async () => {
    const realFetch = window.fetch;
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    try {
      const el = await fixture<WooPublications>(
        html`<woo-publications src="/slow.json" timeout="600" url-state="off"></woo-publications>`,
      );
      expect($(el, '[role=status]')!.textContent).to.contain('De publicaties worden geladen…');
      await waitUntil(() => text(el).includes('Dit duurt langer dan normaal.'), 'the slow message shows');
      await waitUntil(() => $(el, '[role=alert]'), 'the timeout shows');
      expect($(el, '[role=alert]')!.textContent).to.contain('De server doet er te lang over.');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('searches Dutch text: case, accents and the start of words', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const search = async (query: string) => {
      const input = $<HTMLInputElement>(el, '#query')!;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      return titles(el);
    };
    expect(await search('cafe')).to.deep.equal(['Advies over het café-terras op de Neude']);
    expect(await search('REINTEGRATIE')).to.deep.equal(['Reïntegratie van werkzoekenden: onderzoeksrapport']);
    expect(await search('fiets')).to.deep.equal(['Besluit op Woo-verzoek over de fietsbrug']);
    expect(await search('de fietsbrug')).to.deep.equal(['Besluit op Woo-verzoek over de fietsbrug']);
    // Both words must match; in the title weighs more than in the description.
    expect(await search('binnenstad parkeren')).to.deep.equal(['Verordening parkeerbelastingen 2025']);
    expect((await search('begroting')).length).to.equal(17);
    expect(await search('xyzzy')).to.deep.equal([]);
    expect(text(el)).to.contain('Er zijn geen publicaties gevonden.');
    expect((await search('  ')).length).to.equal(20);
  });

  it('the search index folds, tokenises and matches prefixes', () => {
    expect(words('Woo-verzoek: Café ĲSSEL 2025')).to.deep.equal(['woo', 'verzoek', 'cafe', 'ijssel', '2025']);
    const index = new SearchIndex([
      ['Fietsbrug', 'over de Vecht'],
      ['Vechtoever', 'fietsen'],
    ]);
    const scores = index.search('vecht')!;
    expect(scores[0]).to.be.greaterThan(0);
    expect(scores[1]).to.be.greaterThan(scores[0]!); // title beats description
    expect(index.search('fiets vecht')![0]).to.be.greaterThan(0);
    expect(index.search('brug')![0]).to.equal(0); // prefixes only
    expect(index.search('!!')).to.equal(undefined);
  });

  it('filters by category, document type, organisation and date, and sorts', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const choose = async (id: string, value: string) => {
      const select = $<HTMLSelectElement>(el, `#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await choose('category', 'c_139c6280');
    expect(titles(el)).to.deep.equal(['Verordening parkeerbelastingen 2025']);
    await choose('category', '');
    await choose('organisation', 'gm0355');
    expect(titles(el)).to.deep.equal(['Convenant Zonnepanelen op scholen']);
    await choose('organisation', '');
    await choose('type', 'c_d506b718');
    expect(titles(el)).to.deep.equal(['Advies over het café-terras op de Neude']);
    await choose('type', '');
    const type = async (id: string, value: string) => {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    await type('from', '1');
    await type('from-month', '3');
    await type('from-year', '2025');
    expect(titles(el)).to.deep.equal([
      'Besluit op Woo-verzoek over de fietsbrug',
      'Jaarverslag 2024',
      'Besluitenlijst college 11 maart 2025',
    ]);
    await type('to', '31');
    await type('to-month', '3');
    await type('to-year', '2025');
    expect(titles(el)).to.deep.equal(['Jaarverslag 2024', 'Besluitenlijst college 11 maart 2025']);
    await choose('sort', 'oldest');
    expect(titles(el)).to.deep.equal(['Besluitenlijst college 11 maart 2025', 'Jaarverslag 2024']);
    await choose('sort', 'title');
    expect(titles(el)).to.deep.equal(['Besluitenlijst college 11 maart 2025', 'Jaarverslag 2024']);
    // A date that does not exist gets an error when the person leaves the field.
    await type('to', '32');
    $(el, '#to')!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '#to-error')!.textContent).to.contain('Deze datum bestaat niet.');
    await assertAccessible(el);
  });

  it('shows the day a document was made public, and what the chosen category holds next to the filter', async () => {
    const items = [
      publication('a', 'Besluit fietsbrug', { publishedOn: '2025-05-02', creationDate: '2025-04-15' }),
      publication('b', 'Verordening parkeren', { informationCategories: ['c_139c6280'], creationDate: '2024-12-12' }),
    ];
    const el = await fixture<WooPublications>(
      html`<woo-publications .publications=${items} url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const first = $(el, '.result')!;
    // Newest first by the day made public; the label says which date it is.
    expect(first.textContent).to.contain('Besluit fietsbrug');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-02');
    expect([...first.querySelectorAll('dt')].map((dt) => dt.textContent!.trim())).to.include('Openbaar gemaakt');
    expect([...$$(el, '.result')[1]!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim())).to.include('Datum');
    expect($(el, '#category-description')).to.equal(null);
    const select = $<HTMLSelectElement>(el, '#category')!;
    select.value = 'c_139c6280';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const description = $(el, '#category-description')!;
    expect(description.textContent!.trim()).to.equal(
      informationCategories.find((c) => c.code === 'c_139c6280')!.explanation.nl,
    );
    expect(select.getAttribute('aria-describedby')).to.equal('category-description');
    await assertAccessible(el);
    await l10n.setLocale('en');
    await el.updateComplete;
    expect($(el, '#category-description')!.textContent!.trim()).to.equal(
      informationCategories.find((c) => c.code === 'c_139c6280')!.explanation.en,
    );
  });

  it('shows the parts of a document and the dossier it belongs to, as links; hostile names stay text', async () => {
    const dossier = publication('dossier', 'Besluit op Woo-verzoek 12', {
      url: 'https://www.example.nl/woo/besluit-12.pdf',
      hasParts: [
        { resource: 'https://www.example.nl/woo/document-1.pdf', label: 'document-1.pdf' },
        { resource: 'javascript:alert(1)', label: '<img src=x onerror=alert(1)>' },
        ...Array.from({ length: 10 }, (_, i) => ({
          resource: `https://www.example.nl/woo/bijlage-${i}.pdf`,
          label: '',
        })),
      ],
    });
    const part = publication('part', 'E-mail over de brug', {
      url: 'https://www.example.nl/woo/document-1.pdf',
      isPartOf: { resource: 'https://www.example.nl/woo/besluit-12.pdf', label: 'file_name.pdf' },
    });
    const el = await fixture<WooPublications>(
      html`<woo-publications .publications=${[dossier, part]} url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const results = $$(el, '.result');
    const titled = (title: string) =>
      results.find((r) => r.querySelector('.result__title')!.textContent!.trim() === title)!;
    const ofDossier = titled('Besluit op Woo-verzoek 12');
    const ofPart = titled('E-mail over de brug');
    // The part names its dossier by the dossier's title in the feed, not the producer's file name.
    const up = [...ofPart.querySelectorAll('.meta div')].find(
      (d) => d.querySelector('dt')!.textContent!.trim() === 'Hoort bij',
    )!;
    expect(up.querySelector('a')!.getAttribute('href')).to.equal('https://www.example.nl/woo/besluit-12.pdf');
    expect(up.querySelector('a')!.textContent).to.equal('Besluit op Woo-verzoek 12');
    const items = [...ofDossier.querySelectorAll('.parts li')];
    expect(items).to.have.length(10);
    expect(items[0]!.querySelector('a')!.textContent).to.equal('E-mail over de brug');
    expect(items[1]!.querySelector('a')).to.equal(null, 'no javascript: link');
    expect(items[1]!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(ofDossier.querySelector('img')).to.equal(null);
    expect(items[2]!.textContent).to.equal('https://www.example.nl/woo/bijlage-0.pdf', 'no name: the address');
    expect(ofDossier.querySelector('.parts__more')!.textContent).to.equal('Meer onderdelen: 2');
    await assertAccessible(el);
    await l10n.setLocale('en');
    await el.updateComplete;
    expect(ofDossier.querySelector('.meta__parts dt')!.textContent!.trim()).to.equal('Parts');
    expect(ofDossier.querySelector('.parts__more')!.textContent).to.equal('More parts: 2');
  });

  it('pages with a nav of links; the current page is marked and focus moves to the count', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" page-size="10" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const nav = $(el, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pagina’s met publicaties');
    expect($(el, '[aria-current=page]')!.textContent!.trim()).to.equal('Pagina 1');
    expect(text(el)).to.contain('Pagina 1 van 3.');
    const firstPage = titles(el);
    await tabTo(el, 'a[rel=next]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[aria-current=page]')!.textContent!.trim()).to.equal('Pagina 2');
    expect(active(el)).to.equal($(el, '#count'));
    expect(titles(el)).to.have.length(10);
    expect(titles(el)).not.to.include(firstPage[0]);
    $<HTMLAnchorElement>(el, 'nav li:last-child a')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Pagina 3 van 3.');
    expect(titles(el)).to.have.length(5);
  });

  it('works by keyboard alone: type a search, press Enter, move to the results', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    await tabTo(el, '#query');
    await sendKeys({ type: 'parkeer' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Verordening parkeerbelastingen 2025']);
    await tabTo(el, '#category');
    await tabTo(el, '.result a');
  });

  it('announces the number of results politely, after typing pauses', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const live = $(el, 'div[role=status]')!;
    expect(live.textContent!.trim()).to.equal('');
    $<HTMLInputElement>(el, '#query')!.focus();
    await sendKeys({ type: 'besluit' });
    await el.updateComplete;
    expect(live.textContent!.trim(), 'not while typing').to.equal('');
    await waitUntil(() => live.textContent!.trim() !== '', 'the count is announced', { timeout: 3000 });
    expect(live.textContent!.trim()).to.equal('19 publicaties gevonden');
  });

  it('keeps the search in the URL; the back button returns to the previous search', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}lang=nl`);
    const before = location.href;
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json"></woo-publications>`,
    );
    await loaded(el);
    $<HTMLInputElement>(el, '#query')!.focus();
    await sendKeys({ type: 'fiets' });
    // While typing the URL follows without a new history entry.
    expect(new URL(location.href).searchParams.get('zoek')).to.equal('fiets');
    const length = history.length;
    await sendKeys({ press: 'Enter' });
    expect(history.length).to.equal(length + 1);
    expect(new URL(location.href).searchParams.get('lang')).to.equal('nl');
    const category = $<HTMLSelectElement>(el, '#category')!;
    category.value = 'c_3baef532';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('categorie')).to.equal('c_3baef532');

    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('categorie')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#query')!.value).to.equal('fiets');

    const back2 = oneEvent(window, 'popstate');
    history.back();
    await back2;
    await el.updateComplete;
    expect(location.href).to.equal(before);
    expect($<HTMLInputElement>(el, '#query')!.value).to.equal('');
    expect(titles(el)).to.have.length(20);
  });

  it('starts from the search in the URL, and leaves the URL alone with url-state="off"', async () => {
    history.replaceState(null, '', `${location.pathname}?zoek=besluit&categorie=c_3baef532&sorteer=oudste&pagina=2`);
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" page-size="10"></woo-publications>`,
    );
    await loaded(el);
    expect($<HTMLInputElement>(el, '#query')!.value).to.equal('besluit');
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('c_3baef532');
    expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('oldest');
    expect(text(el)).to.contain('18 publicaties gevonden. Pagina 2 van 2.');
    el.remove();

    history.replaceState(null, '', `${location.pathname}?zoek=convenant`);
    const off = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(off);
    expect(titles(off)).to.have.length(20);
    $<HTMLInputElement>(off, '#query')!.focus();
    await sendKeys({ type: 'fiets' });
    await sendKeys({ press: 'Enter' });
    expect(new URL(location.href).searchParams.get('zoek')).to.equal('convenant');
  });

  it('fires woo-publications-change with the query and the number of results', async () => {
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    const input = $<HTMLInputElement>(el, '#query')!;
    setTimeout(() => {
      input.value = 'jaarverslag';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const event = (await oneEvent(el, 'woo-publications-change')) as unknown as WooPublicationsChangeEvent;
    expect(event.query.query).to.equal('jaarverslag');
    expect(event.total).to.equal(1);
  });

  it('speaks English when the page does; Dutch-only labels are marked as Dutch', async () => {
    await l10n.setLocale('en');
    const el = await fixture<WooPublications>(
      html`<woo-publications src="${fixtures}/publications.json" url-state="off"></woo-publications>`,
    );
    await loaded(el);
    expect(text(el)).to.contain('25 publications found');
    expect(text(el)).to.contain('Woo requests and decisions');
    expect(text(el)).to.contain('15 April 2025');
    expect($(el, '.meta dd[lang=nl]')!.textContent).to.equal('beslissing op Wob-/Woo-verzoek');
    expect($(el, '.result [lang=nl] .result__title')).not.to.equal(null);
    await assertAccessible(el);
  });

  it('lays out right to left', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl"><woo-publications src="${fixtures}/publications.json" page-size="5" url-state="off"
        ></woo-publications></div>`,
    );
    const el = wrapper.querySelector('woo-publications')!;
    await loaded(el);
    const pages = $$(el, '.pagination__page');
    expect(pages[0]!.getBoundingClientRect().left).to.be.greaterThan(pages[1]!.getBoundingClientRect().left);
    const label = $(el, 'label[for=query]')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(box.right - label.right).to.be.lessThan(2);
    await assertAccessible(el);
  });

  it('fits 320 px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px"><woo-publications src="${fixtures}/publications.json" url-state="off"
        ></woo-publications></div>`,
    );
    const el = wrapper.querySelector('woo-publications')!;
    await loaded(el);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, 'input, select, .result, nav'))
      expect(node.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('marks the current page with a border, which forced-colours mode keeps', async function () {
    if (!(await emulateMedia({ forcedColors: 'active' }))) return this.skip();
    try {
      const el = await fixture<WooPublications>(
        html`<woo-publications src="${fixtures}/publications.json" page-size="10" url-state="off"></woo-publications>`,
      );
      await loaded(el);
      const current = getComputedStyle($(el, '[aria-current=page]')!);
      expect(current.borderTopStyle).to.equal('solid');
      expect(parseFloat(current.borderTopWidth)).to.be.at.least(2);
      await assertAccessible(el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('checks a large feed page by page, then every record in the background', async () => {
    const records: unknown[] = Array.from({ length: 1500 }, (_, i) =>
      publication(`p${i}`, `Besluit ${i}`, { creationDate: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}` }),
    );
    records[5] = { ...(records[5] as Publication), url: 'javascript:alert(1)', creationDate: '2030-01-01' };
    const el = await fixture<WooPublications>(
      html`<woo-publications url-state="off" .publications=${records}></woo-publications>`,
    );
    // The invalid record is the newest: it is checked before it could be shown, and left out.
    expect(titles(el)).not.to.include('Besluit 5');
    expect(titles(el)).to.have.length(20);
    await waitUntil(() => el.checked, 'every record is checked');
    await el.updateComplete;
    expect(text(el)).to.contain('1.499 publicaties gevonden');
    expect($(el, '.notice')!.textContent).to.contain('1 publicatie in de lijst klopt niet.');
  });
});
