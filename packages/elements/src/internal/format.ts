// Dates and months are formatted in intl.ts, with every other use of Intl; they are exported here too
// for the components that import them from this module.
export { formatDate, formatMonth, intlLocale } from './intl.js';

/** The text in the element's locale from a `{ nl, en }` pair (English for every other locale). */
export function pick(text: { readonly nl: string; readonly en: string }, locale: string): string {
  return locale === 'nl' ? text.nl : text.en;
}
