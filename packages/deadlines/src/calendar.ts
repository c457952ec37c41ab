/**
 * The calendar of the Algemene termijnenwet (Atw): which days are not working days.
 *
 * Dates are day numbers (days since 1970-01-01, see `@woo-kit/core` dates.ts) or ISO strings,
 * never `Date` objects, so nothing depends on the machine's time zone.
 *
 * Sources and choices (see also README.md):
 * - Atw art. 1: a statutory term that ends on a Saturday, Sunday or public holiday runs on to the
 *   next day that is none of these (BWBR0002448).
 * - Atw art. 3 lid 1: New Year's Day, Easter Monday, Whit Monday, 25 and 26 December, Ascension Day,
 *   the day on which the King's birthday is celebrated, and 5 May ("de vijfde mei": every year).
 *   Atw art. 3 lid 2: Good Friday. Atw art. 3 lid 3: more days by royal decree; none in force was
 *   found, so callers pass them as `extraHolidays`.
 * - The monarch's birthday (koninklijkhuis.nl "Koningsdag"; nl.wikipedia "Koninginnedag"; the npm
 *   package date-holidays 3.37 agrees for 1949 onwards):
 *   - 2014 on: King's Day 27 April, 26 April when the 27th is a Sunday.
 *   - 1981–2013: Queen's Day 30 April (Beatrix kept Juliana's date), 29 April when a Sunday.
 *   - 1949–1980: Queen's Day 30 April (Juliana's birthday), 1 May when a Sunday.
 *   - 1900–1948: Queen's Day 31 August (Wilhelmina's birthday), 1 September when a Sunday.
 *     date-holidays does not move 31 August; nl.wikipedia says it was held on Monday 1 September.
 * - Uncertain history, not modelled: the Atw dates from 1964, so for earlier years this is the
 *   list as it reads today applied backwards; whether 5 May and Good Friday were on the list in
 *   every past year was not checked; Queen's Day was not celebrated in 1940–1944 (occupation).
 *   Supported years are 1900–2200.
 *
 * Size note: this module is part of the browser bundle (budget 6 kB gzip). Internal-only property
 * names end in `_`; the bundle build shortens them (esbuild `mangleProps`, rollup.config.mjs).
 */
import { InvalidDateError, WooKitInputError } from '@woo-kit/core';
import type { IsoDate, LocalizedText } from '@woo-kit/core';
import { dayNumber, iso, partsOf, weekdayOf } from './day.js';
import { NAMES } from './texts.js';

/** A `YYYY-MM-DD` calendar date (the type of `@woo-kit/core`). */
export type { IsoDate };

/** First and last year the calendar supports. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/** Options shared by the calendar functions. */
export interface CalendarOptions {
  /** Extra non-working days, for example set by royal decree (Atw art. 3 lid 3). */
  readonly extraHolidays?: readonly IsoDate[];
}

/** One public holiday of the Atw. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  /** The article that makes it a holiday, e.g. "Atw art. 3 lid 1". */
  readonly rule: string;
}

/** Throws a `WooKitInputError` with a message "Dutch|English". */
export function fail(code: string, message: string, path?: string): never {
  const [nl, en] = message.split('|') as [string, string];
  throw new WooKitInputError(code, { nl, en }, path === undefined ? {} : { path });
}

/**
 * Why a day is not a working day: a weekend day, or an Atw holiday (`extra-holiday`: one of `extraHolidays`). Names:
 * texts.ts `NAMES`.
 */
export type ClosedDayReason =
  | 'saturday'
  | 'sunday'
  | 'new-years-day'
  | 'good-friday'
  | 'easter-monday'
  | 'kings-day'
  | 'queens-day'
  | 'liberation-day'
  | 'ascension-day'
  | 'whit-monday'
  | 'christmas-day'
  | 'second-christmas-day'
  | 'extra-holiday';

const yearOf = (day: number): number => partsOf(day)[0];

/**
 * Easter Sunday (Gregorian), by the anonymous algorithm of Meeus/Jones/Butcher. Returns a day number.
 * (The tests check it against Gauss's algorithm.)
 */
