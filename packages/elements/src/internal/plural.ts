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
      return msg(str`${n} dagen`, { id: 'days.zero', desc: `Plural form "zero" (CLDR) of a number of calendar days. Fill in the forms your language uses; the \
others are never shown.` });
    case 'one':
      return msg(str`${n} dag`, { id: 'days.one', desc: `Plural form "one" (CLDR) of a number of calendar days. Fill in the forms your language uses; the \
others are never shown.` });
    case 'two':
      return msg(str`${n} dagen`, { id: 'days.two', desc: `Plural form "two" (CLDR) of a number of calendar days. Fill in the forms your language uses; the \
others are never shown.` });
    case 'few':
      return msg(str`${n} dagen`, { id: 'days.few', desc: `Plural form "few" (CLDR) of a number of calendar days. Fill in the forms your language uses; the \
others are never shown.` });
    case 'many':
      return msg(str`${n} dagen`, { id: 'days.many', desc: `Plural form "many" (CLDR) of a number of calendar days. Fill in the forms your language uses; the \
others are never shown.` });
    default:
      return msg(str`${n} dagen`, { id: 'days.other', desc: `Plural form "other" (CLDR) of a number of calendar days. Fill in the forms your language uses; the \
others are never shown.` });
  }
}

/** "1 werkdag", "3 werkdagen" (days that are not a weekend day or public holiday). */
export function workingDaysText(n: number, locale: string): string {
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${n} werkdagen`, { id: 'working-days.zero', desc: `Plural form "zero" (CLDR) of a number of working days (not a weekend day or public holiday). Fill in \
the forms your language uses; the others are never shown.` });
    case 'one':
      return msg(str`${n} werkdag`, { id: 'working-days.one', desc: `Plural form "one" (CLDR) of a number of working days (not a weekend day or public holiday). Fill in \
the forms your language uses; the others are never shown.` });
    case 'two':
      return msg(str`${n} werkdagen`, { id: 'working-days.two', desc: `Plural form "two" (CLDR) of a number of working days (not a weekend day or public holiday). Fill in \
the forms your language uses; the others are never shown.` });
    case 'few':
      return msg(str`${n} werkdagen`, { id: 'working-days.few', desc: `Plural form "few" (CLDR) of a number of working days (not a weekend day or public holiday). Fill in \
the forms your language uses; the others are never shown.` });
    case 'many':
      return msg(str`${n} werkdagen`, { id: 'working-days.many', desc: `Plural form "many" (CLDR) of a number of working days (not a weekend day or public holiday). Fill in \
the forms your language uses; the others are never shown.` });
    default:
      return msg(str`${n} werkdagen`, { id: 'working-days.other', desc: `Plural form "other" (CLDR) of a number of working days (not a weekend day or public holiday). Fill in \
the forms your language uses; the others are never shown.` });
  }
}

/** "1 publicatie", "1.234 publicaties" (the number formatted for the locale). */
export function publicationsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} publicaties`, { id: 'publications.zero', desc: `Plural form "zero" (CLDR) of a number of publications (documents). Fill in the forms your language \
uses; the others are never shown.` });
    case 'one':
      return msg(str`${count} publicatie`, { id: 'publications.one', desc: `Plural form "one" (CLDR) of a number of publications (documents). Fill in the forms your language \
uses; the others are never shown.` });
    case 'two':
      return msg(str`${count} publicaties`, { id: 'publications.two', desc: `Plural form "two" (CLDR) of a number of publications (documents). Fill in the forms your language \
uses; the others are never shown.` });
    case 'few':
      return msg(str`${count} publicaties`, { id: 'publications.few', desc: `Plural form "few" (CLDR) of a number of publications (documents). Fill in the forms your language \
uses; the others are never shown.` });
    case 'many':
      return msg(str`${count} publicaties`, { id: 'publications.many', desc: `Plural form "many" (CLDR) of a number of publications (documents). Fill in the forms your language \
uses; the others are never shown.` });
    default:
      return msg(str`${count} publicaties`, { id: 'publications.other', desc: `Plural form "other" (CLDR) of a number of publications (documents). Fill in the forms your language \
uses; the others are never shown.` });
  }
}

/** "1 publicatie gevonden", "12 publicaties gevonden": the number of search results. */
export function resultsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} publicaties gevonden`, { id: 'results.zero', desc: `Plural form "zero" (CLDR) of the number of search results (publications found). Fill in the forms your \
language uses; the others are never shown.` });
    case 'one':
      return msg(str`${count} publicatie gevonden`, { id: 'results.one', desc: `Plural form "one" (CLDR) of the number of search results (publications found). Fill in the forms your \
language uses; the others are never shown.` });
    case 'two':
      return msg(str`${count} publicaties gevonden`, { id: 'results.two', desc: `Plural form "two" (CLDR) of the number of search results (publications found). Fill in the forms your \
language uses; the others are never shown.` });
    case 'few':
      return msg(str`${count} publicaties gevonden`, { id: 'results.few', desc: `Plural form "few" (CLDR) of the number of search results (publications found). Fill in the forms your \
language uses; the others are never shown.` });
    case 'many':
      return msg(str`${count} publicaties gevonden`, { id: 'results.many', desc: `Plural form "many" (CLDR) of the number of search results (publications found). Fill in the forms your \
language uses; the others are never shown.` });
    default:
      return msg(str`${count} publicaties gevonden`, { id: 'results.other', desc: `Plural form "other" (CLDR) of the number of search results (publications found). Fill in the forms \
