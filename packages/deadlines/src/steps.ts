/**
 * The explanation trace: one step per rule applied, in Dutch (plain language, B1) and English.
 * Built only when someone reads `steps`, so computing many deadlines stays fast.
 */
import { partsFromDayNumber, weekday, type LocalizedText } from '@woo-kit/core';
import { closedReason, isoOf, type IsoDate } from './calendar.js';
import type { Engine } from './engine.js';

/** One rule applied, ready to show as is. */
export interface Step {
  /** The article, e.g. "Woo 4.4 lid 2" or "Atw art. 1". */
  readonly rule: string;
  readonly date: IsoDate;
  readonly explanation: LocalizedText;
}

const split = (s: string): string[] => s.split(' ');
const NL_DAYS = split('zondag maandag dinsdag woensdag donderdag vrijdag zaterdag');
const EN_DAYS = split('Sunday Monday Tuesday Wednesday Thursday Friday Saturday');
const NL_MONTHS = split('januari februari maart april mei juni juli augustus september oktober november december');
const EN_MONTHS = split('January February March April May June July August September October November December');

/** A day number as "donderdag 27 april 2023". */
export function nlDate(day: number): string {
  const p = partsFromDayNumber(day);
  return `${NL_DAYS[weekday(day)]} ${p.day} ${NL_MONTHS[p.month - 1]} ${p.year}`;
}

/** A day number as "Thursday 27 April 2023". */
export function enDate(day: number): string {
  const p = partsFromDayNumber(day);
  return `${EN_DAYS[weekday(day)]} ${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
}

/** "1 dag" / "3 dagen" and "1 day" / "3 days". */
export const nlDays = (n: number): string => `${n} dag${n === 1 ? '' : 'en'}`;
export const enDays = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** Makes a step. */
export function step(rule: string, day: number, nl: string, en: string): Step {
  return { rule, date: isoOf(day), explanation: { nl, en } };
}

/** Atw art. 1: why and where a term end moves. */
export function atwStep(from: number, to: number): Step {
  const why = closedReason(from);
  return step(
    'Atw art. 1',
    to,
    `De termijn eindigt op ${nlDate(from)}. Dat is ${why.nl}. Dan schuift de termijn door naar de volgende werkdag: ${nlDate(to)}. Zo staat het in de Algemene termijnenwet.`,
    `The term ends on ${enDate(from)}. That is ${why.en}. The Algemene termijnenwet (General Time Limits Act) then moves the end to the next working day: ${enDate(to)}.`,
  );
}

const RULES = {
  zienswijze: 'Woo 4.4 lid 3',
  aanvulling: 'Awb 4:15 lid 1 sub a; Woo 4.1 lid 5',
  instemming: 'Awb 4:15 lid 2 sub a',
  overmacht: 'Awb 4:15 lid 2 sub c',
} as const;

function suspensionSteps(engine: Engine, phase: (endAfter: number, counted: boolean) => boolean): Step[] {
  const out: Step[] = [];
  for (const a of engine.applied) {
    if (!phase(a.endAfter, a.counted)) continue;
    const s = a.suspension;
    const n = s.notified;
    const dated = !Number.isNaN(n);
    let nl: string;
    let en: string;
    if (s.kind === 'zienswijze') {
      nl = `Op ${nlDate(n)} meldde de gemeente dat zij een ander om zijn mening vraagt (een zienswijze). De termijn staat dan stil van ${nlDate(s.first)} tot en met ${nlDate(s.last)}.`;
      en = `On ${enDate(n)} the municipality said it would ask another party for its view (zienswijze). The term is suspended from ${enDate(s.first)} up to and including ${enDate(s.last)}.`;
    } else if (s.kind === 'aanvulling') {
      nl = `Op ${nlDate(n)} vroeg de gemeente de verzoeker om het verzoek aan te vullen of duidelijker te maken. De termijn staat dan stil van ${nlDate(s.first)} tot ${nlDate(s.last + 1)}. Op die dag loopt de termijn weer.`;
      en = `On ${enDate(n)} the municipality asked the requester to complete or clarify the request. The term is suspended from ${enDate(s.first)} until ${enDate(s.last + 1)}, when it runs again.`;
    } else {
      nl =
        s.kind === 'instemming'
          ? `De verzoeker stemde schriftelijk in met ${nlDays(s.days)} uitstel. Zo lang staat de termijn stil (opschorting).`
          : `Door overmacht (een oorzaak waar de gemeente niets aan kan doen) staat de termijn ${nlDays(s.days)} stil.`;
      en =
        s.kind === 'instemming'
          ? `The requester agreed in writing to suspend the term for ${enDays(s.days)}.`
          : `Force majeure (a cause beyond the municipality's control) suspends the term for ${enDays(s.days)}.`;
      if (dated) {
        nl += ` Dat begon op ${nlDate(s.first)}.`;
        en += ` It started on ${enDate(s.first)}.`;
      }
    }
    if (a.counted) {
      const all = a.added + a.overlap;
      nl += ` Dat is ${nlDays(all)}.`;
      en += ` That is ${enDays(all)}.`;
      if (a.overlap > 0) {
        nl += ` Daarvan stond de termijn al ${nlDays(a.overlap)} stil. Die tellen niet dubbel.`;
        en += ` The term was already suspended on ${enDays(a.overlap)} of them; those do not count twice.`;
      }
      nl += ` De termijn eindigt nu op ${nlDate(a.endAfter)}.`;
      en += ` The term now ends on ${enDate(a.endAfter)}.`;
    } else {
      nl += ` Dit telt niet mee: de termijn liep al af op ${nlDate(a.endAfter)}.`;
      en += ` This does not count: the term had already run out on ${enDate(a.endAfter)}.`;
    }
    out.push(step(RULES[s.kind], dated ? s.first : a.endAfter, nl, en));
  }
  return out;
}

