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
  received: ['Het verzoek kwam binnen op {0}. De termijn begint de dag erna.', 'The request came in on {0}. The term starts the next day.'],
  fourWeeks: ['De gemeente moet binnen 4 weken beslissen: uiterlijk {0}.', 'The municipality must decide within 4 weeks: by {0}.'],
  zienswijze: [
    'Op {0} vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van {1} tot en met {2}.',
    'On {0} the municipality asked another party for its view (zienswijze). The term is suspended from {1} up to and including {2}.',
  ],
  aanvulling: [
    'Op {0} vroeg de gemeente om het verzoek aan te vullen of uit te leggen. De termijn staat stil van {1} tot {2}; die dag telt weer mee.',
    'On {0} the municipality asked the requester to complete or clarify the request. The term is suspended from {1} until {2}, which counts again.',
  ],
  instemming: ['De verzoeker stemde in met {0} uitstel (opschorting).', 'The requester agreed to a suspension of {0}.'],
  overmacht: [
    'Door overmacht (iets waar de gemeente niets aan kan doen) staat de termijn {0} stil.',
    "Force majeure (a cause beyond the municipality's control) suspends the term for {0}.",
  ],
  started: [' Dat begon op {0}.', ' It started on {0}.'],
  counted: [' Dat is {0}.{1} De termijn eindigt nu op {2}.', ' That is {0}.{1} The term now ends on {2}.'],
  overlap: [' {0} daarvan stonden al stil en tellen niet dubbel.', ' {0} of them were already suspended and do not count twice.'],
  notCounted: [' Dit telt niet: de termijn liep al af op {0}.', ' This does not count: the term had already run out on {0}.'],
  atw: [
    'De termijn eindigt op {0}, {1}. Volgens de Algemene termijnenwet schuift hij door naar de volgende werkdag: {2}.',
    'The term ends on {0}, {1}. The Algemene termijnenwet (General Time Limits Act) moves it to the next working day: {2}.',
  ],
  postponed: [
    'Op {0} verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, vóór het einde van de eerste termijn ({1}). De 2 weken tellen vanaf {2}: de termijn eindigt nu op {3}.',
    'On {0} the municipality postponed the term by 2 weeks. This is allowed once, before the first term ends ({1}). The 2 weeks count from {2}: the term now ends on {3}.',
  ],
  tooLate: [
    'Op {0} verdaagde de gemeente de termijn. Dat was te laat: de eerste termijn liep tot en met {1}. De verdaging telt niet.',
    'On {0} the municipality postponed the term. That was too late: the first term ran until {1}. The postponement does not count.',
  ],
  deadline: ['De gemeente moet dus uiterlijk op {0} beslissen.', 'So the municipality must decide by {0}.'],
  alternative: [
    'Andere uitleg: eerst de Algemene termijnenwet ({0}), dan 2 weken erbij: {1}. Wij kiezen de eerdere datum; die is veilig.',
    'Other reading: apply the Atw first ({0}), then add 2 weeks: {1}. We use the earlier, safe date.',
  ],
  clarify: [
    'Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk {0}.',
    'If the request is too broad or unclear, the municipality asks for clarification within 2 weeks: by {0}.',
  ],
  abuse: [
    'Gaat het verzoek duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet te behandelen: uiterlijk {0}.',
    'If the request is clearly not about getting information (abuse), the municipality can decide within 2 weeks not to handle it: by {0}.',
  ],
  notice: [
    'Geen besluit op {0}? Dan kan de verzoeker vanaf {1} een ingebrekestelling sturen: een brief dat de gemeente te laat is. Eerder telt niet.',
    'No decision by {0}? From {1} the requester can send a notice of default (ingebrekestelling): a letter saying the municipality is late. Earlier does not count.',
  ],
  appeal: [
    'Daarna kan de verzoeker naar de rechter (beroep), 2 weken na de dag dat de gemeente de brief kreeg. Kreeg zij hem op {0}, dan vanaf {1}. Volgens een andere uitleg vanaf {2}.',
    'Then the requester can appeal to the court, 2 weeks after the day the municipality received the letter. If it came on {0}: from {1}. Another reading: from {2}.',
  ],
  release: [
    'Verwacht de gemeente bezwaar van een ander (een derde)? Dan geeft zij de informatie pas 2 weken na het besluit. Bij een besluit op {0} is dat {1}.',
    'If a third party is expected to object, the information is released 2 weeks after the decision: for a decision on {0}, on {1}.',
  ],
  penalty: [
    'Een dwangsom bij te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen om te beslissen, meestal binnen 2 weken (Awb 8:55d). Vaak met een dwangsom, bijvoorbeeld € 100 per dag tot € 15.000.',
    'The Awb 4:17 penalty for late decisions does not apply to the Woo. A court can order a decision, usually within 2 weeks (Awb 8:55d), often with its own penalty, e.g. €100 a day up to €15,000.',
  ],
  'within-term': ['Op {0} loopt de termijn nog: {1} over.', 'On {0} the term is running: {1} left.'],
  suspended: ['Op {0} staat de termijn stil. Als niets verandert: {1} over.', 'On {0} the term is suspended. If nothing changes: {1} left.'],
  'postponed-term': ['Op {0} loopt de verdaagde termijn: {1} over.', 'On {0} the postponed term is running: {1} left.'],
  late: ['Op {0} is de gemeente {1} te laat.', 'On {0} the municipality is {1} late.'],
  'decided-on-time': ['Besluit op {0}: op tijd.', 'Decided on {0}: on time.'],
  'decided-late': ['Besluit op {0}: {1} te laat.', 'Decided on {0}: {1} late.'],
} as const satisfies Record<string, Template>;
