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

/** One of the three measures of a group: requests on time, and requests that count for it. */
interface Measure {
  onTime_: number;
  counted_: number;
}

const measure = (): Measure => ({ onTime_: 0, counted_: 0 });

// The counters of one group; `countsOf` adds the shares and the averages. Three measures: within 4
// weeks (Woo 4.4 lid 1), within the legal deadline, within the agreed term.
function tally() {
  return {
    requests: 0,
    decided: 0,
    open: 0,
    openLate: 0,
    late: 0,
    postponed: 0,
    postponementsInvalid: 0,
    suspended: 0,
    suspendedDays: 0,
    agreed: 0,
    fourWeeks_: measure(),
    legalDeadline_: measure(),
    agreedTerm_: measure(),
    daysToDecision_: [] as number[],
  };
}
type Tally = ReturnType<typeof tally>;
/** The plain counters of a tally, summed up for the total. */
const COUNTERS = [
  'requests',
  'decided',
  'open',
  'openLate',
  'late',
  'postponed',
  'postponementsInvalid',
  'suspended',
  'suspendedDays',
  'agreed',
] as const;

// (Measures are added by name, never through a list of their names: the bundle shortens names ending in `_`.)
const addMeasure = (total: Measure, group: Measure): void => {
  total.onTime_ += group.onTime_;
  total.counted_ += group.counted_;
};
const shareOf = ({ onTime_: count, counted_: of }: Measure): Share => ({ count, of, share: of ? count / of : null });

// No loop over the days to decision here (`sort` and `reduce` do it): a loop in a function called
// once per month would be compiled and thrown away again and again on a fresh page.
function countsOf({ fourWeeks_, legalDeadline_, agreedTerm_, daysToDecision_, ...counts }: Tally): TimelinessCounts {
  const days = new Float64Array(daysToDecision_).sort();
  const n = days.length;
  const half = n >> 1;
  return {
    ...counts,
    withinFourWeeks: shareOf(fourWeeks_),
    withinLegalDeadline: shareOf(legalDeadline_),
    withinAgreedTerm: shareOf(agreedTerm_),
    medianDaysToDecision: n ? (n % 2 ? days[half]! : (days[half - 1]! + days[half]!) / 2) : null,
    // Whole days, so the sum is exact in any order.
    meanDaysToDecision: n ? days.reduce((sum, d) => sum + d) / n : null,
  };
}

/** Counts requests into their month of receipt (`add_`) and adds up the months (`result_`). */
export interface Counter {
  /**
   * Counts one request from its computed term (only its results are read, not `engine.input_`), its
   * days of receipt and decision (undefined while open) and its agreed deadline (undefined when none).
   */
  add_(engine: Engine, received: number, decided: number | undefined, agreed: number | undefined): void;
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
  const allDaysToDecision: number[] = [];
  return {
    add_(engine, received, decided, agreed) {
      const deadline = engine.deadline_;
      let group = groupOf.get(received);
      if (!group) {
        const month = isoOf(received).slice(0, 7);
        group = months.get(month);
        if (!group) months.set(month, (group = tally()));
        groupOf.set(received, group);
      }
      // The three limits: 4 weeks (Woo 4.4 lid 1), the legal deadline, and the agreed deadline where there is one.
      const fourWeeksEnd = received + 28;
      const agreedLimit = agreed ?? deadline;
      const { fourWeeks_: fourWeeks, legalDeadline_: legalDeadline, agreedTerm_: agreedTerm } = group;
      group.requests++;
      // Decided ones count for every measure; open ones only once past the limit, and then as late.
      if (decided !== undefined && decided <= now) {
        group.decided++;
        group.daysToDecision_.push(decided - received);
        allDaysToDecision.push(decided - received);
        if (decided > deadline) group.late++;
        fourWeeks.counted_++;
        legalDeadline.counted_++;
        agreedTerm.counted_++;
        if (decided <= fourWeeksEnd) fourWeeks.onTime_++;
        if (decided <= deadline) legalDeadline.onTime_++;
        if (decided <= agreedLimit) agreedTerm.onTime_++;
      } else {
        // Open, or decided after `today`: open as of `today`.
        group.open++;
        if (now > deadline) {
          group.late++;
          group.openLate++;
          legalDeadline.counted_++;
        }
        if (now > fourWeeksEnd) fourWeeks.counted_++;
        if (now > agreedLimit) agreedTerm.counted_++;
      }
      if (engine.postponementValid_) group.postponed++;
      if (engine.postponementValid_ === false) group.postponementsInvalid++;
      if (engine.suspendedDays_) group.suspended++;
      group.suspendedDays += engine.suspendedDays_;
      if (agreed !== undefined) group.agreed++;
    },
    result_() {
      const keys = [...months.keys()].sort();
      const total = tally();
      total.daysToDecision_ = allDaysToDecision;
      for (const month of keys) {
        const group = months.get(month)!;
        for (const key of COUNTERS) total[key] += group[key];
        addMeasure(total.fourWeeks_, group.fourWeeks_);
        addMeasure(total.legalDeadline_, group.legalDeadline_);
        addMeasure(total.agreedTerm_, group.agreedTerm_);
      }
      return {
        today: isoOf(now),
        ...countsOf(total),
        perMonth: keys.map((month): MonthCounts => ({ month, ...countsOf(months.get(month)!) })),
        steps: [step('Woo 4.4; Awb 4:15; Atw art. 1', now, 'statistics', now)],
      };
    },
  };
}

/** The same error, with the record's index in front of its path (`at` maps the path within the record). */
export const atIndex = (error: unknown, index: number, at = (path: string) => path): unknown =>
  error instanceof WooKitError
    ? new WooKitInputError(error.code, error.messages, { path: `/${index}${at(error.path ?? '')}`, cause: error })
    : error;

/**
 * Timeliness over many requests: the share decided within 4 weeks, within the legal deadline and
 * within the agreed term; median and mean days to decision; postponements and suspensions; the same
 * per month of receipt. Open requests past their deadline count as late; open requests still within
 * it are left out of the shares. Throws a `WooKitInputError` (path `/<index>/…`) for a bad record.
 * For `WooRequest` records (with their events) use `requestTimelinessStatistics`.
 */
export function timelinessStatistics(
  records: Iterable<TimelinessRecord | unknown>,
  options: TimelinessOptions = {},
): TimelinessStatistics {
  const counted = counter(parseDay(options.today ?? todayInAmsterdam(), '/today'));
  const extraHolidays = parseExtraDays(options.extraHolidays);
  let index = 0;
  // Each request is counted in its month only; the total is the sum of the months.
  for (const record of records) {
    try {
      const parsed = readInput(record);
      const engine = runEngine(extraHolidays ? { ...parsed, extraHolidays_: extraHolidays } : parsed, false);
      const agreed = (record as { agreedDeadline?: unknown }).agreedDeadline;
      counted.add_(
        engine,
        parsed.received_,
        parsed.decided_,
        agreed != null ? parseDay(agreed, '/agreedDeadline') : undefined,
      );
    } catch (error) {
      throw atIndex(error, index);
    }
    index++;
  }
  return counted.result_();
}
