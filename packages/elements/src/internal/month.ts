import { msg, str } from '@lit/localize';

/*
 * Names of months through @lit/localize, like every other text, instead of Intl.DateTimeFormat:
 * creating the first Intl object of a page is slow (it loads the browser's ICU data). The translations
 * give exactly what Intl.DateTimeFormat gave for woo-kit's locales (month.test.ts compares them).
 */

/** A month of the calendar (`YYYY-MM`) with its year, for people: "maart 2025", in the current locale. */
export function monthYearText(month: string): string {
  const year = Number(month.slice(0, 4));
  switch (Number(month.slice(5, 7))) {
    case 1:
      return msg(str`januari ${year}`, { id: 'month-year.1' });
    case 2:
      return msg(str`februari ${year}`, { id: 'month-year.2' });
    case 3:
      return msg(str`maart ${year}`, { id: 'month-year.3' });
    case 4:
      return msg(str`april ${year}`, { id: 'month-year.4' });
    case 5:
      return msg(str`mei ${year}`, { id: 'month-year.5' });
    case 6:
      return msg(str`juni ${year}`, { id: 'month-year.6' });
    case 7:
      return msg(str`juli ${year}`, { id: 'month-year.7' });
    case 8:
      return msg(str`augustus ${year}`, { id: 'month-year.8' });
    case 9:
      return msg(str`september ${year}`, { id: 'month-year.9' });
    case 10:
      return msg(str`oktober ${year}`, { id: 'month-year.10' });
    case 11:
      return msg(str`november ${year}`, { id: 'month-year.11' });
    default:
      return msg(str`december ${year}`, { id: 'month-year.12' });
  }
}

/** The short name of the month of `YYYY-MM`, without the year: "mrt", in the current locale. */
export function monthShortText(month: string): string {
  switch (Number(month.slice(5, 7))) {
    case 1:
      return msg('jan', { id: 'month-short.1' });
    case 2:
      return msg('feb', { id: 'month-short.2' });
    case 3:
      return msg('mrt', { id: 'month-short.3' });
    case 4:
      return msg('apr', { id: 'month-short.4' });
    case 5:
      return msg('mei', { id: 'month-short.5' });
    case 6:
      return msg('jun', { id: 'month-short.6' });
    case 7:
      return msg('jul', { id: 'month-short.7' });
    case 8:
      return msg('aug', { id: 'month-short.8' });
    case 9:
      return msg('sep', { id: 'month-short.9' });
    case 10:
      return msg('okt', { id: 'month-short.10' });
    case 11:
      return msg('nov', { id: 'month-short.11' });
    default:
      return msg('dec', { id: 'month-short.12' });
  }
}
