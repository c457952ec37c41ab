import { InvalidDateError } from './errors.js';
import { daysInMonth, isIsoDate } from './formats.js';

export { daysInMonth, isIsoDate };

/**
 * Calendar dates of law are kept as ISO `YYYY-MM-DD` strings or as day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar). Never as a `Date` in local time: a term
 * must not change with the machine's time zone.
 */
export type IsoDate = string;

/** Day number of a civil date (Howard Hinnant's days_from_civil); pure integer arithmetic. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses a `YYYY-MM-DD` string into a day number; throws `InvalidDateError` otherwise. */
export function toDayNumber(value: unknown, path?: string): number {
  if (!isIsoDate(value)) throw new InvalidDateError(value, path === undefined ? {} : { path });
  return dayNumberFromParts(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Year, month (1–12) and day of a day number. */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Formats a day number as `YYYY-MM-DD`. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Adds calendar days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The names of the months in Dutch, January first (lower case, as Dutch writes them in a date). */
export const DUTCH_MONTH_NAMES: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * A calendar date as Dutch writes it in a letter or a title, the same on every machine: `2025-04-25` →
 * `25 april 2025`. For text shown in the reader's own language, use the browser's `Intl` instead.
 */
export function formatDutchDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${DUTCH_MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