your language uses; the others are never shown.` });
  }
}

/** Records of a feed that are not valid and not shown: "1 publicatie in de lijst klopt niet. …". */
export function skippedText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.zero', desc: `Plural form "zero" (CLDR) of publications in a feed that are not valid and not shown. Fill in the \
forms your language uses; the others are never shown.` });
    case 'one':
      return msg(str`${count} publicatie in de lijst klopt niet. Die ziet u hier niet.`, { id: 'skipped.one', desc: `Plural form "one" (CLDR) of publications in a feed that are not valid and not shown. Fill in the forms \
your language uses; the others are never shown.` });
    case 'two':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.two', desc: `Plural form "two" (CLDR) of publications in a feed that are not valid and not shown. Fill in the forms \
your language uses; the others are never shown.` });
    case 'few':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.few', desc: `Plural form "few" (CLDR) of publications in a feed that are not valid and not shown. Fill in the forms \
your language uses; the others are never shown.` });
    case 'many':
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.many', desc: `Plural form "many" (CLDR) of publications in a feed that are not valid and not shown. Fill in the \
forms your language uses; the others are never shown.` });
    default:
      return msg(str`${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.`, { id: 'skipped.other', desc: `Plural form "other" (CLDR) of publications in a feed that are not valid and not shown. Fill in the \
forms your language uses; the others are never shown.` });
  }
}

/** "4 van de 5 verplichte categorieën hebben publicaties." (plural on the first number). */
export function mandatoryCoveredText(covered: number, total: number, locale: string): string {
  const n = formatCount(covered, locale);
  const of = formatCount(total, locale);
  switch (pluralCategory(covered, locale)) {
    case 'zero':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.zero', desc: `Plural form "zero" (CLDR) of mandatory information categories that have publications; the plural \
follows the first number. Fill in the forms your language uses; the others are never shown.` });
    case 'one':
      return msg(str`${n} van de ${of} verplichte categorieën heeft publicaties.`, { id: 'mandatory-covered.one', desc: `Plural form "one" (CLDR) of mandatory information categories that have publications; the plural \
follows the first number. Fill in the forms your language uses; the others are never shown.` });
    case 'two':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.two', desc: `Plural form "two" (CLDR) of mandatory information categories that have publications; the plural \
follows the first number. Fill in the forms your language uses; the others are never shown.` });
    case 'few':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.few', desc: `Plural form "few" (CLDR) of mandatory information categories that have publications; the plural \
follows the first number. Fill in the forms your language uses; the others are never shown.` });
    case 'many':
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.many', desc: `Plural form "many" (CLDR) of mandatory information categories that have publications; the plural \
follows the first number. Fill in the forms your language uses; the others are never shown.` });
    default:
      return msg(str`${n} van de ${of} verplichte categorieën hebben publicaties.`, { id: 'mandatory-covered.other', desc: `Plural form "other" (CLDR) of mandatory information categories that have publications; the plural \
follows the first number. Fill in the forms your language uses; the others are never shown.` });
  }
}

/** "1 verzoek", "3 verzoeken": a number of Woo requests. */
export function requestsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} verzoeken`, { id: 'requests.zero', desc: `Plural form "zero" (CLDR) of a number of Woo requests. Fill in the forms your language uses; the \
others are never shown.` });
    case 'one':
      return msg(str`${count} verzoek`, { id: 'requests.one', desc: `Plural form "one" (CLDR) of a number of Woo requests. Fill in the forms your language uses; the others \
are never shown.` });
    case 'two':
      return msg(str`${count} verzoeken`, { id: 'requests.two', desc: `Plural form "two" (CLDR) of a number of Woo requests. Fill in the forms your language uses; the others \
are never shown.` });
    case 'few':
      return msg(str`${count} verzoeken`, { id: 'requests.few', desc: `Plural form "few" (CLDR) of a number of Woo requests. Fill in the forms your language uses; the others \
are never shown.` });
    case 'many':
      return msg(str`${count} verzoeken`, { id: 'requests.many', desc: `Plural form "many" (CLDR) of a number of Woo requests. Fill in the forms your language uses; the \
others are never shown.` });
    default:
      return msg(str`${count} verzoeken`, { id: 'requests.other', desc: `Plural form "other" (CLDR) of a number of Woo requests. Fill in the forms your language uses; the \
others are never shown.` });
  }
}

/** Records of a request feed that are not valid: "1 verzoek in de lijst klopt niet en telt niet mee." */
export function skippedRequestsText(n: number, locale: string): string {
  const count = formatCount(n, locale);
  switch (pluralCategory(n, locale)) {
    case 'zero':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.zero', desc: `Plural form "zero" (CLDR) of Woo requests in a list that are not valid and not counted. Fill in the \
forms your language uses; the others are never shown.` });
    case 'one':
      return msg(str`${count} verzoek in de lijst klopt niet en telt niet mee.`, { id: 'skipped-requests.one', desc: `Plural form "one" (CLDR) of Woo requests in a list that are not valid and not counted. Fill in the \
forms your language uses; the others are never shown.` });
    case 'two':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.two', desc: `Plural form "two" (CLDR) of Woo requests in a list that are not valid and not counted. Fill in the \
forms your language uses; the others are never shown.` });
    case 'few':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.few', desc: `Plural form "few" (CLDR) of Woo requests in a list that are not valid and not counted. Fill in the \
forms your language uses; the others are never shown.` });
    case 'many':
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.many', desc: `Plural form "many" (CLDR) of Woo requests in a list that are not valid and not counted. Fill in the \
forms your language uses; the others are never shown.` });
    default:
      return msg(str`${count} verzoeken in de lijst kloppen niet en tellen niet mee.`, { id: 'skipped-requests.other', desc: `Plural form "other" (CLDR) of Woo requests in a list that are not valid and not counted. Fill in the \
forms your language uses; the others are never shown.` });
  }
}
