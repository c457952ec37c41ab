import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isValidWooRequest, type DecisionOutcome, type WooRequest } from '@woo-kit/core';
import { todayInAmsterdam, type MonthCounts, type Share } from '@woo-kit/deadlines';
import { requestTimelinessStatistics, type RequestTimelinessStatistics } from '@woo-kit/deadlines/requests';
import { WooElement } from '../../internal/woo-element.js';
import { barRowStyles } from '../../styles/bar-rows.js';
import { tileStyles } from '../../styles/tiles.js';
import { heading } from '../../internal/heading.js';
import { jsonSource } from '../../controllers/json-source.js';
import { requestsText, skippedRequestsText } from '../../internal/plural.js';
import { formatNumber } from '../../internal/intl.js';
import { formatMonth } from '../../internal/intl.js';
import { nextMonth, timelinessChart } from './chart.js';
import { styles } from './woo-timeliness-dashboard.styles.js';

export { valueLabelY } from './chart.js';

type OutcomeKey = DecisionOutcome | 'open';

const OUTCOMES: readonly OutcomeKey[] = [
  'disclosed',
  'partlyDisclosed',
  'refused',
  'notHeld',
  'alreadyPublic',
  'notHandled',
  'open',
];

interface Loaded {
  readonly requests: readonly WooRequest[];
  /** Records that were not valid requests and were left out. */
  readonly skipped: number;
  /**
   * Figures a server already computed (`GET /api/timeliness` of @woo-kit/server), when it sent those instead of
   * requests.
   */
  readonly statistics?: RequestTimelinessStatistics;
}

/** Whether a value has the shape of computed statistics (a server that keeps its requests private sends these). */
function isStatistics(value: unknown): value is RequestTimelinessStatistics {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['requests'] === 'number' &&
    Array.isArray(v['perMonth']) &&
    typeof v['withinLegalDeadline'] === 'object' &&
    typeof v['outcomes'] === 'object' &&
    v['outcomes'] !== null
  );
}

/**
 * Accepts `[...]`, `{ items: [...] }` or JSON lines already parsed into an array, and keeps the valid
 * requests; or statistics computed by a server (`GET /api/timeliness`), used as they are.
 */
export function readRequests(value: unknown): Loaded {
  if (isStatistics(value)) return { requests: [], skipped: 0, statistics: value };
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items)
      ? (value as { items: unknown[] }).items
      : [];
  const requests: WooRequest[] = [];
  for (const item of list) {
    if (isValidWooRequest(item)) requests.push(item);
  }
  return { requests, skipped: list.length - requests.length };
}

/**
 * How many Woo requests the municipality decides on time: the share decided within 4 weeks, within
 * the legal deadline (Woo 4.4, Awb 4:15, Atw) and within an agreed term (Woo 4.2a); median and mean
 * days to decision; open requests already late; a monthly trend against a target line; and the split
 * by outcome. The chart is an SVG with a title and description, its months reachable by keyboard
 * (arrow keys), patterns and labels rather than colour alone, and the same figures are always in a table.
 *
 * Give the requests as the `requests` property (`WooRequest[]`) or as a JSON URL in `src`
 * (an array or `{ "items": [...] }`), or in `src` the URL of statistics a server computed
 * (`/api/timeliness` of @woo-kit/server, where months with few requests are merged).
 *
 * @cssprop --woo-timeliness-dashboard-bar - colour of the bars (a pattern marks months under target)
 * @cssprop --woo-timeliness-dashboard-target - colour of the target line
 *
 * @tagname woo-timeliness-dashboard
 */
export class WooTimelinessDashboard extends WooElement {
  static override styles = [...WooElement.styles, tileStyles, barRowStyles, styles];

  /** The requests, as `WooRequest` objects. */
  @property({ attribute: false }) requests: readonly WooRequest[] | undefined;
  /** URL of the requests as JSON; used when `requests` is not set. */
  @property() src = '';
  /** Target share decided within the legal deadline, in percent (for example 80). */
  @property({ type: Number }) target = 80;
  /**
   * The day the figures are for (`YYYY-MM-DD`); default (also for a date that does not exist): today in the
   * Netherlands.
   */
  @property() today = '';
  /** Heading level of the component's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private focused = -1;
  #statistics: RequestTimelinessStatistics | undefined;
  #computedFor: readonly WooRequest[] | undefined;
  #computedDay = '';

  readonly #source = jsonSource(this, () => (this.requests ? '' : this.src), readRequests);

  /** Computes the figures once per list of requests and day; requests that cannot be read are left out and counted. */
  #compute(requests: readonly WooRequest[]): RequestTimelinessStatistics {
    const day = this.today || todayInAmsterdam();
    if (this.#statistics && this.#computedFor === requests && this.#computedDay === day) return this.#statistics;
    try {
      this.#statistics = requestTimelinessStatistics(requests, { today: day, invalid: 'skip' });
    } catch {
      // Only `today` can be wrong here (bad requests are skipped): a date that does not exist is ignored.
      this.#statistics = requestTimelinessStatistics(requests, { today: todayInAmsterdam(), invalid: 'skip' });
    }
    this.#computedFor = requests;
    this.#computedDay = day;
    return this.#statistics;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requests') || changed.has('src')) this.focused = -1;
  }

