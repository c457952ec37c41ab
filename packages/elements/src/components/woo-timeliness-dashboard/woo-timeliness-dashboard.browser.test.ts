import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../../test/support/commands.js';
import type { WooRequest } from '@woo-kit/core';
import { requestTimelinessStatistics } from '@woo-kit/deadlines/requests';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import { systemColour } from '../../../test/support/dom.js';
import './define.js';
import { valueLabelY, type WooTimelinessDashboard } from './woo-timeliness-dashboard.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const active = (el: WooTimelinessDashboard) => el.shadowRoot!.activeElement as Element | null;

// A: decided in 3 weeks (on time). B: decided late. C: postponed, decided within 6 weeks (on time,
// not within 4 weeks). D: open and past its deadline on 2025-04-30, so it counts as late.
const requests: WooRequest[] = [
  {
    id: 'A',
    receivedOn: '2025-01-06',
    channel: 'webForm',
    subject: 'Verslagen',
    events: [{ type: 'decided', on: '2025-01-27', outcome: 'disclosed' }],
  },
  {
    id: 'B',
    receivedOn: '2025-01-13',
    channel: 'email',
    subject: 'E-mails',
    events: [{ type: 'decided', on: '2025-03-20', outcome: 'refused', grounds: ['5.1.2e'] }],
  },
  {
    id: 'C',
    receivedOn: '2025-02-03',
    channel: 'post',
    subject: 'Contract',
    events: [
      { type: 'postponed', on: '2025-02-25' },
      { type: 'decided', on: '2025-03-14', outcome: 'partlyDisclosed', grounds: ['5.1.2f'] },
    ],
  },
  { id: 'D', receivedOn: '2025-02-10', channel: 'webForm', subject: 'Open' },
];