/** Related dates, as day numbers. */
export interface RelatedDays {
  readonly clarify: number;
  readonly notice: number;
  readonly appeal: number;
  readonly release: number;
  readonly releaseBase: number;
}

/** The explanation of the other reading of Woo 4.4 lid 2. */
export function alternativeText(engine: Engine): LocalizedText {
  return {
    nl: `Een andere uitleg: eerst de Algemene termijnenwet toepassen (${nlDate(engine.firstTermEnd)}), dan 2 weken erbij. Dan wordt het ${nlDate(engine.alternative)}. Wij kiezen de eerdere datum. Die is veilig voor de gemeente.`,
    en: `Another reading: apply the Atw first (${enDate(engine.firstTermEnd)}), then add 2 weeks. That gives ${enDate(engine.alternative)}. We use the earlier date, which is safe for the municipality.`,
  };
}

/** The penalty text (Woo 8.2). */
export const PENALTY_TEXT: LocalizedText = {
  nl: 'Een dwangsom bij te laat beslissen (Awb 4:17) geldt niet voor Woo-verzoeken (Woo 8.2). Na beroep kan de rechter de gemeente wel opdragen om te beslissen, meestal binnen 2 weken (Awb 8:55d). Vaak legt de rechter daarbij een dwangsom op, bijvoorbeeld € 100 per dag tot € 15.000.',
  en: 'The Awb 4:17 penalty for late decisions does not apply to Woo requests (Woo 8.2). After an appeal, a court can order the municipality to decide, usually within 2 weeks (Awb 8:55d), and often adds its own penalty, for example €100 a day up to €15,000.',
};

