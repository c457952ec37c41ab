/**
 * Formats a calendar date (`YYYY-MM-DD`) for people, in the element's locale. The date is formatted
 * in UTC from its own parts, so the machine's time zone can never shift it by a day.
 */
export function formatDate(iso: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The text in the element's locale from a `{ nl, en }` pair (English for every other locale). */
export function pick(text: { readonly nl: string; readonly en: string }, locale: string): string {
  return locale === 'nl' ? text.nl : text.en;
}
