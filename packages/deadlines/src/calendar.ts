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
 */
import { dayNumberFromParts, fromDayNumber, partsFromDayNumber, weekday, WooKitInputError, toDayNumber } from '@woo-kit/core';
import type { LocalizedText } from '@woo-kit/core';

/** A `YYYY-MM-DD` calendar date. */
export type IsoDate = string;

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

// Holiday names, indexed by the ids used below. The last one is for `extraHolidays`.
const NAMES: readonly (readonly [string, string])[] = [
  ['Nieuwjaarsdag', "New Year's Day"],
  ['Goede Vrijdag', 'Good Friday'],
  ['Tweede Paasdag', 'Easter Monday'],
  ['Koningsdag', "King's Day"],
  ['Koninginnedag', "Queen's Day"],
  ['Bevrijdingsdag', 'Liberation Day'],
  ['Hemelvaartsdag', 'Ascension Day'],
  ['Tweede Pinksterdag', 'Whit Monday'],
  ['Eerste Kerstdag', 'Christmas Day'],
  ['Tweede Kerstdag', 'Second Christmas Day'],
  ['Extra feestdag', 'Extra holiday'],
];
const GOOD_FRIDAY = 1;
const EXTRA = 10;

/**
 * Easter Sunday (Gregorian), by the anonymous algorithm of Meeus/Jones/Butcher. Returns a day number.
 * (The tests check it against Gauss's algorithm.)
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumberFromParts(year, Math.floor(n / 31), (n % 31) + 1);
}

/** The day the monarch's birthday is celebrated (Atw art. 3 lid 1), with its name id. */
function monarchDay(year: number): [number, number] {
  let day: number;
  if (year >= 2014) {
    day = dayNumberFromParts(year, 4, 27);
    return [weekday(day) === 0 ? day - 1 : day, 3];
  }
  day = year >= 1949 ? dayNumberFromParts(year, 4, 30) : dayNumberFromParts(year, 8, 31);
  // Sunday: 1949–1980 and before 1949 the next day, 1981–2013 the day before.
  if (weekday(day) === 0) day += year >= 1981 ? -1 : 1;
  return [day, 4];
}

/** The Atw holidays of a year as [day number, name id] pairs, in date order. */
function atwHolidays(year: number): [number, number][] {
  const easter = easterSunday(year);
  const list: [number, number][] = [
    [dayNumberFromParts(year, 1, 1), 0], // Atw art. 3 lid 1
    [easter - 2, GOOD_FRIDAY], // Atw art. 3 lid 2
    [easter + 1, 2], // Atw art. 3 lid 1
    monarchDay(year), // Atw art. 3 lid 1
    [dayNumberFromParts(year, 5, 5), 5], // Atw art. 3 lid 1
    [easter + 39, 6], // Atw art. 3 lid 1
    [easter + 50, 7], // Atw art. 3 lid 1
    [dayNumberFromParts(year, 12, 25), 8], // Atw art. 3 lid 1
    [dayNumberFromParts(year, 12, 26), 9], // Atw art. 3 lid 1
  ];
  return list.sort((x, y) => x[0] - y[0]);
}

// A lazily filled table of the years 1900–2299, one byte per day:
// 0 not filled yet, 1 working day, 2 Saturday or Sunday, 3 Atw holiday on a weekday.
const TABLE_START = dayNumberFromParts(1900, 1, 1);
const TABLE_DAYS = dayNumberFromParts(2300, 1, 1) - TABLE_START;
let table: Uint8Array | undefined;

function fillYear(days: Uint8Array, year: number): void {
  const first = dayNumberFromParts(year, 1, 1);
  const next = dayNumberFromParts(year + 1, 1, 1);
  for (let d = first; d < next; d++) {
    const w = weekday(d);
    days[d - TABLE_START] = w === 0 || w === 6 ? 2 : 1;
  }
  for (const [d] of atwHolidays(year)) if (days[d - TABLE_START] === 1) days[d - TABLE_START] = 3;
}

const slowYears = new Map<number, Set<number>>();

/**
 * True when a day number is a Saturday, Sunday or Atw holiday (Atw art. 1 and 3).
 * Extra days are checked by the caller.
 */
export function isClosed(day: number): boolean {
  const i = day - TABLE_START;
  if (i >= 0 && i < TABLE_DAYS) {
    const days = (table ??= new Uint8Array(TABLE_DAYS));
    let v = days[i]!;
    if (v === 0) {
      fillYear(days, partsFromDayNumber(day).year);
      v = days[i]!;
    }
    return v !== 1;
  }
  const w = weekday(day);
  if (w === 0 || w === 6) return true;
  const year = partsFromDayNumber(day).year;
  let set = slowYears.get(year);
  if (set === undefined) slowYears.set(year, (set = new Set(atwHolidays(year).map((h) => h[0]))));
  return set.has(day);
}

