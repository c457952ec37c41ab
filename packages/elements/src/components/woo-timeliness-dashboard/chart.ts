import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MonthCounts } from '@woo-kit/deadlines';

/**
 * The chart of <woo-timeliness-dashboard>: the share of requests decided within the legal deadline per
 * month, as an SVG bar chart with a target line. The geometry is plain numbers (tested in Node); the
 * template takes everything it shows from its caller, so it holds no state of its own.
 *
 * The drawing area is 640 × 260: the plot runs from y 20 (100%) to 220 (0%), from x 40 to 630; the
 * month names stand at y 236.
 */
const LEFT = 40;
const RIGHT = 630;
const TOP = 20;
const PLOT = 200;
const MONTH_Y = 236;

/** The y of a share (0–1) in the plot. */
export const shareY = (share: number): number => TOP + PLOT * (1 - share);

/** The y of the target line for a target in percent (clamped to 0–100). */
export const targetLineY = (target: number): number => shareY(Math.min(100, Math.max(0, target)) / 100);

/**
 * Where a bar's value label stands (its baseline, in the chart's units; the label is 12 units high):
 * just above the bar, unless that puts it on the target line, then just above the line, so the
 * dashed line never runs through the figure.
 */
export function valueLabelY(barY: number, targetY: number): number {
  const y = barY - 4;
  // The label's box reaches from about 11 units above the baseline to 3 below it; the line is 2 wide.
  const onTheLine = y - 12 < targetY + 2 && y + 3 > targetY - 2;
  return onTheLine ? targetY - 5 : y;
}

/** One bar: its group's offset (x), and its top, height and value label's baseline. */
export interface Bar {
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly labelY: number;
  /** The share is known and below the target (drawn with a pattern, and said so). */
  readonly under: boolean;
}

export interface ChartGeometry {
  /** Width of every bar. */
  readonly barWidth: number;
  readonly targetY: number;
  readonly bars: readonly Bar[];
}

/**
 * The bars of the months' shares (null: no decisions yet, drawn as an empty bar) against a target in
 * percent. Each month gets an equal slot of the plot's width; its bar fills 70% of the slot, centred.
 */
export function chartGeometry(shares: ReadonlyArray<number | null>, target: number): ChartGeometry {
  const step = (RIGHT - LEFT) / Math.max(1, shares.length);
  const barWidth = step * 0.7;
  const targetY = targetLineY(target);
  const bars = shares.map((share, i) => {
    const y = shareY(share ?? 0);
    return {
      x: LEFT + i * step + step * 0.15,
      y,
      height: TOP + PLOT - y,
      labelY: valueLabelY(y, targetY),
      under: share !== null && share * 100 < target,
    };
  });
  return { barWidth, targetY, bars };
}

/**
 * The month to focus after a key press in the chart (arrows move one month, Home and End go to the
 * first and last), or undefined for a key the chart does not handle. `current` -1: none focused yet.
 */
export function nextMonth(key: string, current: number, count: number): number | undefined {
  const last = count - 1;
  const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  const move = moves[key];
  if (move !== undefined) return Math.min(last, Math.max(0, (current < 0 ? 0 : current) + move));
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return undefined;
}

export interface ChartOptions {
  readonly months: readonly MonthCounts[];
  /** Target share within the legal deadline, in percent. */
  readonly target: number;
  /** The month that has focus, -1 for none (then the first month is the one reached with Tab). */
  readonly focused: number;
  readonly percent: (share: number) => string;
  /** Name of a month (or of the months a server merged), long or short. */
  readonly monthLabel: (month: MonthCounts, style?: 'long' | 'short') => string;
  /** "n verzoeken", in the element's language. */
  readonly requests: (count: number) => string;
  readonly onKeydown: (event: KeyboardEvent) => void;
  /** Focus moved to a month (one listener for all months; the month's number is in `data-index`). */
  readonly onFocusin: (event: FocusEvent) => void;
}

