/**
 * Time stamps of a zaaksysteem as Dutch calendar dates. A change at 23:30 UTC on a winter evening
 * happened on the next day in the Netherlands, and the day is what the law counts (Woo 4.4, Awb 4:15).
 * No `Date` in local time: the machine's time zone never matters.
 */

/** A moment read from a time stamp: milliseconds since 1970 (for ordering) and its Dutch calendar date. */
export interface Moment {
  /** Milliseconds since 1970-01-01T00:00Z (a time stamp without offset is read as Dutch local time). */
  readonly ms: number;
  /** The calendar date in Europe/Amsterdam, `YYYY-MM-DD`. */
  readonly date: string;
  /** The time stamp had no offset and was read as Dutch local time. */
  readonly naive: boolean;
}

// YYYY-MM-DD, then optionally Thh:mm[:ss[.fraction]] and an offset (Z, +hh:mm, +hhmm, +hh).
const STAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

let amsterdam: Intl.DateTimeFormat | undefined;

/** The calendar date in Europe/Amsterdam of a moment (ms since 1970). */
export function amsterdamDate(ms: number): string {
  // en-CA formats as YYYY-MM-DD. Intl carries the Dutch DST rules, in Node and in every browser.
  amsterdam ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return amsterdam.format(ms);
}

let parts: Intl.DateTimeFormat | undefined;

/** The offset of Dutch time from UTC, in minutes (60 or 120), at the wall-clock time `wall` (read as if UTC). */
function amsterdamOffset(wall: number): number {
  parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const offset of [60, 120]) {
    const shown = parts.format(wall - offset * 60_000);
    if (shown === new Date(wall).toISOString().slice(11, 16)) return offset;
  }
  return 60; // a wall-clock time skipped when summer time starts
}

const validDate = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * Reads a ZGW time stamp (`2026-12-06T02:35:32.871098Z`, `2026-01-05T23:30:00+01:00`, or a plain
 * date). A time stamp without offset is taken as Dutch local time, so its date is the date written.
 * Returns undefined for anything else.
 */
export function readMoment(value: unknown): Moment | undefined {
  if (typeof value !== 'string') return undefined;
  const m = STAMP.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!validDate(year, month, day)) return undefined;
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  if (h === undefined || zone === undefined) {
    // A plain date, or a time without offset: the date as written (Dutch local time).
    return {
      ms: h === undefined ? wall : wall - amsterdamOffset(wall) * 60_000,
      date: `${y}-${mo}-${d}`,
      naive: h !== undefined,
    };
  }
  let offset = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
  }
  const ms = wall - offset * 60_000;
  return { ms, date: amsterdamDate(ms), naive: false };
}

/** Day number of a `YYYY-MM-DD` date (days since 1970-01-01), for differences between dates. */
export const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The `YYYY-MM-DD` date of a day number. */
export const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Whether `value` is a calendar date written as `YYYY-MM-DD`. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return validDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}
