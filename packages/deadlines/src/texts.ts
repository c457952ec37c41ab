/**
 * Every explanation text, as [Dutch, English] templates. Dutch is plain language (B1): short
 * sentences, legal terms explained. `{0}`, `{1}`… are filled in by `fill`: a day number becomes a
 * date written out ("donderdag 27 april 2023"), a [nl, en] pair is taken as is.
 */
import { partsFromDayNumber, weekday, type LocalizedText } from '@woo-kit/core';

/** A template in both languages. */
export type Template = readonly [nl: string, en: string];
/** A value for a template: a day number (shown as a date) or a text in both languages. */
export type Arg = number | Template;

const split = (s: string): string[] => s.split(' ');
const DAYS = [split('zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'), split('Sunday Monday Tuesday Wednesday Thursday Friday Saturday')];
const MONTHS = [
  split('januari februari maart april mei juni juli augustus september oktober november december'),
  split('January February March April May June July August September October November December'),
];

/** A day number written out: "donderdag 27 april 2023" (lang 0) or "Thursday 27 April 2023" (lang 1). */
export function longDate(day: number, lang: 0 | 1): string {
  const p = partsFromDayNumber(day);
  return `${DAYS[lang]![weekday(day)]} ${p.day} ${MONTHS[lang]![p.month - 1]} ${p.year}`;
}

/** Fills a template in both languages. */
export function fill(t: Template, ...args: Arg[]): LocalizedText {
  const one = (lang: 0 | 1): string =>
    t[lang].replace(/\{(\d)\}/g, (_, i: string) => {
      const a = args[Number(i)]!;
      return typeof a === 'number' ? longDate(a, lang) : a[lang];
    });
  return { nl: one(0), en: one(1) };
}

/** "3 dagen" / "3 days". */
export const days = (n: number): Template => [`${n} dag${n === 1 ? '' : 'en'}`, `${n} day${n === 1 ? '' : 's'}`];
/** "3 dagen (2 werkdagen)" / "3 days (2 working days)". */
export const daysAndWorkingDays = (n: number, w: number): Template => [
  `${days(n)[0]} (${w} werkdag${w === 1 ? '' : 'en'})`,
  `${days(n)[1]} (${w} working day${w === 1 ? '' : 's'})`,
];

export const T = {
  received: ['Het verzoek kwam binnen op {0}. De termijn begint de dag erna.', 'Received on {0}. The term starts the next day.'],
  fourWeeks: ['De gemeente beslist binnen 4 weken: uiterlijk {0}.', 'The municipality decides within 4 weeks: by {0}.'],
  zienswijze: [
    'Op {0} vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van {1} tot en met {2}.',
    'On {0} another party was asked for its view (zienswijze). Suspended from {1} up to and including {2}.',
  ],
  aanvulling: ['Op {0} vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil van {1} tot {2}.', 'On {0} the requester was asked to complete the request. Suspended from {1} until {2}.'],
  instemming: ['De verzoeker stemde in met {0} uitstel.', 'The requester agreed to {0} of suspension.'],
  overmacht: ['Door overmacht (iets buiten de macht van de gemeente) staat de termijn {0} stil.', 'Force majeure suspends the term for {0}.'],
  started: [' Vanaf {0}.', ' From {0}.'],
  counted: [' Dat is {0}.{1} Nieuwe einddatum: {2}.', ' That is {0}.{1} New end: {2}.'],
  overlap: [' {0} stonden al stil; die tellen niet dubbel.', ' {0} were already suspended and do not count twice.'],
  notCounted: [' Telt niet: de termijn liep al af op {0}.', ' This does not count: the term had ended on {0}.'],
  atw: ['De termijn eindigt op {0}, {1}. Dan schuift hij door naar de volgende werkdag: {2}.', 'The term ends on {0}, {1}, so it moves to the next working day: {2}.'],
  postponed: [
    'Op {0} verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, uiterlijk {1}. De 2 weken tellen vanaf {2}: nieuwe einddatum {3}.',
    'On {0} the term was postponed by 2 weeks (allowed once, by {1}). Counted from {2}: new end {3}.',
  ],
  tooLate: ['Op {0} verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en met {1}. De verdaging telt niet.', 'On {0} the term was postponed too late: the first term ran until {1}. It does not count.'],
  deadline: ['De gemeente moet uiterlijk op {0} beslissen.', 'The municipality must decide by {0}.'],
  alternative: ['Andere uitleg: eerst de termijnenwet ({0}), dan 2 weken: {1}. Wij nemen de eerdere, veilige datum.', 'Other reading: Atw first ({0}), then 2 weeks: {1}. We use the earlier, safe date.'],
  clarify: ['Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk {0}.', 'Too broad or unclear? Ask for clarification within 2 weeks: by {0}.'],
  abuse: ['Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet te behandelen: uiterlijk {0}.', 'Abuse (clearly not about information)? Decide not to handle it within 2 weeks: by {0}.'],
  notice: ['Geen besluit op {0}? Dan kan de verzoeker vanaf {1} een ingebrekestelling sturen: een brief dat de gemeente te laat is.', 'No decision by {0}? From {1} the requester can send a notice of default (ingebrekestelling).'],
  appeal: [
    'Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief kreeg. Kreeg zij hem op {0}, dan vanaf {1} (andere uitleg: {2}).',
    'Then an appeal to the court, 2 weeks after the day the municipality received it: received {0}, appeal from {1} (other reading: {2}).',
  ],
  release: ['Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit ({0}): op {1}.', 'If a third party may object, release 2 weeks after the decision ({0}): on {1}.'],
  penalty: [
    'Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen te beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per dag, tot € 15.000).',
    'The Awb 4:17 penalty does not apply to the Woo. A court can order a decision, usually within 2 weeks (Awb 8:55d), often with a penalty (e.g. €100 a day, up to €15,000).',
  ],
  'within-term': ['Op {0} loopt de termijn: nog {1}.', 'On {0} the term runs: {1} left.'],
  suspended: ['Op {0} staat de termijn stil: nog {1}.', 'On {0} the term is suspended: {1} left.'],
  'postponed-term': ['Op {0} loopt de verdaagde termijn: nog {1}.', 'On {0} the postponed term runs: {1} left.'],
  late: ['Op {0} is de gemeente {1} te laat.', 'On {0} the municipality is {1} late.'],
  'decided-on-time': ['Besluit op {0}: op tijd.', 'Decided on {0}: on time.'],
  'decided-late': ['Besluit op {0}: {1} te laat.', 'Decided on {0}: {1} late.'],
  statistics: [
    'Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de termijn telt als te laat (peildatum {0}).',
    'On time: decided by the last day. 4 weeks = 28 days after receipt; legal = with postponement, suspensions and the Atw; agreed = the agreed date. Open requests past it count as late (as of {0}).',
  ],
} as const satisfies Record<string, Template>;
