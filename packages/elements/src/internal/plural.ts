import { msg, str } from '@lit/localize';

// Counts in words, for every plural category of CLDR (zero, one, two, few, many, other), so that
// translators of languages with more forms than Dutch (Polish, Ukrainian, Arabic) can fill in each.
// Each category has its own message id; in Dutch most are the same as "other".

/** "1 dag", "3 dagen" (calendar days), in the element's locale. */
export function daysText(n: number, locale: string): string {
  switch (new Intl.PluralRules(locale).select(n)) {
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
  switch (new Intl.PluralRules(locale).select(n)) {
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
