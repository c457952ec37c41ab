import { intlLocale } from './format.js';

/*
 * Numbers and plural categories for woo-kit's own locales without `Intl`. The first `Intl` object a
 * page creates loads the browser's ICU data, which takes tens of milliseconds (more than a dashboard
 * of 10,000 requests needs for everything else). The output is exactly what `Intl.NumberFormat` and
 * `Intl.PluralRules` give for these locales (number.browser.test.ts compares them); anything else (another
 * locale, a negative number, NaN, a number written with an exponent) still goes to `Intl`.
 */

/** Per locale: group separator, decimal separator, fewest digits before the first group, and the percent pattern. */
const SYMBOLS: Readonly<Record<string, readonly [group: string, decimal: string, minimumGrouping: number, percent: string]>> = {
  nl: ['.', ',', 4, '#%'],
  en: [',', '.', 4, '#%'],
  tr: ['.', ',', 4, '%#'],
  // Arabic with Western digits (see intlLocale); the percent sign between left-to-right marks.
  ar: [',', '.', 4, '#\u200e%\u200e'],
  // Polish groups from five digits on ("1000", "10 000"), with a no-break space, as CLDR says.
  pl: ['\u00a0', ',', 5, '#%'],
  uk: ['\u00a0', ',', 4, '#%'],
};

const intlNumbers = new Map<string, Intl.NumberFormat>();
const intlRules = new Map<string, Intl.PluralRules>();

function intlFormat(n: number, locale: string, digits: number, percent: boolean): string {
  const key = `${locale} ${digits} ${percent}`;
  let format = intlNumbers.get(key);
  if (!format) intlNumbers.set(key, (format = new Intl.NumberFormat(intlLocale(locale), percent ? { style: 'percent', maximumFractionDigits: digits } : { maximumFractionDigits: digits })));
  return format.format(n);
}

/**
 * `n` (times 100 when `percent`) rounded to at most `digits` decimals as `Intl.NumberFormat` does it:
 * from the shortest decimal that reads back as `n` (what `String(n)` gives), halves away from zero,
 * no trailing zeros. Returns the integer digits and the decimals, or undefined for an exponent.
 */
function round(n: number, digits: number, percent: boolean): [whole: string, fraction: string] | undefined {
  const text = String(n);
  if (text.includes('e')) return undefined;
  const point = text.indexOf('.');
  let all = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  // Where the decimal point goes in `all`; percent moves it two places to the right.
  let at = (point < 0 ? text.length : point) + (percent ? 2 : 0);
  while (all.length < at + digits + 1) all += '0';
  let kept = all.slice(0, at + digits);
  if (all.charCodeAt(at + digits) >= 53 /* "5" */) {
    // Add one to the last kept digit, carrying to the left.
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    kept = i < 0 ? `1${'0'.repeat(kept.length)}` : kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + '0'.repeat(kept.length - i - 1);
    if (i < 0) at++;
  }
  let whole = kept.slice(0, at).replace(/^0+(?=\d)/, '');
  if (whole === '') whole = '0';
  return [whole, kept.slice(at).replace(/0+$/, '')];
}

/**
 * `n` as `new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits })` formats it,
 * or with `percent`, as `{ style: 'percent', maximumFractionDigits: digits }` does (0.5 is "50%").
 */
export function formatNumber(n: number, locale: string, digits = 0, percent = false): string {
  const symbols = SYMBOLS[locale];
  const parts = symbols && n >= 0 && !Object.is(n, -0) && Number.isFinite(n) ? round(n, digits, percent) : undefined;
  if (!symbols || !parts) return intlFormat(n, locale, digits, percent);
  const [group, decimal, minimumGrouping, pattern] = symbols;
  let [whole, fraction] = parts;
  if (whole.length >= minimumGrouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const number = fraction ? whole + decimal + fraction : whole;
  return percent ? pattern.replace('#', number) : number;
}

/** The CLDR plural category of `n` in `locale`, as `new Intl.PluralRules(locale).select(n)` gives it. */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  // Whole numbers of the woo-kit locales by the CLDR rules; anything else is left to Intl.
  if (Number.isSafeInteger(n) && n >= 0) {
    const n10 = n % 10;
    const n100 = n % 100;
    switch (locale) {
      case 'nl':
      case 'en':
      case 'tr':
        return n === 1 ? 'one' : 'other';
      case 'ar':
        return n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : n100 >= 3 && n100 <= 10 ? 'few' : n100 >= 11 ? 'many' : 'other';
      case 'pl':
        return n === 1 ? 'one' : n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14) ? 'few' : 'many';
      case 'uk':
        return n10 === 1 && n100 !== 11 ? 'one' : n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14) ? 'few' : 'many';
    }
  }
  let rules = intlRules.get(locale);
  if (!rules) intlRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}
