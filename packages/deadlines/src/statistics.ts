import { WooKitError, WooKitInputError } from '@woo-kit/core';
import { isoOf, parseDay, parseExtraDays, type IsoDate } from './calendar.js';
import { runEngine, type Engine } from './engine.js';
import { readInput, type SuspensionInput } from './input.js';
import { step, type Step } from './steps.js';
import { T } from './texts.js';

/**
 * One request as the statistics need it. The field names are those of the Woo request in
 * `@woo-kit/core`, so a `WooRequest` can be passed with at most a small adapter.
 */
export interface TimelinessRecord {
  readonly receivedOn: IsoDate;
  readonly postponedOn?: IsoDate;
  readonly suspensions?: readonly SuspensionInput[];
  /** Absent while the request is open. */
  readonly decidedOn?: IsoDate;
  /** A term agreed with the requester, e.g. after consultation on a large request (Woo 4.2a). */
  readonly agreedDeadline?: IsoDate;
}

export interface TimelinessOptions {
  /** The day open requests are judged on. Default: today in Europe/Amsterdam. */
  readonly today?: IsoDate;
  /** Extra non-working days (Atw art. 3 lid 3). */
  readonly extraHolidays?: readonly IsoDate[];
}

/** How many requests met one measure. */
export interface Share {
  /** Requests decided within the limit. */
  readonly count: number;
  /** Requests that count for this measure: decided, or open and past the limit (those count as late). */
  readonly of: number;
  /** `count / of`, or null when `of` is 0. */
  readonly share: number | null;
}

/** Counts for a group of requests. */
export interface TimelinessCounts {
  readonly requests: number;
  readonly decided: number;
  readonly open: number;
  /** Open requests past their legal deadline: they count as late. */
  readonly openLate: number;
  /** Decided late or open past the legal deadline. */
  readonly late: number;
  /** Decided at most 28 calendar days after receipt. */
  readonly withinFourWeeks: Share;
  /** Decided on or before the legal deadline (Woo 4.4, Awb 4:15, Atw). */
  readonly withinLegalDeadline: Share;
  /** Decided on or before the agreed deadline where there is one, otherwise the legal deadline. */
  readonly withinAgreedTerm: Share;
  /** Calendar days from receipt to decision, over decided requests; null when none. */
  readonly medianDaysToDecision: number | null;
  readonly meanDaysToDecision: number | null;
  /** Requests with a valid postponement (Woo 4.4 lid 2). */
  readonly postponed: number;
  /** Requests whose postponement came too late. */
  readonly postponementsInvalid: number;
  /** Requests with at least one counted day of suspension. */
  readonly suspended: number;
  readonly suspendedDays: number;
  /** Requests with an agreed deadline. */
  readonly agreed: number;
}

/** One month (of receipt) of the statistics. */
export interface MonthCounts extends TimelinessCounts {
  /** `YYYY-MM`, the month the requests were received. */
  readonly month: string;
}

export interface TimelinessStatistics extends TimelinessCounts {
  readonly today: IsoDate;
  /** Per month of receipt, in date order. */
  readonly perMonth: readonly MonthCounts[];
  /** How the figures are counted. */
  readonly steps: readonly Step[];
}

/** Today's date in the Netherlands, whatever the machine's time zone. */
export function todayInAmsterdam(): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
}

// The counters of one group; `result` adds the shares and the averages.
function tally() {
  return { requests: 0, decided: 0, open: 0, openLate: 0, late: 0, postponed: 0, postponementsInvalid: 0, suspended: 0, suspendedDays: 0, agreed: 0, within: [0, 0, 0, 0, 0, 0], durations: [] as number[] };
}
type Tally = ReturnType<typeof tally>;

function result({ within, durations, ...counts }: Tally): TimelinessCounts {
  const share = (k: number): Share => ({ count: within[k]!, of: within[k + 1]!, share: within[k + 1] ? within[k]! / within[k + 1]! : null });
  const d = Float64Array.from(durations).sort();
  const n = d.length;
  const half = n >> 1;
  return {
    ...counts,
    withinFourWeeks: share(0),
    withinLegalDeadline: share(2),
    withinAgreedTerm: share(4),
    medianDaysToDecision: n ? (n % 2 ? d[half]! : (d[half - 1]! + d[half]!) / 2) : null,
    meanDaysToDecision: n ? d.reduce((a, b) => a + b) / n : null,
  };
}

function withIndex(error: unknown, index: number): unknown {
  if (!(error instanceof WooKitError)) return error;
  return new WooKitInputError(error.code, error.messages, { path: `/${index}${error.path ?? ''}`, cause: error });
}

/**
 * Timeliness over many requests: the share decided within 4 weeks, within the legal deadline and
 * within the agreed term; median and mean days to decision; postponements and suspensions; the same
 * per month of receipt. Open requests past their deadline count as late; open requests still within
 * it are left out of the shares. Throws a `WooKitInputError` (path `/<index>/…`) for a bad record.
 */
export function timelinessStatistics(records: Iterable<TimelinessRecord | unknown>, options: TimelinessOptions = {}): TimelinessStatistics {
  const now = parseDay(options.today ?? todayInAmsterdam(), '/today');
  const total = tally();
  const months = new Map<string, Tally>();
  const extra = parseExtraDays(options.extraHolidays);
  let index = 0;
  for (const record of records) {
    let engine: Engine;
    let agreed = NaN;
    try {
      const parsed = readInput(record);
      engine = runEngine(extra === undefined ? parsed : { ...parsed, extra }, false);
      const a = (record as { agreedDeadline?: unknown }).agreedDeadline;
      if (a !== undefined && a !== null) agreed = parseDay(a, '/agreedDeadline');
    } catch (error) {
      throw withIndex(error, index);
    }
    index++;
    const { received, decided } = engine.input;
    const month = isoOf(received).slice(0, 7);
    let group = months.get(month);
    if (group === undefined) months.set(month, (group = tally()));
    const limits = [received + 28, engine.deadline, Number.isNaN(agreed) ? engine.deadline : agreed];
    const isDecided = !Number.isNaN(decided) && decided <= now;
    for (const t of [total, group]) {
      t.requests++;
      if (isDecided) {
        t.decided++;
        t.durations.push(decided - received);
        if (decided > engine.deadline) t.late++;
      } else {
        t.open++;
        if (now > engine.deadline) {
          t.openLate++;
          t.late++;
        }
      }
      for (let k = 0; k < 3; k++) {
        const limit = limits[k]!;
        if (isDecided) {
          t.within[2 * k + 1]!++;
          if (decided <= limit) t.within[2 * k]!++;
        } else if (now > limit) t.within[2 * k + 1]!++; // open and past the limit: late
      }
      if (engine.postponementValid === true) t.postponed++;
      if (engine.postponementValid === false) t.postponementsInvalid++;
      if (engine.suspendedDays > 0) t.suspended++;
      t.suspendedDays += engine.suspendedDays;
      if (!Number.isNaN(agreed)) t.agreed++;
    }
  }
  const perMonth = [...months.keys()].sort().map((month): MonthCounts => ({ month, ...result(months.get(month)!) }));
  const today = isoOf(now);
  return {
    today,
    ...result(total),
    perMonth,
    steps: [step('Woo 4.4; Awb 4:15; Atw art. 1', now, T.statistics, now)],
  };
}
