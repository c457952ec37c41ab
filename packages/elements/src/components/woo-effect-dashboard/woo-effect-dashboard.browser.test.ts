import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooEffectDashboard } from './woo-effect-dashboard.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const cells = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
const percent = (n: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);

const figures = {
  feedback: {
    total: { yes: 6, partly: 2, no: 2 },
    perKindAndMonth: [
      { pageKind: 'publication', month: '2025-02', yes: 3, partly: 1, no: 0 },
      { pageKind: 'decision', month: '2025-03', yes: 3, partly: 1, no: 2 },
    ],
    byOutcome: [
      { outcome: 'refused', yes: 1, partly: 0, no: 2 },
      { outcome: 'disclosed', yes: 2, partly: 1, no: 0 },
    ],
    byDecisionTime: [{ decisionTime: 'within-4-weeks', yes: 3, partly: 1, no: 0 }],
  },
  requestChoices: [{ month: '2025-03', answer: 4, documents: 7, answerThenRequest: 1, answeredWithoutRequest: 3 }],
  missedTerms: [
    { term: 'hondenbelasting', days: 6, noResults: 9, nothingOpened: 1 },
    { term: '<img src=x onerror=alert(1)>', days: 5, noResults: 5, nothingOpened: 0 },
  ],
  minimumDays: 5,
};

describe('woo-effect-dashboard', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible', async () => {
    const el = await fixture<WooEffectDashboard>(
      html`<woo-effect-dashboard .figures=${figures}></woo-effect-dashboard>`,
    );
    await assertAccessible(el);
  });

  it('shows the shares per page kind in a chart and the same figures per month in a table', async () => {
    const el = await fixture<WooEffectDashboard>(
      html`<woo-effect-dashboard .figures=${figures}></woo-effect-dashboard>`,
    );
    const tile = el.shadowRoot!.querySelector('.tile__value')!.textContent;
    expect(tile).to.equal(percent(0.6, 'nl'));
    const rows = [...el.shadowRoot!.querySelectorAll('.stacks')][0]!.querySelectorAll('li');
    expect(rows[0]!.querySelector('.stack__label')!.textContent).to.equal('Publicaties');
    expect(rows[0]!.querySelector('.stack__value')!.textContent).to.equal(
      `${percent(0.75, 'nl')} ja, ${percent(0.25, 'nl')} deels, ${percent(0, 'nl')} nee (4)`,
    );
    expect(rows[0]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const table = el.shadowRoot!.querySelector('#t-kind-month')!.closest('table')!;
    expect(cells(table)[1]).to.deep.equal([
      `${new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2025, 2, 1),
      )}: Besluiten op Woo-verzoeken`,
      '6',
      percent(0.5, 'nl'),
      percent(1 / 6, 'nl'),
      percent(1 / 3, 'nl'),
    ]);
  });

  it(
    'shows questions answered without a request, missed ' + 'terms as text, and decisions by outcome and time',
    async () => {
      const el = await fixture<WooEffectDashboard>(
        html`<woo-effect-dashboard .figures=${figures}></woo-effect-dashboard>`,
      );
      const root = el.shadowRoot!;
      expect(cells(root.querySelector('#t-choices')!.closest('table')!)[0]!.slice(1)).to.deep.equal([
        '4',
        '7',
        '1',
        '3',
      ]);
      const terms = cells(root.querySelector('#t-terms')!.closest('table')!);
      expect(terms.map((t) => t[0])).to.deep.equal(['hondenbelasting', '<img src=x onerror=alert(1)>']);
      expect(root.querySelector('img')).to.equal(null, 'a term is text, never markup');
      expect(cells(root.querySelector('#t-outcome')!.closest('table')!).map((r) => r[0])).to.deep.equal([
        'Geweigerd',
        'Informatie gegeven',
      ]);
      expect(cells(root.querySelector('#t-time')!.closest('table')!)[0]![0]).to.equal('Binnen 4 weken');
    },
  );

  it('says when there is nothing yet, and when loading failed', async () => {
    const empty = await fixture<WooEffectDashboard>(
      html`<woo-effect-dashboard .figures=${{ feedback: { perKindAndMonth: [] }, requestChoices: [], missedTerms: [] }}
        ></woo-effect-dashboard>`,
    );
    expect(empty.shadowRoot!.textContent)
      .to.contain('Er zijn nog geen antwoorden.')
      .and.contain('Nog geen zoekwoorden boven de drempel.');
    const broken = await fixture<WooEffectDashboard>(
      html`<woo-effect-dashboard src="/does-not-exist.json"></woo-effect-dashboard>`,
    );
    await waitUntil(() => broken.shadowRoot!.querySelector('[role=alert]'), 'the error shows');
  });

  it('in Arabic, right to left: the bars start on the right', async function () {
    await l10n.setLocale('ar');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar"><woo-effect-dashboard .figures=${figures}></woo-effect-dashboard></div>`,
    );
    const el = wrapper.querySelector('woo-effect-dashboard')!;
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('.stacks li')!;
    const label = row.querySelector('.stack__label')!.getBoundingClientRect();
    const bar = row.querySelector('svg')!.getBoundingClientRect();
    expect(label.left).to.be.greaterThan(bar.left, 'the label is on the right');
    expect(row.querySelector('.stack__value')!.textContent).to.contain('نعم');
  });
});
