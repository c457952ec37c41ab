/** The text in the element's locale from a `{ nl, en }` pair (English for every other locale). */
export function pick(text: { readonly nl: string; readonly en: string }, locale: string): string {
  return locale === 'nl' ? text.nl : text.en;
}