export function easterSunday(year: number): number {
  const f = Math.floor;
  const a = year % 19;
  const b = f(year / 100);
  const c = year % 100;
  const h = (19 * a + b - f(b / 4) - f((b - f((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * f(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * f((a + 11 * h + 22 * l) / 451) + 114;
  return dayNumber(year, f(n / 31), (n % 31) + 1);
}

/** The Atw holidays of a year as [day number, name id] pairs, in date order. */
function atwHolidays(year: number): [day: number, id: number][] {
  const easter = easterSunday(year);
  const on = (month: number, day: number): number => dayNumber(year, month, day);
  // Atw art. 3 lid 1, the monarch's birthday: King's Day from 2014, Queen's Day before (see above).
  let monarch = year >= 2014 ? on(4, 27) : year >= 1949 ? on(4, 30) : on(8, 31);
  // On a Sunday: from 1981 the day before, until 1980 the day after.
  if (weekdayOf(monarch) === 0) monarch += year >= 1981 ? -1 : 1;
  const list: [number, number][] = [
    [on(1, 1), 0], // Atw art. 3 lid 1
    [easter - 2, 1], // Atw art. 3 lid 2 (Good Friday)
    [easter + 1, 2], // Atw art. 3 lid 1
    [monarch, year >= 2014 ? 3 : 4], // Atw art. 3 lid 1
    [on(5, 5), 5], // Atw art. 3 lid 1
    [easter + 39, 6], // Atw art. 3 lid 1
    [easter + 50, 7], // Atw art. 3 lid 1
    [on(12, 25), 8], // Atw art. 3 lid 1
    [on(12, 26), 9], // Atw art. 3 lid 1
  ];
  return list.sort((x, y) => x[0] - y[0]);
}

// The Atw holidays of each year asked about (holidayOn), worked out once per year.
const holidaysByYear = new Map<number, readonly [number, number][]>();

/** The name id of the Atw holiday on `day`, or undefined. */
function holidayOn(day: number): number | undefined {
  const year = yearOf(day);
  let list = holidaysByYear.get(year);
  if (!list) holidaysByYear.set(year, (list = atwHolidays(year)));
  return list.find((h) => h[0] === day)?.[1];
}

// Atw art. 1 and 3, remembered per day from 1900 on: 0 not known yet, 1 closed, 2 working day.
// (Reads past the end give undefined and writes there are ignored, so far days are simply not kept.)
const START = dayNumber(FIRST_YEAR, 1, 1);
const known = new Uint8Array(dayNumber(2300, 1, 1) - START);

/** Day numbers of extra holidays; `undefined` when there are none (the common, fast case). */
export type ExtraDays = ReadonlySet<number> | undefined;

/** True when a day number is a Saturday, Sunday, Atw holiday (Atw art. 1 and 3) or extra day. */
export function isClosed(day: number, extra: ExtraDays): boolean {
  return (
    (known[day - START] ||= weekdayOf(day) % 6 === 0 || holidayOn(day) !== undefined ? 1 : 2) === 1 || !!extra?.has(day)
  );
}

/** Atw art. 1: the day itself when it is a working day, otherwise the next working day. */
export function rollForwardDay(day: number, extra: ExtraDays): number {
  while (isClosed(day, extra)) day++;
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` <= `from`). */
export function workingDaysBetween(from: number, to: number, extra: ExtraDays): number {
  let n = 0;
  while (to > from) if (!isClosed(to--, extra)) n++;
  return n;
}

/**
 * Why a day is not a working day, as a texts.ts `NAMES` index: the weekday, or 7 + the holiday id (its key: texts.ts
 * `show`).
 */
export function closedReason(day: number): number {
  const w = weekdayOf(day);
  return w % 6 ? 7 + (holidayOn(day) ?? 10) : w;
}

const rangeError = (path?: string): never =>
  fail(
    'date-out-of-range',
    'De datum moet in de jaren 1900 tot en met 2200 liggen.|The date must be in the years 1900 to 2200.',
    path,
  );

// The two digits at `i` as a number (48 is the code of "0"). Not a closure in `dayOf`: that would
// cost an allocation per call (and more under tsx, which names every inner function).
const two = (s: string, i: number): number => s.charCodeAt(i) * 10 + s.charCodeAt(i + 1) - 528;

// The form `YYYY-MM-DD`. One RegExp object for every date read (a literal inside `dayOf` would make a
// new one per call; a hand-written loop of character tests is slower until the JIT has warmed up).
const ISO_FORM = /^\d{4}-\d\d-\d\d$/;

/**
 * Reads a `YYYY-MM-DD` date that exists (any year 0000–9999) into a day number. Throws `invalid-date`.
 */
export function dayOf(value: unknown, path?: string): number {
  if (typeof value === 'string' && ISO_FORM.test(value)) {
    const y = two(value, 0) * 100 + two(value, 2);
    const m = two(value, 5);
    const d = two(value, 8);
    // The month's length: February 28 or, in a leap year, 29; else 31 for Jan, Mar, May, Jul, Aug, Oct, Dec.
    const length = m === 2 ? (y % 4 || (y % 100 === 0 && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);
    if (m > 0 && m < 13 && d > 0 && d <= length) return dayNumber(y, m, d);
  }
  throw new InvalidDateError(value, path === undefined ? {} : { path });
}

const MAX_DAY = dayNumber(LAST_YEAR, 12, 31);

/** Reads an ISO date of the supported years into a day number. Throws `invalid-date` or `date-out-of-range`. */
export function parseDay(value: unknown, path?: string): number {
  const day = dayOf(value, path);
  return day < START || day > MAX_DAY ? rangeError(path) : day;
}

const formatted: string[] = [];

export { iso };

/** Formats a day number as `YYYY-MM-DD` (memoised: formatting is the costliest part of a deadline). */
export const isoOf = (day: number): IsoDate => (formatted[day - START] ??= iso(day));

/** Parses `extraHolidays` into a set of day numbers (`undefined` when empty). */
export function parseExtraDays(value: unknown, path = '/extraHolidays'): ExtraDays {
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    fail(
      'invalid-extra-holidays',
      'extraHolidays moet een lijst met datums zijn.|extraHolidays must be a list of dates.',
      path,
    );
  return value.length ? new Set(value.map((v: unknown, i) => parseDay(v, `${path}/${i}`))) : undefined;
}

/**
 * True when `date` is a working day for the Atw: not a Saturday, Sunday, Atw holiday
 * (Atw art. 3) or one of `options.extraHolidays`.
 */
export function isWorkingDay(date: IsoDate, options: CalendarOptions = {}): boolean {
  return !isClosed(parseDay(date, '/date'), parseExtraDays(options.extraHolidays));
}

/** The first working day after `date` (Atw art. 1, 3). */
export function nextWorkingDay(date: IsoDate, options: CalendarOptions = {}): IsoDate {
  return isoOf(rollForwardDay(parseDay(date, '/date') + 1, parseExtraDays(options.extraHolidays)));
}

/**
 * Atw art. 1: `date` itself when it is a working day, otherwise the next working day. This is what
 * happens to a statutory term that ends on a Saturday, Sunday or public holiday.
 */
export function rollForward(date: IsoDate, options: CalendarOptions = {}): IsoDate {
  return isoOf(rollForwardDay(parseDay(date, '/date'), parseExtraDays(options.extraHolidays)));
}

/**
 * The Atw holidays of a year (1900–2200) with their names in Dutch and English, in date order,
 * including any `options.extraHolidays` that fall in that year. Holidays on a weekend are listed
 * too (King's Day 2025 is Saturday 26 April). Easter Sunday and Whit Sunday are not listed: they
 * are Sundays anyway and not named by Atw art. 3.
 */
export function holidaysInYear(year: number, options: CalendarOptions = {}): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) rangeError('/year');
  const list = atwHolidays(year);
  for (const d of parseExtraDays(options.extraHolidays) ?? [])
    if (yearOf(d) === year && !list.some((h) => h[0] === d)) list.push([d, 10]);
  return list
    .sort((x, y) => x[0] - y[0])
    .map(([d, id]) => ({
      date: isoOf(d),
      name: { nl: NAMES[0][7 + id]!, en: NAMES[1][7 + id]! },
      // Atw art. 3 lid 2: Good Friday; lid 3: extra days; lid 1: the others.
      rule: `Atw art. 3 lid ${id === 1 ? 2 : id > 9 ? 3 : 1}`,
    }));
}
