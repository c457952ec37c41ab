import { expect } from '@open-wc/testing';
import { configureWooKitLocalization } from '../localization.js';
import { allLocales } from '../generated/locale-codes.js';
import { intlLocale } from './format.js';
import { monthShortText, monthYearText } from './month.js';

// month.ts gives the names of months through @lit/localize instead of Intl.DateTimeFormat: in every
// woo-kit locale they must read exactly as Intl.DateTimeFormat wrote them.

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

describe('month names', () => {
  afterEach(() => l10n.setLocale('nl'));

  for (const locale of allLocales) {
    it(`are those of Intl.DateTimeFormat in ${locale}`, async () => {
      await l10n.setLocale(locale);
      const long = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', timeZone: 'UTC' });
      for (const year of [1900, 1999, 2024, 2025, 2200]) {
        for (let m = 1; m <= 12; m++) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, m - 1, 1));
          expect(monthYearText(month), month).to.equal(long.format(date));
          expect(monthShortText(month), month).to.equal(short.format(date));
        }
      }
    });
  }

  it('are in Dutch by hand', () => {
    expect(monthYearText('2025-03')).to.equal('maart 2025');
    expect(monthShortText('2025-03')).to.equal('mrt');
  });
});
