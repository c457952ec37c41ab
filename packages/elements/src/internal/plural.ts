import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from './number.js';

// Counts are formatted and their plural forms chosen without Intl (number.ts): creating the first
// Intl object of a page is slow, and lists and dashboards format many counts.
/** A whole number as people read it in `locale` (`1.234` in Dutch). */
export const formatCount = (n: number, locale: string): string => formatNumber(n, locale);

// Counts in words, for every plural category of CLDR (zero, one, two, few, many, other), so that
// translators of languages with more forms than Dutch (Polish, Ukrainian, Arabic) can fill in each.
// Each category has its own message id; in Dutch most are the same as "other".

/** "1 dag", "3 dagen" (calendar days), in the element's locale. */
export function daysText(n: number, locale: string): string {
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${n} dagen`, { id: 'days.zero' });
    case 'one':
      return msg(str`${n} dag`, { id: 'days.one' });
    case 'two':
      return msg(str`${n} dagen`, { id: 'days.two' });
    case 'few':
      return msg(str`${n} dagen`, { id: 'days.few' });
    case 'many':
      return msg(str`${n} dagen`, { id: 'days.many' });
    default:
      return msg(str`${n} dagen`, { id: 'days.other' });
  }
}

/** "1 werkdag", "3 werkdagen" (days that are not a weekend day or public holiday). */
export function workingDaysText(n: number, locale: string): string {
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${n} werkdagen`, { id: 'working-days.zero' });
    case 'one':
      return msg(str`${n} werkdag`, { id: 'working-days.one' });
    case 'two':
      return msg(str`${n} werkdagen`, { id: 'working-days.two' });
    case 'few':
      return msg(str`${n} werkdagen`, { id: 'working-days.few' });
    case 'many':
      return msg(str`${n} werkdagen`, { id: 'working-days.many' });
    default:
      return msg(str`${n} werkdagen`, { id: 'working-days.other' });
  }
}

/** "1 publicatie", "1.234 publicaties" (the number formatted for the locale). */
export function publicationsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} publicaties`, { id: 'publications.zero' });
    case 'one':
      return msg(str`${count} publicatie`, { id: 'publications.one' });
    case 'two':
      return msg(str`${count} publicaties`, { id: 'publications.two' });
    case 'few':
      return msg(str`${count} publicaties`, { id: 'publications.few' });
    case 'many':
      return msg(str`${count} publicaties`, { id: 'publications.many' });
    default:
      return msg(str`${count} publicaties`, { id: 'publications.other' });
  }
}

/** "1 publicatie gevonden", "12 publicaties gevonden": the number of search results. */
export function resultsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} publicaties gevonden`, { id: 'results.zero' });
    case 'one':
      return msg(str`${count} publicatie gevonden`, { id: 'results.one' });
    case 'two':
      return msg(str`${count} publicaties gevonden`, { id: 'results.two' });
    case 'few':
      return msg(str`${count} publicaties gevonden`, { id: 'results.few' });
    case 'many':
      return msg(str`${count} publicaties gevonden`, { id: 'results.many' });
    default:
      return msg(str`${count} publicaties gevonden`, { id: 'results.other' });
  }
}

/** Records of a feed that are not valid and not shown: "1 publicatie in de lijst klopt niet. …". */
export function skippedText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.zero' });
    case 'one':
      return msg(str`${count} publicatie in de lijst klopt niet. Die ziet u hier niet.`, { id: 'skipped.one' });
    case 'two':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.two' });
    case 'few':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.few' });
    case 'many':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.many' });
    default:
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.other' });
  }
}

/** "4 van de 5 verplichte categorieën hebben publicaties." (plural on the first number). */
export function mandatoryCoveredText(covered: number, total: number, locale: string): string {
  const n = formatCount(covered, locale);
  const of = formatCount(total, locale);
  switch (pluralCategory(covered, locale)) {
    case 'zero':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.zero' });
    case 'one':
      return msg(str`${n} van de ${of} verplichte categorieën heeft publicaties.`, { id: 'mandatory-covered.one' });
    case 'two':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.two' });
    case 'few':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.few' });
    case 'many':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.many' });
    default:
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.other' });
  }
}

/** "1 verzoek", "3 verzoeken": a number of Woo requests. */
export function requestsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} verzoeken`, { id: 'requests.zero' });
    case 'one':
      return msg(str`${count} verzoek`, { id: 'requests.one' });
    case 'two':
      return msg(str`${count} verzoeken`, { id: 'requests.two' });
    case 'few':
      return msg(str`${count} verzoeken`, { id: 'requests.few' });
    case 'many':
      return msg(str`${count} verzoeken`, { id: 'requests.many' });
    default:
      return msg(str`${count} verzoeken`, { id: 'requests.other' });
  }
}

/** Records of a request feed that are not valid: "1 verzoek in de lijst klopt niet en telt niet mee." */
export function skippedRequestsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.zero' });
    case 'one':
      return msg(str`${count} verzoek in de lijst klopt niet en telt niet mee.`, { id: 'skipped-requests.one' });
    case 'two':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.two' });
    case 'few':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.few' });
    case 'many':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.many' });
    default:
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.other' });
  }
}