  #percent(share: number | null): string {
    return share === null ? '–' : formatNumber(share, this.locale, 0, true);
  }

  #number(n: number | null, digits = 0): string {
    return n === null ? '–' : formatNumber(n, this.locale, digits);
  }

  #monthName(month: string, style: 'long' | 'short' = 'long'): string {
    return formatMonth(month, this.locale, style);
  }

  /** A month, or the months a server merged into one group (`months`), as "first – last". */
  #monthLabel(m: MonthCounts, style: 'long' | 'short' = 'long'): string {
    const months = (m as MonthCounts & { months?: unknown }).months;
    const list =
      Array.isArray(months) && months.length > 1 && months.every((x) => typeof x === 'string')
        ? (months as string[])
        : [m.month];
    return list.length > 1
      ? `${this.#monthName(list[0]!, style)} – ${this.#monthName(list[list.length - 1]!, style)}`
      : this.#monthName(m.month, style);
  }

  #tile(label: string, share: Share, withTarget: boolean): TemplateResult {
    const value = share.share;
    const { count, of } = share;
    const met = value !== null && value * 100 >= this.target;
    return html`<div class="tile">
      <p class="tile__label">${label}</p>
      <p class="tile__value">${this.#percent(value)}</p>
      <p class="tile__detail">${msg(str`${count} van ${requestsText(of, this.locale)}`)}</p>
      ${
        withTarget && value !== null
          ? html`<p class="tile__target ${met ? 'met' : 'missed'}">
            <span aria-hidden="true">${met ? '✓' : '✗'}</span>
            ${met ? msg(str`Doel van ${this.target}% gehaald`) : msg(str`Doel van ${this.target}% niet gehaald`)}
          </p>`
          : nothing
      }
    </div>`;
  }

  #onChartKey(event: KeyboardEvent, count: number): void {
    const next = nextMonth(event.key, this.focused, count);
    if (next === undefined) return;
    event.preventDefault();
    this.focused = next;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<SVGGElement>(`[data-index="${next}"]`)?.focus());
  }

  /** Focus moved to a month of the chart (one listener for all months). */
  #onBarFocus(event: FocusEvent): void {
    const index = (event.target as Element).getAttribute('data-index');
    if (index !== null) this.focused = Number(index);
  }

  #chart(months: readonly MonthCounts[]): TemplateResult {
    return timelinessChart({
      months,
      target: this.target,
      focused: this.focused,
      percent: (share) => this.#percent(share),
      monthLabel: (m, style) => this.#monthLabel(m, style),
      requests: (count) => requestsText(count, this.locale),
      onKeydown: (event) => this.#onChartKey(event, months.length),
      onFocusin: (event) => this.#onBarFocus(event),
    });
  }

  // The table has a row per month: its template is written without white space between the tags, so
  // the first render (of up to hundreds of cells) creates and lays out fewer nodes.
  #table(months: readonly MonthCounts[]): TemplateResult {
    const rows = months.map(
      (m) =>
        html`<tr><th scope="row">${this.#monthLabel(m)}</th><td>${m.requests}</td><td>${m.decided}</td><td
          >${this.#percent(m.withinFourWeeks.share)}</td><td>${this.#percent(m.withinLegalDeadline.share)}</td><td
          >${this.#percent(m.withinAgreedTerm.share)}</td><td>${this.#number(m.medianDaysToDecision, 1)}</td><td
          >${m.openLate}</td></tr>`,
    );
    return html`<div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0"><table><caption
      id="table-caption">${msg('Cijfers per maand van ontvangst')}</caption><thead><tr><th scope="col"
      >${msg('Maand')}</th><th scope="col">${msg('Ontvangen')}</th><th scope="col">${msg('Beslist')}</th><th scope="col"
      >${msg('Binnen 4 weken')}</th><th scope="col">${msg('Binnen de wettelijke termijn')}</th><th scope="col"
      >${msg('Binnen de afgesproken termijn')}</th><th scope="col">${msg('Mediaan dagen')}</th><th scope="col"
      >${msg('Open en te laat')}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  }

  #outcomeLabel(key: OutcomeKey): string {
    switch (key) {
      case 'disclosed':
        return msg('Informatie gegeven');
      case 'partlyDisclosed':
        return msg('Deels gegeven');
      case 'refused':
        return msg('Geweigerd');
      case 'notHeld':
        return msg('Informatie niet aanwezig');
      case 'alreadyPublic':
        return msg('Al openbaar');
      case 'notHandled':
        return msg('Niet behandeld');
      case 'open':
        return msg('Nog geen besluit');
    }
  }

  /** `skipped`: records already left out while loading them (not valid requests). */
  #renderStatistics(
    requests: readonly WooRequest[],
    skipped: number,
    computed?: RequestTimelinessStatistics,
  ): TemplateResult {
    const s = computed ?? (requests.length ? this.#compute(requests) : undefined);
    // Requests whose dates could not be read are left out as well, and said so.
    const left = skipped + (s?.skipped ?? 0);
    const notice = left ? html`<p class="notice">${skippedRequestsText(left, this.locale)}</p>` : nothing;
    if (!s?.requests)
      return html`${heading(this.headingLevel, msg('Op tijd beslist?'))}<p
        >${msg('Er zijn nog geen verzoeken om te tonen.')}</p>${notice}`;
    const total = s.requests;
    const sub = this.headingLevel + 1;
    return html`
      ${heading(this.headingLevel, msg('Op tijd beslist?'))}
      <p>${msg(
        str`Over ${requestsText(total, this.locale)}. Een verzoek telt als te laat als het besluit na de \
termijn kwam, of als er nog geen besluit is terwijl de termijn voorbij is.`,
      )}</p>
      ${notice}
      <div class="tiles">
        ${this.#tile(msg('Binnen de wettelijke termijn'), s.withinLegalDeadline, true)}
        ${this.#tile(msg('Binnen 4 weken'), s.withinFourWeeks, false)}
        ${this.#tile(
          msg(`Binnen de afgesproken \
termijn`),
          s.withinAgreedTerm,
          false,
        )}
      </div>
      <dl class="figures">
        <div><dt>${msg('Mediaan: dagen tot het besluit')}</dt><dd>${this.#number(s.medianDaysToDecision, 1)}</dd></div>
        <div><dt>${msg('Gemiddeld: dagen tot het besluit')}</dt><dd>${this.#number(s.meanDaysToDecision, 1)}</dd></div>
        <div><dt>${msg('Open verzoeken die al te laat zijn')}</dt><dd>${s.openLate}</dd></div>
        <div><dt>${msg('Verdaagd (2 weken extra)')}</dt><dd>${s.postponed}</dd></div>
        <div><dt>${msg('Termijn stond stil')}</dt><dd>${s.suspended}</dd></div>
      </dl>
      ${heading(sub, msg('Per maand'))}
      ${this.#chart(s.perMonth)} ${this.#table(s.perMonth)}
      ${heading(sub, msg('Uitkomst van de verzoeken'))}
      <ul class="bar-rows outcomes">
        ${OUTCOMES.filter((key) => s.outcomes[key]).map((key) => {
          // The bars are drawn with SVG attributes, not inline styles, so a strict CSP (style-src 'self') allows them.
          const n = s.outcomes[key];
          return html`<li>
            <span class="outcome__label">${this.#outcomeLabel(key)}</span>
            <svg class="bar-rows__bar outcome__bar" aria-hidden="true" viewBox="0 0 100 10"
              preserveAspectRatio="none"
              ><rect class="outcome__fill" width=${(100 * n) / total} height="10"></rect
            ></svg>
            <span class="outcome__value">${n} (${this.#percent(n / total)})</span>
          </li>`;
        })}
      </ul>
    `;
  }

  protected override render() {
    if (this.requests) return this.#renderStatistics(this.requests, 0);
    return this.#source.render({
      initial: () => this.#renderStatistics([], 0),
      pending: () => html`<p role="status">${msg('De cijfers worden geladen…')}</p>`,
      complete: (loaded) => this.#renderStatistics(loaded?.requests ?? [], loaded?.skipped ?? 0, loaded?.statistics),
      error: () =>
        html`<p role="alert">${msg('De cijfers konden niet worden geladen. Probeer het later opnieuw.')}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-timeliness-dashboard': WooTimelinessDashboard;
  }
}