/** Every step of a deadline computation, in order. */
export function deadlineSteps(engine: Engine, rel: RelatedDays): Step[] {
  const { received } = engine.input;
  const postponed = engine.input.postponed;
  const d = engine.deadline;
  const steps: Step[] = [
    step(
      'Woo 4.4 lid 1',
      received,
      `De gemeente kreeg het verzoek op ${nlDate(received)}. De termijn begint de dag daarna.`,
      `The request was received on ${enDate(received)}. The term starts the next day.`,
    ),
    step(
      'Woo 4.4 lid 1',
      engine.fourWeeks,
      `De gemeente moet binnen 4 weken beslissen. Die 4 weken eindigen op ${nlDate(engine.fourWeeks)}.`,
      `The municipality must decide within 4 weeks. The 4 weeks end on ${enDate(engine.fourWeeks)}.`,
    ),
  ];
  const first = engine.firstRawEnd;
  steps.push(...suspensionSteps(engine, (end, counted) => counted && end <= first));
  if (engine.firstTermEnd !== first) steps.push(atwStep(first, engine.firstTermEnd));
  if (engine.postponementValid !== undefined) {
    steps.push(
      engine.postponementValid
        ? step(
            'Woo 4.4 lid 2',
            postponed,
            `Op ${nlDate(postponed)} meldde de gemeente dat zij de termijn verdaagt: zij neemt 2 weken extra. Dat mag één keer, als de eerste termijn nog loopt (tot en met ${nlDate(engine.firstTermEnd)}). De 2 weken tellen vanaf ${nlDate(first)}. De termijn eindigt nu op ${nlDate(first + 14)}.`,
            `On ${enDate(postponed)} the municipality gave notice that it postpones the decision by 2 weeks. This is allowed once, while the first term runs (until ${enDate(engine.firstTermEnd)}). The 2 weeks count from ${enDate(first)}. The term now ends on ${enDate(first + 14)}.`,
          )
        : step(
            'Woo 4.4 lid 2',
            postponed,
            `Op ${nlDate(postponed)} meldde de gemeente dat zij de termijn verdaagt. Dat was te laat: de eerste termijn liep tot en met ${nlDate(engine.firstTermEnd)}. Daarom telt de verdaging niet.`,
            `On ${enDate(postponed)} the municipality gave notice of a postponement. That was too late: the first term ran until ${enDate(engine.firstTermEnd)}. So the postponement does not count.`,
          ),
    );
  }
  steps.push(...suspensionSteps(engine, (end, counted) => !counted || end > first));
  if (engine.rawEnd !== first && engine.rawEnd !== d) steps.push(atwStep(engine.rawEnd, d));
  steps.push(
    step(engine.postponementValid === true ? 'Woo 4.4 lid 2' : 'Woo 4.4 lid 1', d, `De gemeente moet dus uiterlijk op ${nlDate(d)} beslissen.`, `So the municipality must decide by ${enDate(d)} at the latest.`),
  );
  if (!Number.isNaN(engine.alternative) && engine.alternative !== d) {
    const t = alternativeText(engine);
    steps.push(step('Woo 4.4 lid 2; Atw art. 1', engine.alternative, t.nl, t.en));
  }
  steps.push(
    step(
      'Woo 4.1 lid 5',
      rel.clarify,
      `Is het verzoek te breed of niet duidelijk? Dan moet de gemeente binnen 2 weken na ontvangst vragen om het duidelijker te maken. Dat is uiterlijk ${nlDate(rel.clarify)}.`,
      `If the request is too broad or unclear, the municipality must ask the requester to make it clearer within 2 weeks of receipt: by ${enDate(rel.clarify)}.`,
    ),
    step(
      'Woo 4.6',
      rel.clarify,
      `Is het verzoek duidelijk bedoeld voor iets anders dan informatie krijgen (misbruik)? Dan mag de gemeente besluiten het niet te behandelen. Dat moet binnen 2 weken na ontvangst: uiterlijk ${nlDate(rel.clarify)}.`,
      `If the request clearly aims at something other than getting information (abuse), the municipality may decide not to handle it. It must do so within 2 weeks of receipt: by ${enDate(rel.clarify)}.`,
    ),
    step(
      'Awb 6:12 lid 2',
      rel.notice,
      `Is er na ${nlDate(d)} nog geen besluit? Dan kan de verzoeker vanaf ${nlDate(rel.notice)} een ingebrekestelling sturen. Dat is een brief aan de gemeente: "u bent te laat". Een brief die eerder binnenkomt, telt niet.`,
      `If there is no decision by ${enDate(d)}, the requester can send a notice of default (ingebrekestelling: a letter telling the municipality it is late) from ${enDate(rel.notice)}. A letter that arrives earlier does not count.`,
    ),
    step(
      'Awb 6:12 lid 2 sub b',
      rel.appeal,
      `Komt er dan nog steeds geen besluit? Dan kan de verzoeker in beroep gaan bij de rechter. Dat kan als 2 weken voorbij zijn na de dag waarop de gemeente de ingebrekestelling kreeg. Kreeg zij die op ${nlDate(rel.notice)}? Dan kan het beroep vanaf ${nlDate(rel.appeal)}. Volgens een andere uitleg al vanaf ${nlDate(rel.appeal - 1)}.`,
      `If there is still no decision, the requester can appeal to the court for failure to decide, once 2 weeks have passed after the day the municipality received the notice. If it arrived on ${enDate(rel.notice)}, the appeal can be filed from ${enDate(rel.appeal)} (another reading: from ${enDate(rel.appeal - 1)}).`,
    ),
    step(
      'Woo 4.4 lid 5',
      rel.release,
      `Verwacht de gemeente dat een ander (een derde) bezwaar maakt tegen openbaarmaking? Dan geeft zij de informatie pas 2 weken na het besluit. Bij een besluit op ${nlDate(rel.releaseBase)} is dat ${nlDate(rel.release)}.`,
      `If the municipality expects a third party to object to the release, it releases the information only 2 weeks after the decision. For a decision on ${enDate(rel.releaseBase)} that is ${enDate(rel.release)}.`,
    ),
    step('Woo 8.2', rel.appeal, PENALTY_TEXT.nl, PENALTY_TEXT.en),
  );
  return steps;
}