describe('woo-timeliness-dashboard', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible', async () => {
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-04-30"></woo-timeliness-dashboard>`,
    );
    await assertAccessible(el);
  });

  it('shows the shares, the figures and the outcome split', async () => {
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-04-30" target="80"></woo-timeliness-dashboard>`,
    );
    const tiles = [...el.shadowRoot!.querySelectorAll('.tile')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(tiles[0]).to.contain('50%').and.contain('2 van 4 verzoeken').and.contain('Doel van 80% niet gehaald');
    expect(tiles[1]).to.contain('25%'); // within 4 weeks: only A
    const figures = [...el.shadowRoot!.querySelectorAll('.figures div')].map(
      (d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`,
    );
    expect(figures).to.include('Open verzoeken die al te laat zijn: 1');
    expect(figures).to.include('Mediaan: dagen tot het besluit: 39'); // 21, 39 and 66 days
    const outcomes = [...el.shadowRoot!.querySelectorAll('.outcomes li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(outcomes).to.deep.equal([
      'Informatie gegeven 1 (25%)',
      'Deels gegeven 1 (25%)',
      'Geweigerd 1 (25%)',
      'Nog geen besluit 1 (25%)',
    ]);
  });

  it('keeps every value label clear of the target line', async () => {
    // The chart's geometry (0% at y 220, 100% at y 20) and its 12-unit bold labels, measured as drawn.
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-04-30"></woo-timeliness-dashboard>`,
    );
    const chart = el.shadowRoot!.querySelector('.chart svg')!;
    const ns = 'http://www.w3.org/2000/svg';
    for (const target of [50, 80, 90]) {
      const targetY = 20 + 200 * (1 - target / 100);
      for (let percent = 0; percent <= 100; percent++) {
        const label = document.createElementNS(ns, 'text');
        label.setAttribute('class', 'value');
        label.setAttribute('y', String(valueLabelY(20 + 200 * (1 - percent / 100), targetY)));
        label.textContent = `${percent}%`;
        chart.append(label);
        const box = label.getBBox();
        label.remove();
        const clear = box.y + box.height <= targetY - 1 || box.y >= targetY + 1;
        expect(
          clear,
          `${percent}% with a target of ${target}%: label ${box.y}–${box.y + box.height}, line at ${targetY}`,
        ).to.equal(true);
      }
    }
  });

  it('draws every outcome bar on a track of the same length', async () => {
    const el = await fixture<WooTimelinessDashboard>(html`<div style="inline-size: 40rem"><woo-timeliness-dashboard
        .requests=${requests} today="2025-04-30"
        ></woo-timeliness-dashboard></div>`);
    const dashboard = el.querySelector('woo-timeliness-dashboard')!;
    await dashboard.updateComplete;
    const tracks = [...dashboard.shadowRoot!.querySelectorAll('.outcome__bar')].map((bar) =>
      bar.getBoundingClientRect(),
    );
    expect(tracks.length).to.equal(4);
    for (const track of tracks) {
      expect(track.width).to.be.greaterThan(40);
      expect(Math.round(track.left)).to.equal(Math.round(tracks[0]!.left));
      expect(Math.round(track.right)).to.equal(Math.round(tracks[0]!.right));
    }
  });

  it('has an SVG chart with title and description, and a table with the same months', async () => {
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-04-30"></woo-timeliness-dashboard>`,
    );
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).to.equal('Verzoeken op tijd beslist, per maand');
    expect(svg.querySelector('desc')!.textContent).to.contain('Dezelfde cijfers staan in de tabel');
    const bars = svg.querySelectorAll('[role=listitem]');
    expect(bars.length).to.equal(2);
    expect(bars[0]!.getAttribute('aria-label')).to.equal('januari 2025: 50% op tijd, 1 van 2, onder het doel');
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(2);
    expect(rows[1]!.querySelector('th')!.textContent).to.equal('februari 2025');
  });

  it('moves through the months with the arrow keys (one tab stop)', async () => {
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-04-30"></woo-timeliness-dashboard>`,
    );
    const bars = el.shadowRoot!.querySelectorAll<SVGGElement>('[role=listitem]');
    expect([...bars].map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
    bars[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal(el.shadowRoot!.querySelector('[data-index="1"]'));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)).to.equal(el.shadowRoot!.querySelector('[data-index="0"]'));
  });

  it('loads requests from a URL and says how many records it left out', async () => {
    const el = await fixture<WooTimelinessDashboard>(html`<woo-timeliness-dashboard
        src="/packages/elements/test/fixtures/requests.json" today="2025-04-30"
        ></woo-timeliness-dashboard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.tiles'), 'the figures load');
    expect(text(el)).to.contain('Over 4 verzoeken.');
    expect(text(el)).to.contain('1 verzoek in de lijst klopt niet en telt niet mee.');
  });

  it('shows statistics a server computed, with merged months labelled as a range', async () => {
    const computed = JSON.parse(JSON.stringify(requestTimelinessStatistics(requests, { today: '2025-04-30' }))) as {
      perMonth: Record<string, unknown>[];
    };
    // What @woo-kit/server sends: January and February (too few requests each) merged into one group.
    const all = requestTimelinessStatistics(requests, { today: '2025-04-30' });
    computed.perMonth = [
      {
        ...JSON.parse(JSON.stringify(all)),
        perMonth: undefined,
        steps: undefined,
        month: '2025-01',
        months: ['2025-01', '2025-02'],
      },
    ];
    const original = window.fetch;
    window.fetch = async () =>
      new Response(JSON.stringify(computed), { status: 200, headers: { 'content-type': 'application/json' } });
    try {
      const el = await fixture<WooTimelinessDashboard>(
        html`<woo-timeliness-dashboard src="/api/timeliness" today="2025-04-30"></woo-timeliness-dashboard>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.tiles'), 'the figures load');
      expect(text(el)).to.contain('Over 4 verzoeken.');
      const rows = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
      expect(rows).to.deep.equal(['januari 2025 – februari 2025']);
      await assertAccessible(el);
    } finally {
      window.fetch = original;
    }
  });

  it('leaves out requests given as a property whose dates cannot be read, says so, and keeps working', async () => {
    const bad = [
      ...requests,
      { id: 'X', receivedOn: '2025-02-30', channel: 'email', subject: 'Geen echte datum' },
      {
        id: 'Y',
        receivedOn: '2025-03-03',
        channel: 'email',
        subject: 'Besluit vóór ontvangst',
        events: [{ type: 'decided', on: '2025-03-01', outcome: 'refused', grounds: ['5.1.2e'] }],
      },
    ] as WooRequest[];
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${bad} today="2025-04-30"></woo-timeliness-dashboard>`,
    );
    expect(text(el)).to.contain(`Over ${requests.length} verzoeken.`);
    expect(text(el)).to.contain('2 verzoeken in de lijst kloppen niet en tellen niet mee.');
    // Only bad requests: no figures, the notice, no error.
    el.requests = bad.slice(requests.length);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tiles')).to.equal(null);
    expect(text(el)).to.contain('Er zijn nog geen verzoeken om te tonen.');
    expect(text(el)).to.contain('2 verzoeken in de lijst kloppen niet en tellen niet mee.');
    await assertAccessible(el);
  });

  it('ignores a today attribute that is not a date, and counts as of today', async () => {
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-13-45"></woo-timeliness-dashboard>`,
    );
    expect(el.shadowRoot!.querySelector('.tiles')).to.not.equal(null);
    expect(text(el)).to.contain(`Over ${requests.length} verzoeken.`);
  });

  it('speaks English', async () => {
    await l10n.setLocale('en');
    const el = await fixture<WooTimelinessDashboard>(
      html`<woo-timeliness-dashboard .requests=${requests} today="2025-04-30"></woo-timeliness-dashboard>`,
    );
    expect(text(el)).to.contain('Decided on time?');
    expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.equal('January 2025');
  });
  it(
    'keeps the marks that do not rely on colour in forced-colours mode: pattern, dashed ' + 'target, system colours',
    async function () {
      // March: decided on time (100%, above the target); January and February are under it (50%).
      const withMarch: WooRequest[] = [
        ...requests,
        {
          id: 'E',
          receivedOn: '2025-03-03',
          channel: 'email',
          subject: 'Maart',
          events: [{ type: 'decided', on: '2025-03-20', outcome: 'disclosed' }],
        },
      ];
      if (!(await emulateMedia({ forcedColors: 'active' }))) return this.skip();
      try {
        const el =
          await fixture<WooTimelinessDashboard>(html`<woo-timeliness-dashboard .requests=${withMarch} today="2025-04-30"
            target="80"
            ></woo-timeliness-dashboard>`);
        const root = el.shadowRoot!;
        const fills = [...root.querySelectorAll('.bar-fill')].map((r) => getComputedStyle(r).fill);
        expect(fills).to.have.length(3);
        // Under the target: the stripe pattern, unlike the bar above it.
        expect(fills[0]).to.match(/url\(.*#under/);
        expect(fills[1]).to.match(/url\(.*#under/);
        expect(fills[2]).not.to.match(/url\(/);
        const canvasText = systemColour('CanvasText');
        const canvas = systemColour('Canvas');
        // Labels, stripes and the bars' edges are drawn in the text colour, on the page's background.
        for (const label of root.querySelectorAll('.value, .month, .axis'))
          expect(getComputedStyle(label).fill).to.equal(canvasText);
        expect(getComputedStyle(root.querySelector('.bar-under-line')!).stroke).to.equal(canvasText);
        expect(getComputedStyle(root.querySelector('.bar-fill--under')!).stroke).to.equal(canvasText);
        expect(getComputedStyle(root.querySelector('.bar-under-bg')!).fill).to.equal(canvas);
        expect(fills[2]).to.equal(canvasText);
        const target = getComputedStyle(root.querySelector('.target')!);
        expect(target.strokeDasharray).not.to.equal('none');
        expect(target.stroke).to.equal(canvasText);
        await assertAccessible(el);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );
});
