/**
 * Short function words of titles, the one list the classifier's modules build their stop-word sets
 * from. Each module adds what it needs; changing the function words changes the model's features
 * (features.ts) and so means retraining.
 */
export const FUNCTION_WORDS: readonly string[] = [
  // Dutch
  'de',
  'het',
  'een',
  'van',
  'en',
  'in',
  'op',
  'over',
  'voor',
  'met',
  'aan',
  'te',
  'tot',
  'bij',
  'om',
  'of',
  'uit',
  'door',
  'naar',
  'inzake',
  // English
  'the',
  'and',
];

/** Abbreviations of reference lines in titles: "dd" (de dato), "nr" (nummer). */
export const REFERENCE_WORDS: readonly string[] = ['dd', 'nr'];