/** The screen reader's name of a month's bar. */
function barLabel(o: ChartOptions, m: MonthCounts, under: boolean): string {
  const share = m.withinLegalDeadline.share;
  const month = o.monthLabel(m);
  if (share === null) return msg(str`${month}: nog geen besluiten, ${o.requests(m.requests)} ontvangen`);
  const { count, of } = m.withinLegalDeadline;
  return msg(str`${month}: ${o.percent(share)} op tijd, ${count} van ${of}`) + (under ? msg(', onder het doel') : '');
}

// The chart has a part per month: its template is written without white space between the tags, so
// the first render (of up to hundreds of bars) creates and lays out fewer nodes.
export function timelinessChart(o: ChartOptions): TemplateResult {
  const { months, target, focused, percent } = o;
  const {
    barWidth: w,
    targetY,
    bars,
  } = chartGeometry(
    months.map((m) => m.withinLegalDeadline.share),
    target,
  );
  const active = focused < 0 ? 0 : focused;
  const legend = msg(str`doel ${target}%`);
  const title = msg('Verzoeken op tijd beslist, per maand');
  const description = msg(
    str`Staafdiagram: per maand van ontvangst het deel van de verzoeken dat binnen de wettelijke termijn is \
beslist. De stippellijn is het doel van ${target}%. Maanden onder het doel hebben een gestreept \
patroon. Dezelfde cijfers staan in de tabel hieronder.`,
  );
  // Each month is a group moved to its place, so its bar, focus ring and labels share one position.
  const groups = months.map((m, i) => {
    const bar = bars[i]!;
    const share = m.withinLegalDeadline.share;
    const value = share === null ? '–' : percent(share);
    return svg`<g
      role="listitem"
      tabindex=${i === active ? 0 : -1}
      data-index=${i}
      aria-label=${barLabel(o, m, bar.under)}
      class=${i === focused ? 'bar bar--focused' : 'bar'}
      transform="translate(${bar.x})"
      ><rect
        class=${bar.under ? 'bar-fill bar-fill--under' : 'bar-fill'}
        y=${bar.y}
        width=${w}
        height=${bar.height}
      ></rect
      ><rect class="bar-focus" x="-3" y="16" width=${w + 6} height="208"></rect
      ><text class="value" x=${w / 2} y=${bar.labelY} aria-hidden="true">${value}</text
      ><text class="month" x=${w / 2} y=${MONTH_Y} aria-hidden="true">${o.monthLabel(m, 'short')}</text></g
    >`;
  });
  // On a narrow screen the chart scrolls sideways in its own box: a region named after the chart, reached
  // with the keyboard through its months, with a shadow at the edge where there is more.
  return html`<figure class="chart">
      <div class="chart__scroll" role="region" aria-label=${title}
        ><svg viewBox="0 0 640 260" role="group" aria-labelledby="chart-title chart-desc" @keydown=${o.onKeydown}
          ><title id="chart-title">${title}</title><desc id="chart-desc">${description}</desc
          ><defs
            ><pattern id="under" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"
              ><rect width="8" height="8" class="bar-under-bg"></rect
              ><line x1="0" y1="0" x2="0" y2="8" class="bar-under-line"></line></pattern></defs
          ><g aria-hidden="true"
            ><line class="grid" x1="40" x2="630" y1="220" y2="220"></line
            ><text class="axis" x="34" y="224">${percent(0)}</text
            ><line class="grid" x1="40" x2="630" y1="120" y2="120"></line
            ><text class="axis" x="34" y="124">${percent(0.5)}</text
            ><line class="grid" x1="40" x2="630" y1="20" y2="20"></line
            ><text class="axis" x="34" y="24">${percent(1)}</text></g
          ><g role="list" aria-label=${title} @focusin=${o.onFocusin}>${groups}</g
          ><line class="target" aria-hidden="true" x1="40" x2="630" y1=${targetY} y2=${targetY}></line></svg
      ></div>
      <p class="legend" aria-hidden="true"
        ><svg viewBox="0 0 40 10"><line class="target" x1="0" x2="40" y1="5" y2="5"></line></svg> ${legend}</p
      >
      <figcaption class="hint">${msg('Gebruik de pijltjestoetsen om langs de maanden te gaan.')}</figcaption>
    </figure>`;
}
