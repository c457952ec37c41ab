/**
 * Every explanation text, as one string "Dutch|English". Dutch is plain language (B1): short
 * sentences, legal terms explained. `{name}` is a value, filled in by `fill` and shown by `show`: a
 * date written out ("donderdag 27 april 2023"), a count of days when the name ends in "ays" ("3
 * dagen", "2 werkdagen" for `workingDays`), or the closed day `reason` ("een feestdag (Koningsdag)").
 * The names are those of the step's `values` (steps.ts).
 *
 * The keys of `T` without a trailing `_` give the public step keys (`StepKey` in steps.ts, the README
 * table): they are plain strings, so the bundle's property mangling (names ending in `_`) keeps them.
 */
import type { LocalizedText } from '@woo-kit/core';
import { iso, partsOf, weekdayOf } from './day.js';

/** A template, or a text, in both languages: "Dutch|English". */
export type Template = string;

const split = (s: string): string[] => s.split(' ');
/**
 * Names of closed days, [Dutch, English]: the weekdays, Sunday first (0–6), then the Atw holidays by
 * id (7 + the ids of calendar.ts `atwHolidays`; 7 + 10 is for `extraHolidays`).
 */
export const NAMES = [
  split('zondag maandag dinsdag woensdag donderdag vrijdag zaterdag').concat(
    (
      'Nieuwjaarsdag|Goede Vrijdag|Tweede Paasdag|Koningsdag|Koninginnedag|Bevrijdingsdag|Hemelvaartsdag|Tweede ' +
      'Pinksterdag|Eerste Kerstdag|Tweede Kerstdag|Extra feestdag'
    ).split('|'),
  ),
  split('Sunday Monday Tuesday Wednesday Thursday Friday Saturday').concat(
    (
      "New Year's Day|Good Friday|Easter Monday|King's Day|Queen's Day|Liberation Day|Ascension Day|Whit " +
      'Monday|Christmas Day|Second Christmas Day|Extra holiday'
    ).split('|'),
  ),
] as [string[], string[]];
const MONTHS = [
  split('januari februari maart april mei juni juli augustus september oktober november december'),
  split('January February March April May June July August September October November December'),
];

/**
 * A value of a text from a number: [Dutch, English, its JSON value]. A count of days when its name
 * ends in "ays" ("3 dagen", "1 werkdag"; the number), a closed day when it is `reason` (a `NAMES`
 * index: "een feestdag (Koningsdag)"; its key, the English name in lower case without "'" and with "-"
 * for spaces: "kings-day"), otherwise a day number: the date written out ("donderdag 27 april 2023";
 * `YYYY-MM-DD`).
 */
function show(name: string, v: number): [string, string, string | number] {
  if (/ays$/.test(name)) {
    const w = name === 'workingDays';
    return [
      `${v} ${w ? 'werkdag' : 'dag'}${v === 1 ? '' : 'en'}`,
      `${v} ${w ? 'working day' : 'day'}${v === 1 ? '' : 's'}`,
      v,
    ];
  }
  const [y, m, d] = partsOf(v);
  const [nl, en] = NAMES.map((names, lang) =>
    name === 'reason'
      ? v < 7
        ? `${lang ? 'a' : 'een'} ${names[v]}`
        : `${lang ? 'a public holiday' : 'een feestdag'} (${names[v]})`
      : `${names[weekdayOf(v)]} ${d} ${MONTHS[lang]![m - 1]} ${y}`,
  ) as [string, string];
  return [nl, en, name === 'reason' ? NAMES[1][v]!.toLowerCase().replace("'", '').replace(/ /g, '-') : iso(v)];
}

/**
 * Fills a template in both languages. Each value it names is a number from `get(name, index)`, in the
 * order the names first appear; `show` writes it out, and puts its JSON value in `values`.
 */
export function fill(
  t: Template,
  values: Record<string, unknown>,
  get: (name: string, index: number) => number,
): LocalizedText {
  const shown: Record<string, [string, string, unknown]> = {};
  let i = 0;
  const [nl, en] = t
    .split('|')
    .map((text, lang) =>
      text.replace(/\{(\w+)\}/g, (_, k: string) => (shown[k] ??= show(k, get(k, i++)))[lang] as string),
    );
  for (const k in shown) values[k] = shown[k]![2];
  return { nl: nl!, en: en! };
}

/** Templates one after the other. */
export const join = (...ts: Template[]): Template =>
  [0, 1].map((lang) => ts.map((t) => t.split('|')[lang]).join('')).join('|');

