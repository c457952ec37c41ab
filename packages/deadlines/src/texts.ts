/**
 * Every explanation text, as one string "Dutch|English". Dutch is plain language (B1): short
 * sentences, legal terms explained. `{0}`, `{1}`… are filled in by `fill`: a day number becomes a
 * date written out ("donderdag 27 april 2023"), a text "nl|en" is taken as is.
 */
import type { LocalizedText } from '@woo-kit/core';
import { partsOf, weekdayOf } from './day.js';

/** A template, or a text, in both languages: "Dutch|English". */
export type Template = string;
/** A value for a template: a day number (shown as a date) or a text in both languages. */
export type Arg = number | Template;

/** A text made per language: 0 Dutch, 1 English. */
const both = (f: (lang: number) => string): Template => `${f(0)}|${f(1)}`;
/** One language of a text. */
const pick = (t: Template, lang: number): string => t.split('|')[lang]!;

const split = (s: string): string[] => s.split(' ');
/** Weekday names, Sunday first: [Dutch, English]. */
export const DAYS = [split('zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'), split('Sunday Monday Tuesday Wednesday Thursday Friday Saturday')];
const MONTHS = [
  split('januari februari maart april mei juni juli augustus september oktober november december'),
  split('January February March April May June July August September October November December'),
];

/** Fills a template in both languages. */
export function fill(t: Template, ...args: Arg[]): LocalizedText {
  const [nl, en] = t.split('|').map((text, lang) =>
    text.replace(/\{(\d)\}/g, (_, i: string) => {
      const a = args[+i]!;
      if (typeof a !== 'number') return pick(a, lang);
      // The date written out: "donderdag 27 april 2023" / "Thursday 27 April 2023".
      const [y, m, d] = partsOf(a);
      return `${DAYS[lang]![weekdayOf(a)]} ${d} ${MONTHS[lang]![m - 1]} ${y}`;
    }),
  );
  return { nl: nl!, en: en! };
}

/** Templates one after the other. */
export const join = (...ts: Template[]): Template => both((lang) => ts.map((t) => pick(t, lang)).join(''));

/** "1 dag", "3 dagen" / "1 day", "3 days" (with `nl` = "dag", `en` = "day"). */
const count = (n: number, nl: string, en: string): Template => both((lang) => `${n} ${lang ? en : nl}${n === 1 ? '' : lang ? 's' : 'en'}`);
/** "3 dagen" / "3 days". */
export const days = (n: number): Template => count(n, 'dag', 'day');
/** "3 dagen (2 werkdagen)" / "3 days (2 working days)". */
export const daysAndWorkingDays = (n: number, w: number): Template => join(days(n), ' (| (', count(w, 'werkdag', 'working day'), ')|)');

// Suspension texts share one list of values: {0} notice, {1} first day, {2} last day, {3} the day
// after it, {4} days as given, {5} days in total, {6} days already suspended, {7} the new end.
// Keys read at run time (a suspension kind, a stage) are plain; the others end in `_`.
export const T = {
  received_: 'Het verzoek kwam binnen op {0}. De termijn begint de dag erna.|Received on {0}. The term starts the next day.',
  fourWeeks_: 'De gemeente beslist binnen 4 weken: uiterlijk {0}.|The municipality decides within 4 weeks: by {0}.',
  zienswijze: 'Op {0} vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van {1} tot en met {2}.|On {0} another party was asked for its view (zienswijze). Suspended from {1} up to and including {2}.',
  aanvulling: 'Op {0} vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil van {1} tot {3}.|On {0} the requester was asked to complete the request. Suspended from {1} until {3}.',
  instemming: 'De verzoeker stemde in met {4} uitstel.|The requester agreed to {4} of suspension.',
  overmacht: 'Door overmacht (iets buiten de macht van de gemeente) staat de termijn {4} stil.|Force majeure suspends the term for {4}.',
  started_: ' Vanaf {1}.| From {1}.',
  counted_: ' Dat is {5}.| That is {5}.',
  overlap_: ' {6} stonden al stil; die tellen niet dubbel.| {6} were already suspended and do not count twice.',
  newEnd_: ' Nieuwe einddatum: {7}.| New end: {7}.',
  notCounted_: ' Telt niet: de termijn liep al af op {7}.| This does not count: the term had ended on {7}.',
  atw_: 'De termijn eindigt op {0}, {1}. Dan schuift hij door naar de volgende werkdag: {2}.|The term ends on {0}, {1}, so it moves to the next working day: {2}.',
  postponement_: 'Op {0} verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, uiterlijk {1}. De 2 weken tellen vanaf {2}: nieuwe einddatum {3}.|On {0} the term was postponed by 2 weeks (allowed once, by {1}). Counted from {2}: new end {3}.',
  tooLate_: 'Op {0} verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en met {1}. De verdaging telt niet.|On {0} the term was postponed too late: the first term ran until {1}. It does not count.',
  deadline_: 'De gemeente moet uiterlijk op {0} beslissen.|The municipality must decide by {0}.',
  alternative_: 'Andere uitleg: eerst de termijnenwet ({0}), dan 2 weken: {1}. Wij nemen de eerdere, veilige datum.|Other reading: Atw first ({0}), then 2 weeks: {1}. We use the earlier, safe date.',
  clarify_: 'Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk {0}.|Too broad or unclear? Ask for clarification within 2 weeks: by {0}.',
  abuse_: 'Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet te behandelen: uiterlijk {0}.|Abuse (clearly not about information)? Decide not to handle it within 2 weeks: by {0}.',
  notice_: 'Geen besluit op {0}? Dan kan de verzoeker vanaf {1} een ingebrekestelling sturen: een brief dat de gemeente te laat is.|No decision by {0}? From {1} the requester can send a notice of default (ingebrekestelling).',
  appeal_: 'Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief kreeg. Kreeg zij hem op {0}, dan vanaf {1} (andere uitleg: {2}).|Then an appeal to the court, 2 weeks after the day the municipality received it: received {0}, appeal from {1} (other reading: {2}).',
  release_: 'Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit ({0}): op {1}.|If a third party may object, release 2 weeks after the decision ({0}): on {1}.',
  penalty_: 'Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen te beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per dag, tot € 15.000).|The Awb 4:17 penalty does not apply to the Woo. A court can order a decision, usually within 2 weeks (Awb 8:55d), often with a penalty (e.g. €100 a day, up to €15,000).',
  'within-term': 'Op {0} loopt de termijn: nog {1}.|On {0} the term runs: {1} left.',
  suspended: 'Op {0} staat de termijn stil: nog {1}.|On {0} the term is suspended: {1} left.',
  postponed: 'Op {0} loopt de verdaagde termijn: nog {1}.|On {0} the postponed term runs: {1} left.',
  late: 'Op {0} is de gemeente {1} te laat.|On {0} the municipality is {1} late.',
  'decided-on-time': 'Besluit op {0}: op tijd.|Decided on {0}: on time.',
  'decided-late': 'Besluit op {0}: {1} te laat.|Decided on {0}: {1} late.',
  statistics_: 'Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de termijn telt als te laat (peildatum {0}).|On time: decided by the last day. 4 weeks = 28 days after receipt; legal = with postponement, suspensions and the Atw; agreed = the agreed date. Open requests past it count as late (as of {0}).',
} as const;
