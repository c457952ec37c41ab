import { WooKitError, WooKitInputError } from '@woo-kit/core';
import { isoOf, parseDay, parseExtraDays, type IsoDate } from './calendar.js';
import { runEngine, type Engine } from './engine.js';
import { readInput, type SuspensionInput } from './input.js';
import { step, type Step } from './steps.js';

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

let amsterdamCalendar: Intl.DateTimeFormat | undefined;

/**
 * Today's date in the Netherlands (`YYYY-MM-DD`), whatever the machine's time zone and whatever date
 * pattern the engine's locale data has: the year, month and day are taken from `formatToParts`, never
 * from a formatted string (WebKit with the system ICU formats `en-CA` as `12/6/2026`, not `2026-12-06`).
 *
 * @param now - the moment to convert (milliseconds since the epoch); defaults to now.
 */
export function todayInAmsterdam(now: number = Date.now()): IsoDate {
  amsterdamCalendar ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Amsterdam',
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of amsterdamCalendar.formatToParts(now)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The counters of one group; `result` adds the shares and the averages. `within_` holds, for the
// three measures (4 weeks, legal, agreed), how many were on time and how many count.
function tally() {
  return { requests: 0, decided: 0, open: 0, openLate: 0, late: 0, postponed: 0, postponementsInvalid: 0, suspended: 0, suspendedDays: 0, agreed: 0, within_: [0, 0, 0, 0, 0, 0], durations_: [] as number[] };
}
type Tally = ReturnType<typeof tally>;
/** The plain counters of a tally, summed up for the total. */
const COUNTERS = ['requests', 'decided', 'open', 'openLate', 'late', 'postponed', 'postponementsInvalid', 'suspended', 'suspendedDays', 'agreed'] as const;

// No loop over the days to decision here (`sort` and `reduce` do it): a loop in a function called
// once per month would be compiled and thrown away again and again on a fresh page.
function result({ within_: w, durations_, ...counts }: Tally): TimelinessCounts {
  const share = (k: number): Share => ({ count: w[k]!, of: w[k + 1]!, share: w[k + 1] ? w[k]! / w[k + 1]! : null });
  const d = new Float64Array(durations_).sort();
  const n = d.length;
  const half = n >> 1;
  return {
    ...counts,
    withinFourWeeks: share(0),
    withinLegalDeadline: share(2),
    withinAgreedTerm: share(4),
    medianDaysToDecision: n ? (n % 2 ? d[half]! : (d[half - 1]! + d[half]!) / 2) : null,
    // Whole days, so the sum is exact in any order.
    meanDaysToDecision: n ? d.reduce((a, b) => a + b) / n : null,
  };
}

/** Counts requests into their month of receipt (`add_`) and adds up the months (`result_`). */
export interface Counter {
  /**
   * Counts one request from its computed term (only its results are read, not `e.in_`), its days of
   * receipt and decision (NaN while open) and its agreed deadline (NaN when none).
   */
  add_(e: Engine, received: number, decided: number, agreed: number): void;
  /** The totals (the sum of the months) and the months in date order. */
  result_(): TimelinessStatistics;
}

/** A `Counter` for the day `now` (used by `timelinessStatistics` and `requestTimelinessStatistics`). */
export function counter(now: number): Counter {
  const months = new Map<string, Tally>();
  // The month of each day of receipt seen so far: dashboards count thousands of requests over a few
  // hundred days, so the month is worked out once per day, not once per request.
  const groupOf = new Map<number, Tally>();
  // Every request's days to decision, for the total (kept while counting: no loop over them later).
  const all: number[] = [];
  return {
    add_(e, received, decided, agreed) {
      const deadline = e.deadline_;
      let t = groupOf.get(received);
      if (!t) {
        const month = isoOf(received).slice(0, 7);
        t = months.get(month);
        if (!t) months.set(month, (t = tally()));
        groupOf.set(received, t);
      }
      // The three limits: 4 weeks (Woo 4.4 lid 1), the legal deadline, and the agreed deadline where there is one.
      const agreedLimit = agreed === agreed ? agreed : deadline;
      const w = t.within_;
      t.requests++;
      // Decided ones count for every measure; open ones only once past the limit, and then as late.
      if (decided <= now) {
        t.decided++;
        t.durations_.push(decided - received);
        all.push(decided - received);
        if (decided > deadline) t.late++;
        w[1]!++;
        w[3]!++;
        w[5]!++;
        if (decided <= received + 28) w[0]!++;
        if (decided <= deadline) w[2]!++;
        if (decided <= agreedLimit) w[4]!++;
      } else {
        // Open (decided is NaN), or decided after `today`: open as of `today`.
        t.open++;
        if (now > deadline) {
          t.late++;
          t.openLate++;
          w[3]!++;
        }
        if (now > received + 28) w[1]!++;
        if (now > agreedLimit) w[5]!++;
      }
      if (e.valid_) t.postponed++;
      if (e.valid_ === false) t.postponementsInvalid++;
      if (e.suspendedDays_) t.suspended++;
      t.suspendedDays += e.suspendedDays_;
      if (agreed === agreed) t.agreed++;
    },
    result_() {
      const keys = [...months.keys()].sort();
      const total = tally();
      total.durations_ = all;
      for (const month of keys) {
        const t = months.get(month)!;
        for (const key of COUNTERS) total[key] += t[key];
        for (let k = 0; k < 6; k++) total.within_[k]! += t.within_[k]!;
      }
      return {
        today: isoOf(now),
        ...result(total),
        perMonth: keys.map((month): MonthCounts => ({ month, ...result(months.get(month)!) })),
        steps: [step('Woo 4.4; Awb 4:15; Atw art. 1', now, 'statistics', now)],
      };
    },
  };
}

/** The same error, with the record's index in front of its path (`at` maps the path within the record). */
export const atIndex = (error: unknown, index: number, at = (path: string) => path): unknown =>
  error instanceof WooKitError ? new WooKitInputError(error.code, error.messages, { path: `/${index}${at(error.path ?? '')}`, cause: error }) : error;

/**
 * Timeliness over many requests: the share decided within 4 weeks, within the legal deadline and
 * within the agreed term; median and mean days to decision; postponements and suspensions; the same
 * per month of receipt. Open requests past their deadline count as late; open requests still within
 * it are left out of the shares. Throws a `WooKitInputError` (path `/<index>/…`) for a bad record.
 * For `WooRequest` records (with their events) use `requestTimelinessStatistics`.
 */
export function timelinessStatistics(records: Iterable<TimelinessRecord | unknown>, options: TimelinessOptions = {}): TimelinessStatistics {
  const c = counter(parseDay(options.today ?? todayInAmsterdam(), '/today'));
  const extra = parseExtraDays(options.extraHolidays);
  let index = 0;
  // Each request is counted in its month only; the total is the sum of the months.
  for (const record of records) {
    try {
      const parsed = readInput(record);
      const e = runEngine(extra ? { ...parsed, extra_: extra } : parsed, false);
      const a = (record as { agreedDeadline?: unknown }).agreedDeadline;
      c.add_(e, parsed.received_, parsed.decided_, a != null ? parseDay(a, '/agreedDeadline') : NaN);
    } catch (error) {
      throw atIndex(error, index);
    }
    index++;
  }
  return c.result_();
}
