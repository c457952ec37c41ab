/**
 * Day numbers (days since 1970-01-01, as in `@woo-kit/core` dates.ts) and calendar dates. Only
 * arithmetic and UTC `Date` values, so nothing depends on the machine's time zone. (Smaller in the
 * browser bundle than core's functions; test/day.test.ts checks they agree.) `partsOf` works up to the
 * year 275,000.
 */

const MS = 864e5;

/** The day number of a (proleptic Gregorian) date; month 1–12. A day past the month's end runs on. */
export function dayNumber(year: number, month: number, day: number): number {
  // Count from March, so the leap day is the last day of the (shifted) year.
  if (month < 3) {
    year--;
    month += 12;
  }
  const f = Math.floor;
  return 365 * year + f(year / 4) - f(year / 100) + f(year / 400) + f((153 * month - 457) / 5) + day - 719469;
}

/** [year, month 1–12, day] of a day number. */
export function partsOf(day: number): [year: number, month: number, day: number] {
  const d = new Date(day * MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** 0 Sunday … 6 Saturday. */
export const weekdayOf = (day: number): number => ((day % 7) + 11) % 7; // day 0 was a Thursday

/** Formats a day number as `YYYY-MM-DD` (calendar.ts `isoOf` remembers them). */
export const iso = (day: number): string =>
  partsOf(day)
    .map((n, i) => `${n}`.padStart(i ? 2 : 4, '0'))
    .join('-');