// The keys without a trailing `_` give the step keys: a suspension kind `k` is `suspension.<k>`, a
// stage `s` is `status.<s>` (both read at run time), the others are the step key itself. A
// suspension's text and its parts ending in `_` share one set of values.
export const T = {
  received:
    'Het verzoek kwam binnen op {receivedOn}. De termijn begint de dag erna.|Received on {receivedOn}. The ' +
    'term starts the next day.',
  'four-weeks':
    'De gemeente beslist binnen 4 weken: uiterlijk {end}.|The municipality decides within 4 weeks: by {end}.',
  zienswijze:
    'Op {notifiedOn} vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van ' +
    '{from} tot en met {endedOn}.|On {notifiedOn} another party was asked for its view (zienswijze). Suspended ' +
    'from {from} up to and including {endedOn}.',
  aanvulling:
    'Op {notifiedOn} vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil van {from} tot ' +
    '{endedOn}.|On {notifiedOn} the requester was asked to complete the request. Suspended from {from} until ' +
    '{endedOn}.',
  instemming: 'De verzoeker stemde in met {days} uitstel.|The requester agreed to {days} of suspension.',
  overmacht:
    'Door overmacht (iets buiten de macht van de gemeente) staat de termijn {days} stil.|Force majeure ' +
    'suspends the term for {days}.',
  started_: ' Vanaf {from}.| From {from}.',
  counted_: ' Dat is {suspendedDays}.| That is {suspendedDays}.',
  overlap_:
    ' {overlapDays} stonden al stil; die tellen niet dubbel.| {overlapDays} were already suspended and do not ' +
    'count twice.',
  newEnd_: ' Nieuwe einddatum: {end}.| New end: {end}.',
  notCounted_: ' Telt niet: de termijn liep al af op {end}.| This does not count: the term had ended on {end}.',
  atw:
    'De termijn eindigt op {end}, {reason}. Dan schuift hij door naar de volgende werkdag: {movedTo}.|The term ' +
    'ends on {end}, {reason}, so it moves to the next working day: {movedTo}.',
  postponement:
    'Op {postponedOn} verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, uiterlijk ' +
    '{firstTermEnd}. De 2 weken tellen vanaf {countedFrom}: nieuwe einddatum {end}.|On {postponedOn} the term ' +
    'was postponed by 2 weeks (allowed once, by {firstTermEnd}). Counted from {countedFrom}: new end {end}.',
  'postponement-too-late':
    'Op {postponedOn} verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en met ' +
    '{firstTermEnd}. De verdaging telt niet.|On {postponedOn} the term was postponed too late: the first term ' +
    'ran until {firstTermEnd}. It does not count.',
  deadline: 'De gemeente moet uiterlijk op {deadline} beslissen.|The municipality must decide by {deadline}.',
  alternative:
    'Andere uitleg: eerst de termijnenwet ({firstTermEnd}), dan 2 weken: {deadline}. Wij nemen de eerdere, ' +
    'veilige datum.|Other reading: Atw first ({firstTermEnd}), then 2 weeks: {deadline}. We use the earlier, ' +
    'safe date.',
  clarification:
    'Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk ' +
    '{due}.|Too broad or unclear? Ask for clarification within 2 weeks: by {due}.',
  abuse:
    'Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet ' +
    'te behandelen: uiterlijk {due}.|Abuse (clearly not about information)? Decide not to handle it within 2 ' +
    'weeks: by {due}.',
  'notice-of-default':
    'Geen besluit op {deadline}? Dan kan de verzoeker vanaf {from} een ingebrekestelling sturen: een brief ' +
    'dat de gemeente te laat is.|No decision by {deadline}? From {from} the requester can send a notice of ' +
    'default (ingebrekestelling).',
  appeal:
    'Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief kreeg. ' +
    'Kreeg zij hem op {noticeOn}, dan vanaf {from} (andere uitleg: {alternativeFrom}).|Then an appeal to the ' +
    'court, 2 weeks after the day the municipality received it: received {noticeOn}, appeal from {from} (other ' +
    'reading: {alternativeFrom}).',
  release:
    'Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit ' +
    '({decisionOn}): op {releaseOn}.|If a third party may object, release 2 weeks after the decision ' +
    '({decisionOn}): on {releaseOn}.',
  penalty:
    'Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen te ' +
    'beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per dag, tot € ' +
    '15.000).|The Awb 4:17 penalty does not apply to the Woo. A court can order a decision, usually within 2 ' +
    'weeks (Awb 8:55d), often with a penalty (e.g. €100 a day, up to €15,000).',
  'within-term':
    'Op {today} loopt de termijn: nog {days} ({workingDays}).|On {today} the term runs: {days} ({workingDays}) left.',
  suspended:
    'Op {today} staat de termijn stil: nog {days} ({workingDays}).|On {today} the term is suspended: {days} ' +
    '({workingDays}) left.',
  postponed:
    'Op {today} loopt de verdaagde termijn: nog {days} ({workingDays}).|On {today} the postponed term runs: ' +
    '{days} ({workingDays}) left.',
  late:
    'Op {today} is de gemeente {days} ({workingDays}) te laat.|On {today} the municipality is {days} ' +
    '({workingDays}) late.',
  'decided-on-time': 'Besluit op {decidedOn}: op tijd.|Decided on {decidedOn}: on time.',
  'decided-late':
    'Besluit op {decidedOn}: {days} ({workingDays}) te laat.|Decided on {decidedOn}: {days} ({workingDays}) late.',
  statistics:
    'Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met ' +
    'verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de ' +
    'termijn telt als te laat (peildatum {today}).|On time: decided by the last day. 4 weeks = 28 days after ' +
    'receipt; legal = with postponement, suspensions and the Atw; agreed = the agreed date. Open requests past ' +
    'it count as late (as of {today}).',
} as const;
