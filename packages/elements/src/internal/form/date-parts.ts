import { isIsoDate } from '@woo-kit/core';

/** What a person typed in the day / month / year inputs, kept as typed so nothing is lost. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Why date parts are not a date; the component turns the code into a message in its locale. */
export type DatePartsProblem = 'empty' | 'incomplete' | 'not-a-number' | 'does-not-exist' | 'year-not-four-digits';

export type DatePartsResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: DatePartsProblem };

/** Turns day / month / year inputs into an ISO date (`2025-03-28`), or says what is wrong. */
export function datePartsToIso(parts: DateParts): DatePartsResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: false, problem: 'empty' };
  if (!day || !month || !year) return { ok: false, problem: 'incomplete' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year))
    return { ok: false, problem: 'not-a-number' };
  if (year.length !== 4) return { ok: false, problem: 'year-not-four-digits' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, problem: 'does-not-exist' };
}

/** Splits an ISO date into the parts the inputs show (without leading zeros). */
export function isoToDateParts(iso: string | null | undefined): DateParts {
  if (!iso || !isIsoDate(iso)) return EMPTY_DATE;
  return { year: iso.slice(0, 4), month: String(Number(iso.slice(5, 7))), day: String(Number(iso.slice(8, 10))) };
}
