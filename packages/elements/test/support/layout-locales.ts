// The languages the layout test renders every story and the demo page in: Dutch (the source), Arabic
// (right to left) and the language whose translations are longest in total (test/longest-locale.test.ts
// checks that against packages/elements/xliff, so this stays true when translations change).
export const LONGEST_LOCALE = 'pl';
export const LAYOUT_LOCALES = ['nl', 'ar', LONGEST_LOCALE] as const;
/** Every language of the demo page. */
export const ALL_LOCALES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
/** The widths the layout test looks at: a small phone, an ordinary phone, a tablet, a laptop. */
export const LAYOUT_WIDTHS = [320, 375, 768, 1280] as const;
