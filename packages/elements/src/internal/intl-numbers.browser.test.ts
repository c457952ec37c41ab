import { expect } from '@open-wc/testing';
import { allLocales } from '../generated/locale-codes.js';
import { formatNumber, intlLocale, pluralCategory } from './intl.js';

// intl.ts formats numbers and picks plural forms through cached Intl objects: with every option it
// must give exactly what a fresh Intl object gives in this browser, for every woo-kit locale.

/** A repeatable list of numbers of every kind the components format. */
function numbers(): number[] {
  const list = [
    0, 1, 2, 5, 9, 10, 99, 100, 999, 1000, 1001, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 999999, 1000000,
    1234567, 9007199254740991,
  ];
  // Halves and values just around them, which show the rounding (0.995 is 0.99499… as a double).
  list.push(
    0.5,
    1.5,
    2.5,
    0.05,
    0.15,
    0.25,
    0.35,
    0.45,
    0.55,
    0.95,
    0.995,
    0.9949,
    0.9951,
    0.285,
    0.575,
    1.005,
    23.25,
    23.45,
    23.35,
    1000.5,
    1000.05,
    9999.95,
    99999.95,
    12345.6,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
  );
  // Shares of counts (what the dashboard shows as percentages) and medians and means of day counts.
  for (let of = 1; of <= 200; of++) for (let count = 0; count <= of; count++) list.push(count / of);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 2000; i++)
    list.push(Math.floor(random() * 200000) / 2, random() * 100, random() * 1e7, Math.floor(random() * 1e6) / 1000);
  // Very small and very large ones, and those Intl keeps to itself.
  list.push(
    1e-7,
    0.000001,
    1e21,
    1.5e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -1,
    -0.5,
    -1234.5,
    -0,
    NaN,
    Infinity,
    -Infinity,
  );
  return list;
}

describe('formatNumber', () => {
  for (const locale of allLocales) {
    it(`gives what Intl.NumberFormat gives in ${locale}, as a number and as a percentage`, () => {
      for (const digits of [0, 1, 2]) {
        const plain = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits });
        const percent = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: digits });
        for (const n of numbers()) {
          expect(formatNumber(n, locale, digits), `${n} with ${digits} digits`).to.equal(plain.format(n));
          expect(formatNumber(n, locale, digits, true), `${n} as a percentage with ${digits} digits`).to.equal(
            percent.format(n),
          );
        }
      }
    });
  }

  it('writes the examples by hand the same', () => {
    expect(formatNumber(1234, 'nl')).to.equal('1.234');
    expect(formatNumber(1234, 'pl')).to.equal('1234');
    expect(formatNumber(12345, 'pl')).to.equal('12\u00a0345');
    expect(formatNumber(38.5, 'en', 1)).to.equal('38.5');
    expect(formatNumber(0.995, 'nl', 0, true)).to.equal('100%');
    expect(formatNumber(0.5, 'tr', 0, true)).to.equal('%50');
    expect(formatNumber(0.5, 'ar', 0, true)).to.equal('50\u200e%\u200e');
  });

  it('leaves other locales to Intl', () => {
    expect(formatNumber(1234.5, 'de', 1)).to.equal(
      new Intl.NumberFormat('de', { maximumFractionDigits: 1 }).format(1234.5),
    );
  });
});

describe('pluralCategory', () => {
  for (const locale of allLocales) {
    it(`gives what Intl.PluralRules gives in ${locale}`, () => {
      const rules = new Intl.PluralRules(locale);
      for (let n = 0; n <= 100000; n++) expect(pluralCategory(n, locale), String(n)).to.equal(rules.select(n));
      for (const n of [
        1e6,
        1e6 + 1,
        1e6 + 2,
        1e6 + 11,
        1e6 + 21,
        9007199254740991,
        1.5,
        0.5,
        -1,
        -2,
        -11,
        NaN,
        Infinity,
      ]) {
        expect(pluralCategory(n, locale), String(n)).to.equal(rules.select(n));
      }
    });
  }
});
