/**
 * The one place where woo-kit's elements create `Intl` objects: numbers, percentages, plural
 * categories, dates, months, weekdays and times, each formatter made once per locale and options and
 * then reused (creating one is slow; lists and dashboards format thousands of values). The output is
 * the browser's own, so it reads like every other number and date on the page. Adding a language
 * needs no rules here: the browser's CLDR data has them.
 */

/**
 * The locale to give `Intl` for a woo-kit locale. English is written the British way, as Dutch
 * government English is ("Friday 25 April 2025", the same as the explanations of
 * `@woo-kit/deadlines`), not the US way; Arabic keeps Western digits: the same digits people type in
 * the date fields and see in the texts.
 */
export function intlLocale(locale: string): string {
  if (locale === 'en') return 'en-GB';
  if (locale === 'ar') return 'ar-u-nu-latn';
  return locale;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

/** The formatter of `kind` for `locale`, made on first use. */
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  locale: string,
  make: (intl: string) => T,
): T {
  const id = `${locale} ${key}`;
  let formatter = formatters.get(id) as T | undefined;
  if (!formatter) formatters.set(id, (formatter = make(intlLocale(locale))));
  return formatter;
}

/**
 * `n` rounded to at most `digits` decimals, grouped as `locale` writes it ("1.234,5" in Dutch); with
 * `percent`, as a percentage of 1 (0.5 is "50%").
 */
export function formatNumber(n: number, locale: string, digits = 0, percent = false): string {
  const format = cached(`number ${digits} ${percent}`, locale, (intl) =>
    percent
      ? new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: digits })
      : new Intl.NumberFormat(intl, { maximumFractionDigits: digits }),
  );
  return format.format(n);
}

/** A whole number as people read it in `locale` (`1.234` in Dutch). */
export const formatCount = (n: number, locale: string): string => formatNumber(n, locale);

/** The CLDR plural category of `n` in `locale` ("one", "few", …), which picks the message to show. */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  return cached('plural', locale, (intl) => new Intl.PluralRules(intl)).select(n);
}

/** A `Date` at midnight UTC of a calendar day; formatters use UTC, so no time zone shifts the day. */
const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/**
 * Formats a calendar date (`YYYY-MM-DD`) for people, in the element's locale: with the weekday
 * (`long`) or without (`short`). The date is formatted in UTC from its own parts, so the machine's
 * time zone can never shift it by a day.
 */
export function formatDate(iso: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const format = cached(
    `date ${style}`,
    locale,
    (intl) =>
      new Intl.DateTimeFormat(intl, {
        ...(style === 'long' ? { weekday: 'long' } : {}),
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(utcDay(year, month, day));
}

/**
 * A month of the calendar (`YYYY-MM`) for people, in the element's locale: with its year
 * ("maart 2025", `long`) or the short name alone ("mrt", `short`, for a chart's axis).
 */
export function formatMonth(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const format = cached(`month ${style}`, locale, (intl) =>
    style === 'long'
      ? new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(intl, { month: 'short', timeZone: 'UTC' }),
  );
  return format.format(utcDay(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
}

/** A weekday (1 Monday … 7 Sunday) by name in `locale` ("maandag"). */
export function formatWeekday(weekday: number, locale: string): string {
  const format = cached(
    'weekday',
    locale,
    (intl) => new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' }),
  );
  return format.format(utcDay(1970, 1, 4 + weekday)); // 5 January 1970 was a Monday
}

/** A time of day (`HH:MM`) as `locale` writes it ("09:00", "9:00 am"). */
export function formatTime(hhmm: string, locale: string): string {
  const format = cached(
    'time',
    locale,
    (intl) => new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  );
  return format.format(new Date(`1970-01-01T${hhmm}:00Z`));
}
