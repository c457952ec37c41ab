/**
 * String formats the JSON Schemas use (`format: "date"` and friends). This module imports nothing:
 * the generated validators import it, so the checks run in browsers under a strict
 * Content-Security-Policy without `new Function`.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (so not 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for an RFC 3339 date-time with offset, e.g. `2025-03-04T10:00:00+01:00` or `…Z`, on a day that exists. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = ISO_DATE_TIME.exec(value);
  if (m === null || !isIsoDate(m[1])) return false;
  const inRange = (part: string | undefined, max: number): boolean => part === undefined || Number(part) <= max;
  return inRange(m[2], 23) && inRange(m[3], 59) && inRange(m[4], 59) && inRange(m[5], 23) && inRange(m[6], 59);
}

/** True for a plausible e-mail address (`name@domain.tld`, no spaces, at most 254 characters). */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

/** True for an absolute URI with a scheme and no spaces, e.g. `https://www.example.nl/woo`. */
export function isAbsoluteUri(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 2048 && ABSOLUTE_URI.test(value);
}

/** The formats in the form ajv expects; used at build time and by the generated validators. */
export const ajvFormats = {
  date: (value: string): boolean => isIsoDate(value),
  'date-time': (value: string): boolean => isIsoDateTime(value),
  'date-or-date-time': (value: string): boolean => isIsoDate(value) || isIsoDateTime(value),
  email: (value: string): boolean => isEmailAddress(value),
  uri: (value: string): boolean => isAbsoluteUri(value),
} as const;
