import { expect } from '@open-wc/testing';
import { allLocales } from '../generated/locale-codes.js';
import {
  formatCount,
  formatDate,
  formatMonth,
  formatNumber,
  formatTime,
  formatWeekday,
  intlLocale,
  pluralCategory,
} from './intl.js';

// intl.ts is the one place the elements create Intl objects: its output is this engine's own Intl
// output for every woo-kit locale (never one engine's strings), and each formatter is made once.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('intl', () => {
  for (const locale of allLocales) {
    it(`formats as this engine's Intl does in ${locale}`, () => {
      const tag = intlLocale(locale);
      for (const n of [0, 1, 2, 5, 11, 22, 1234, 12345, 1234567.891, 0.285, -3]) {
        expect(formatCount(n, locale)).to.equal(new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(n));
        expect(formatNumber(n, locale, 1)).to.equal(new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(n));
        const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
        expect(formatNumber(n / 100, locale, 0, true)).to.equal(percent.format(n / 100));
        expect(pluralCategory(n, locale)).to.equal(new Intl.PluralRules(tag).select(n));
      }
      const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
      expect(formatDate('2025-03-28', locale)).to.equal(new Intl.DateTimeFormat(tag, long).format(day('2025-03-28')));
      const short = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
      expect(formatDate('2025-12-31', locale, 'short')).to.equal(
        new Intl.DateTimeFormat(tag, short).format(day('2025-12-31')),
      );
      const monthShort = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
      expect(formatMonth('2025-01', locale, 'short')).to.equal(monthShort.format(day('2025-01-01')));
      const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
      expect(formatWeekday(1, locale)).to.equal(weekday.format(day('1970-01-05')));
      expect(formatWeekday(7, locale)).to.equal(weekday.format(day('1970-01-11')));
      const time = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
      expect(formatTime('09:30', locale)).to.equal(time.format(new Date('1970-01-01T09:30:00Z')));
    });
  }

  it('writes British English and Arabic with Western digits', () => {
    expect(formatDate('2025-04-25', 'en')).to.equal(
      new Intl.DateTimeFormat('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(day('2025-04-25')),
    );
    expect(formatCount(1234, 'ar')).to.match(/^[0-9,.\u066c]+$/);
  });

  it('makes each formatter once per locale and options', () => {
    const original = Intl.NumberFormat;
    let made = 0;
    const counting = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made += 1;
      return new original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = counting;
    try {
      for (let n = 0; n < 100; n++) formatNumber(n, 'de', 2);
      for (let n = 0; n < 100; n++) formatNumber(n, 'de', 2, true);
    } finally {
      Intl.NumberFormat = original;
    }
    expect(made).to.equal(2);
  });
});