/** Day numbers of extra holidays; `undefined` when there are none (the common, fast case). */
export type ExtraDays = ReadonlySet<number> | undefined;

/** Atw art. 1: the day itself when it is a working day, otherwise the next working day. */
export function rollForwardDay(day: number, extra: ExtraDays): number {
  while (isClosed(day) || (extra !== undefined && extra.has(day))) day++;
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` <= `from`). */
export function workingDaysBetween(from: number, to: number, extra: ExtraDays): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (!isClosed(d) && !(extra !== undefined && extra.has(d))) n++;
  return n;
}

/** Why a day is not a working day, in both languages ("a Saturday", "a holiday (King's Day)"). */
export function closedReason(day: number): LocalizedText {
  const w = weekday(day);
  if (w === 6) return { nl: 'een zaterdag', en: 'a Saturday' };
  if (w === 0) return { nl: 'een zondag', en: 'a Sunday' };
  const hit = atwHolidays(partsFromDayNumber(day).year).find((h) => h[0] === day);
  const name = NAMES[hit === undefined ? EXTRA : hit[1]]!;
  return { nl: `een feestdag (${name[0]})`, en: `a public holiday (${name[1]})` };
}

function rangeError(path: string | undefined): WooKitInputError {
  return new WooKitInputError(
    'date-out-of-range',
    {
      nl: `De datum moet in de jaren ${FIRST_YEAR} tot en met ${LAST_YEAR} liggen.`,
      en: `The date must be in the years ${FIRST_YEAR} to ${LAST_YEAR}.`,
    },
    path === undefined ? {} : { path },
  );
}

const MIN_DAY = TABLE_START;
const MAX_DAY = dayNumberFromParts(LAST_YEAR, 12, 31);
const parsed = new Map<unknown, number>();

// The number written by the ASCII digits s[from..to), or -1 if one is not a digit.
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Parses an ISO date of the supported years into a day number (memoised: parsing is the
 * costliest part of a deadline). Throws `invalid-date` or `date-out-of-range`.
 */
export function parseDay(value: unknown, path?: string): number {
  // Fast path for the days 1–28 of any month, which always exist: read the digits, let core do the
  // arithmetic. Anything else (29–31, odd input) goes through core's `toDayNumber`, memoised.
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = digits(value, 0, 4);
    const m = digits(value, 5, 7);
    const d = digits(value, 8, 10);
    if (y >= FIRST_YEAR && y <= LAST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 28) return dayNumberFromParts(y, m, d);
  }
  const hit = parsed.get(value);
  if (hit !== undefined) return hit;
  const day = toDayNumber(value, path);
  if (day < MIN_DAY || day > MAX_DAY) throw rangeError(path);
  if (parsed.size > 50_000) parsed.clear();
  parsed.set(value, day);
  return day;
}

const formatted: string[] = [];

/** Formats a day number as `YYYY-MM-DD` (memoised for the table years). */
export function isoOf(day: number): IsoDate {
  const i = day - TABLE_START;
  if (i < 0 || i >= TABLE_DAYS) return fromDayNumber(day);
  return (formatted[i] ??= fromDayNumber(day));
}

/** Parses `extraHolidays` into a set of day numbers (`undefined` when empty). */
export function parseExtraDays(value: unknown, path = '/extraHolidays'): ExtraDays {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new WooKitInputError(
      'invalid-extra-holidays',
      { nl: 'extraHolidays moet een lijst met datums zijn.', en: 'extraHolidays must be a list of dates.' },
      { path },
    );
  }
  if (value.length === 0) return undefined;
  return new Set(value.map((v: unknown, i) => parseDay(v, `${path}/${i}`)));
}

/**
 * True when `date` is a working day for the Atw: not a Saturday, Sunday, Atw holiday
 * (Atw art. 3) or one of `options.extraHolidays`.
 */
export function isWorkingDay(date: IsoDate, options: CalendarOptions = {}): boolean {
  const day = parseDay(date, '/date');
  const extra = parseExtraDays(options.extraHolidays);
  return !isClosed(day) && !(extra !== undefined && extra.has(day));
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
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw rangeError('/year');
  const list = atwHolidays(year).map(([d, id]): [number, number, string] => [d, id, id === GOOD_FRIDAY ? 'Atw art. 3 lid 2' : 'Atw art. 3 lid 1']);
  for (const d of parseExtraDays(options.extraHolidays) ?? []) {
    if (partsFromDayNumber(d).year === year && !list.some((h) => h[0] === d)) list.push([d, EXTRA, 'Atw art. 3 lid 3']);
  }
  return list
    .sort((x, y) => x[0] - y[0])
    .map(([d, id, rule]) => ({ date: isoOf(d), name: { nl: NAMES[id]![0], en: NAMES[id]![1] }, rule }));
}
