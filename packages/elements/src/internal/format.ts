/**
 * The locale to give `Intl` for a woo-kit locale. English is written the British way, as Dutch
 * government English is ("Friday 25 April 2025", the same as the explanations of
 * `@woo-kit/deadlines`), not the US way; Arabic keeps Western digits.
 */
export function intlLocale(locale: string): string {
  if (locale === 'en') return 'en-GB';
  // Arabic with Western digits: the same digits people type in the date fields and see in the texts.
  if (locale === 'ar') return 'ar-u-nu-latn';
  return locale;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) for people, in the element's locale. The date is formatted
 * in UTC from its own parts, so the machine's time zone can never shift it by a day.
 */
export function formatDate(iso: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // Creating an Intl formatter is slow; lists format many dates, so each is made once.
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A month of the calendar (`YYYY-MM`) for people, in the element's locale: with its year
 * ("maart 2025", `long`) or the short name alone ("mrt", `short`, for a chart's axis). The names are
 * the browser's own (Intl), so they read as every other date on the page does in that browser.
 */
export function formatMonth(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const key = `${locale} month-${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
    formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  }
  return format.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
}

/** The text in the element's locale from a `{ nl, en }` pair (English for every other locale). */
export function pick(text: { readonly nl: string; readonly en: string }, locale: string): string {
  return locale === 'nl' ? text.nl : text.en;
}

