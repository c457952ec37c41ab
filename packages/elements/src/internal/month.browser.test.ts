import { expect } from '@open-wc/testing';
import { allLocales } from '../generated/locale-codes.js';
import { formatMonth, intlLocale } from './intl.js';

// Month names come from the browser's own Intl (engines differ: WebKit writes the short Ukrainian
// January "січ.", Chromium "січ"), so they read like every other date on the page in that browser.

describe('month names', () => {
  for (const locale of allLocales) {
    it(`are this engine's Intl.DateTimeFormat names in ${locale}, for every month`, () => {
      const long = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', timeZone: 'UTC' });
      for (const year of [1900, 1999, 2024, 2025, 2200]) {
        for (let m = 1; m <= 12; m++) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, m - 1, 1));
          expect(formatMonth(month, locale), month).to.equal(long.format(date));
          expect(formatMonth(month, locale, 'short'), month).to.equal(short.format(date));
        }
      }
    });
  }

  it('name the month itself, whatever the time zone: the first and last month of a year', () => {
    expect(formatMonth('2025-03', 'nl')).to.equal('maart 2025');
    expect(formatMonth('2025-01', 'en')).to.equal('January 2025');
    expect(formatMonth('2025-12', 'en')).to.equal('December 2025');
  });
});
