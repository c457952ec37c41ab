import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../../test/support/commands.js';
import { examplePublication, type Publication } from '@woo-kit/core';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooCategories } from './woo-categories.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const fixtures = '/packages/elements/test/fixtures';

const $ = <T extends Element = HTMLElement>(el: WooCategories, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: WooCategories, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const card = (el: WooCategories, label: string) =>
  $$(el, '.category').find((li) => li.querySelector('.category__title')!.textContent!.trim() === label)!;

const inCategory = (code: string, id: string): Publication => ({
  ...examplePublication,
  id,
  informationCategories: [code] as Publication['informationCategories'],
});

async function loaded(el: WooCategories): Promise<void> {
  await waitUntil(() => !$(el, 'p[role=status]'), 'the feed loads');
  await el.updateComplete;
}

describe('woo-categories', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible, with and without a feed', async () => {
    const plain = await fixture<WooCategories>(html`<woo-categories today="2025-05-01"></woo-categories>`);
    await assertAccessible(plain);
    const counted =
      await fixture<WooCategories>(html`<woo-categories today="2025-05-01" src="${fixtures}/publications.json"
        show-not-applicable></woo-categories
        >`);
    await loaded(counted);
    await assertAccessible(counted);
  });

  it('shows the categories that apply to a municipality, each with its explanation and article', async () => {
    const el = await fixture<WooCategories>(html`<woo-categories today="2025-05-01"></woo-categories>`);
    expect($$(el, '.category')).to.have.length(16); // 17 + voluntary, without 3.3.2b and 3.3.2h
    const laws = card(el, 'Wetten en algemeen verbindende voorschriften');
    expect(text(laws)).to.contain('Woo artikel 3.3 lid 1 onder a');
    expect(text(laws)).to.contain('Regels die voor iedereen gelden.');
    expect(text(laws)).to.contain('Ja, sinds 1 november 2024.');
    expect(text(card(el, 'Convenanten'))).to.contain('Nog niet. De regering moet eerst bepalen vanaf wanneer.');
    expect(text($(el, '.summary')!)).to.equal('Nu verplicht: 4 van de 17 categorieën.');
    expect(el.shadowRoot!.textContent).not.to.contain('Vergaderstukken Staten-Generaal');
  });

  it('shows the categories that do not apply, marked, when asked', async () => {
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" show-not-applicable></woo-categories>`,
    );
    expect($$(el, '.category')).to.have.length(18);
    expect($$(el, '.category--not-applicable').map((li) => text(li))).to.satisfy((list: string[]) =>
      list.every((t) => t.includes('Geldt niet voor gemeenten.')),
    );
    expect($$(el, '.category--not-applicable')).to.have.length(2);
  });

  it('decides what is mandatory by the date, in the Netherlands', async () => {
    const before = await fixture<WooCategories>(html`<woo-categories today="2024-10-31"></woo-categories>`);
    expect(text($(before, '.summary')!)).to.equal('Op dit moment is geen enkele categorie verplicht.');
    expect(text(card(before, 'Bereikbaarheidsgegevens'))).to.contain('Nog niet. Verplicht vanaf 1 november 2024.');
    const after = await fixture<WooCategories>(html`<woo-categories today="2024-11-01"></woo-categories>`);
    expect(text(card(after, 'Bereikbaarheidsgegevens'))).to.contain('Ja, sinds 1 november 2024.');
  });

  it('counts publications per category and makes missing mandatory ones stand out', async () => {
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" src="${fixtures}/publications.json"></woo-categories>`,
    );
    await loaded(el);
    const summary = $(el, '.summary')!;
    expect(summary.classList.contains('summary--missing')).to.equal(true);
    expect(text(summary)).to.contain('2 van de 4 verplichte categorieën hebben publicaties.');
    expect(text(summary)).to.contain('Overige besluiten van algemene strekking');
    expect(summary.querySelector('svg[aria-hidden=true]')).not.to.equal(null);
    expect(text(card(el, 'Woo-verzoeken en -besluiten'))).to.contain('18 publicaties');
    expect(text(card(el, 'Wetten en algemeen verbindende voorschriften'))).to.contain('1 publicatie');
    const missing = $$(el, '.category--missing');
    expect(missing).to.have.length(2);
    for (const li of missing) expect(text(li)).to.contain('Nog geen publicaties, maar deze categorie is verplicht.');
    // Not by colour alone: the border style differs too.
    expect(getComputedStyle(missing[0]!).borderTopStyle).to.equal('double');
  });

  it('says so when every mandatory category has publications', async () => {
    const all = ['c_139c6280', 'c_aab6bfc7', 'c_40a05794', 'c_89ee6784'].map((code, i) => inCategory(code, `p${i}`));
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" .publications=${all}></woo-categories>`,
    );
    expect(text($(el, '.summary')!)).to.contain('4 van de 4 verplichte categorieën hebben publicaties.');
    expect($$(el, '.category--missing')).to.have.length(0);
    const one = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" .publications=${[all[0]]}></woo-categories>`,
    );
    expect(text($(one, '.summary')!)).to.contain('1 van de 4 verplichte categorieën heeft publicaties.');
  });

  it('links to where the municipality publishes each category; only http(s)', async () => {
    const el = await fixture<WooCategories>(
      html`<woo-categories
        today="2025-05-01"
        links='{"c_139c6280":"https://www.example.nl/regels","3.3.2i":"javascript:alert(1)"}'
        link-template="/publicaties?categorie={code}"
      ></woo-categories>`,
    );
    const laws = card(el, 'Wetten en algemeen verbindende voorschriften').querySelector('a')!;
    expect(laws.href).to.equal('https://www.example.nl/regels');
    expect(text(laws)).to.equal('Bekijk de publicaties: Wetten en algemeen verbindende voorschriften');
    expect(card(el, 'Woo-verzoeken en -besluiten').querySelector('a')).to.equal(null);
    expect(card(el, 'Convenanten').querySelector('a')!.getAttribute('href')).to.equal(
      new URL('/publicaties?categorie=c_8fc2335c', location.href).href,
    );
    // Reachable by keyboard.
    const first = $$(el, 'a')[0]!;
    for (let i = 0; i < 5 && el.shadowRoot!.activeElement !== first; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(first);
    const broken = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" links="{not json"></woo-categories>`,
    );
    expect($$(broken, 'a')).to.have.length(0);
  });

  it('takes local settings for what is mandatory and what applies', async () => {
    const config = { mandatorySince: { '3.3.2i': '2025-01-01' }, appliesToMunicipality: { '3.3.2l': false } };
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" .config=${config}></woo-categories>`,
    );
    expect(text(card(el, 'Woo-verzoeken en -besluiten'))).to.contain('Ja, sinds 1 januari 2025.');
    expect(text($(el, '.summary')!)).to.equal('Nu verplicht: 5 van de 17 categorieën.');
    expect($$(el, '.category')).to.have.length(15);
    const attribute = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" config='{"mandatorySince":{"3.3.2d":"2025-02-01"}}'></woo-categories>`,
    );
    expect(text(card(attribute, 'Agenda’s en besluitenlijsten bestuurscolleges'))).to.contain(
      'Ja, sinds 1 februari 2025.',
    );
    const wrong = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" .config=${{ mandatorySince: { '9.9': '2025-01-01' } }}></woo-categories>`,
    );
    expect($(wrong, '[role=alert]')!.textContent).to.contain('De instellingen van de categorieën kloppen niet.');
    expect($$(wrong, '.category')).to.have.length(16);
  });

  it('says clearly when the feed is missing or partly wrong', async () => {
    const missing = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" src="${fixtures}/nope.json"></woo-categories>`,
    );
    await loaded(missing);
    expect($(missing, '[role=alert]')!.textContent).to.contain('Wij kunnen de lijst met publicaties niet vinden.');
    expect($$(missing, '.category')).to.have.length(16);
    const hostile = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" src="${fixtures}/publications-hostile.json"></woo-categories>`,
    );
    await loaded(hostile);
    expect(text(hostile.shadowRoot!)).to.contain('5 publicaties in de lijst kloppen niet.');
    expect(text(card(hostile, 'Woo-verzoeken en -besluiten'))).to.contain('2 publicaties');
  });

  it('speaks English when the page does', async () => {
    await l10n.setLocale('en');
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" .publications=${[inCategory('c_139c6280', 'a')]}></woo-categories>`,
    );
    expect(text($(el, '.summary')!)).to.contain('1 of the 4 mandatory categories has publications.');
    const laws = card(el, 'Laws and generally binding regulations');
    expect(text(laws)).to.contain('Woo section 3.3(1)(a)');
    expect(text(laws)).to.contain('Yes, since 1 November 2024.');
    await assertAccessible(el);
  });

  it('names and explains the categories in the page language, also beyond Dutch and English', async () => {
    await l10n.setLocale('pl');
    const el = await fixture<WooCategories>(
      html`<woo-categories today="2025-05-01" .publications=${[]}></woo-categories>`,
    );
    // The translated category texts load on demand; then the card shows the Polish name.
    await waitUntil(
      () => text(el.shadowRoot!).includes('Ustawy i przepisy powszechnie obowiązujące'),
      'the Polish category texts load',
    );
    expect(text(el.shadowRoot!)).to.not.contain('Laws and generally binding regulations');
    await assertAccessible(el);
  });

  it('lays out right to left and fits 320 px', async () => {
    const wrapper =
      await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 320px"><woo-categories today="2025-05-01"
        .publications=${[]}
        ></woo-categories></div>`);
    const el = wrapper.querySelector('woo-categories')!;
    const item = $(el, '.category')!;
    // The thick border is on the inline start: the right in right-to-left.
    expect(getComputedStyle(item).borderRightWidth).to.equal(getComputedStyle(item).borderInlineStartWidth);
    expect(parseFloat(getComputedStyle(item).borderRightWidth)).to.be.greaterThan(
      parseFloat(getComputedStyle(item).borderLeftWidth),
    );
    expect(el.scrollWidth).to.be.at.most(320);
    await assertAccessible(el);
  });

  it('keeps the missing mark in forced-colours mode: border and icon, not colour alone', async function () {
    if (!(await emulateMedia({ forcedColors: 'active' }))) return this.skip();
    try {
      const el = await fixture<WooCategories>(
        html`<woo-categories today="2025-05-01" .publications=${[]}></woo-categories>`,
      );
      const missing = $(el, '.category--missing')!;
      const style = getComputedStyle(missing);
      expect(style.borderTopStyle).to.equal('double');
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(8);
      const icon = missing.querySelector('svg')!;
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(getComputedStyle(icon.querySelector('path')!).fill).to.equal(getComputedStyle(missing).color);
      await assertAccessible(el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
