import { categoryExplanationMessage, categoryLabelMessage } from './category-messages.js';

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

/** The text in the element's locale from a `{ nl, en }` pair (English for every other locale). */
export function pick(text: { readonly nl: string; readonly en: string }, locale: string): string {
  return locale === 'nl' ? text.nl : text.en;
}

/**
 * The label of an information category in the element's language (a translated message; core's Dutch
 * or English label, capitalised, for a code the messages do not know).
 */
export function categoryLabel(category: { readonly code?: string; readonly labelNl: string; readonly labelEn: string }, locale: string): string {
  const translated = category.code === undefined ? undefined : categoryLabelMessage(category.code);
  if (translated !== undefined) return translated;
  const label = pick({ nl: category.labelNl, en: category.labelEn }, locale);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The plain-language explanation of an information category in the element's language. */
export function categoryExplanation(category: { readonly code: string; readonly explanation: { readonly nl: string; readonly en: string } }, locale: string): string {
  return categoryExplanationMessage(category.code) ?? pick(category.explanation, locale);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` (creating one is slow; dashboards format many numbers). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month of the calendar (`YYYY-MM`) for people: "maart 2025", or "mrt" with `short`. */
export function formatMonth(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const key = `${locale} ${style}`;
  let format = monthFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
    monthFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  }
  return format.format(new Date(Date.UTC(year, m - 1, 1)));
}

let warmed = false;

/**
 * The first `Intl` object a page makes loads the browser's locale data, which takes tens of
 * milliseconds. Components call this when they connect: the set-up then happens while the page is idle
 * (typically while a feed is still loading), not in the middle of a component's first render.
 */
export function warmIntlWhenIdle(locale: string): void {
  if (warmed || typeof window === 'undefined') return;
  warmed = true;
  const warm = () => {
    new Intl.PluralRules(intlLocale(locale)).select(1);
    numberFormat(locale).format(1);
    formatDate('2025-01-01', locale);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 500 });
  else setTimeout(warm, 0);
}
