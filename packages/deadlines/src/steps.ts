/**
 * The explanation trace: one step per rule applied, in Dutch (plain language, B1) and English.
 * Built only when someone reads `steps`, so computing many deadlines stays fast.
 */
import type { LocalizedText } from '@woo-kit/core';
import { closedReason, isoOf, type IsoDate } from './calendar.js';
import type { Engine } from './engine.js';
import { days, fill, T, type Arg, type Template } from './texts.js';

/** One rule applied, ready to show as is. */
export interface Step {
  /** The article, e.g. "Woo 4.4 lid 2" or "Atw art. 1". */
  readonly rule: string;
  readonly date: IsoDate;
  readonly explanation: LocalizedText;
}

/** Makes a step. */
export function step(rule: string, day: number, t: Template, ...args: Arg[]): Step {
  return { rule, date: isoOf(day), explanation: fill(t, ...args) };
}

/** Atw art. 1: why and where a term end moves. */
function atwStep(from: number, to: number): Step {
  const why = closedReason(from);
  return step('Atw art. 1', to, T.atw, from, [why.nl, why.en], to);
}

const RULES = {
  zienswijze: 'Woo 4.4 lid 3',
  aanvulling: 'Awb 4:15 lid 1 sub a; Woo 4.1 lid 5',
  instemming: 'Awb 4:15 lid 2 sub a',
  overmacht: 'Awb 4:15 lid 2 sub c',
} as const;

const pair = (x: LocalizedText): Template => [x.nl, x.en];
const NOTHING: Template = ['', ''];

function suspensionSteps(engine: Engine, phase: (endAfter: number, counted: boolean) => boolean): Step[] {
  const out: Step[] = [];
  for (const a of engine.applied) {
    if (!phase(a.endAfter, a.counted)) continue;
    const s = a.suspension;
    const n = s.notified;
    const dated = !Number.isNaN(n);
    let text =
      s.kind === 'zienswijze'
        ? fill(T.zienswijze, n, s.first, s.last)
        : s.kind === 'aanvulling'
          ? fill(T.aanvulling, n, s.first, s.last + 1)
          : fill(T[s.kind], days(s.days));
    if (dated && (s.kind === 'instemming' || s.kind === 'overmacht')) {
      const started = fill(T.started, s.first);
      text = { nl: text.nl + started.nl, en: text.en + started.en };
    }
    const tail = a.counted
      ? fill(T.counted, days(a.added + a.overlap), a.overlap > 0 ? pair(fill(T.overlap, days(a.overlap))) : NOTHING, a.endAfter)
      : fill(T.notCounted, a.endAfter);
    out.push({ rule: RULES[s.kind], date: isoOf(dated ? s.first : a.endAfter), explanation: { nl: text.nl + tail.nl, en: text.en + tail.en } });
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
export const alternativeText = (engine: Engine): LocalizedText => fill(T.alternative, engine.firstTermEnd, engine.alternative);

/** The penalty text (Woo 8.2). */
export const PENALTY_TEXT: LocalizedText = fill(T.penalty);

/** Every step of a deadline computation, in order. */
export function deadlineSteps(engine: Engine, rel: RelatedDays): Step[] {
  const { received, postponed } = engine.input;
  const d = engine.deadline;
  const first = engine.firstRawEnd;
  const steps: Step[] = [step('Woo 4.4 lid 1', received, T.received, received), step('Woo 4.4 lid 1', engine.fourWeeks, T.fourWeeks, engine.fourWeeks)];
  steps.push(...suspensionSteps(engine, (end, counted) => counted && end <= first));
  if (engine.firstTermEnd !== first) steps.push(atwStep(first, engine.firstTermEnd)); // Atw art. 1
  if (engine.postponementValid !== undefined) {
    steps.push(
      engine.postponementValid
        ? step('Woo 4.4 lid 2', postponed, T.postponed, postponed, engine.firstTermEnd, first, first + 14)
        : step('Woo 4.4 lid 2', postponed, T.tooLate, postponed, engine.firstTermEnd),
    );
  }
  steps.push(...suspensionSteps(engine, (end, counted) => !counted || end > first));
  if (engine.rawEnd !== first && engine.rawEnd !== d) steps.push(atwStep(engine.rawEnd, d)); // Atw art. 1
  steps.push(step(engine.postponementValid === true ? 'Woo 4.4 lid 2' : 'Woo 4.4 lid 1', d, T.deadline, d));
  if (!Number.isNaN(engine.alternative) && engine.alternative !== d) {
    steps.push({ rule: 'Woo 4.4 lid 2; Atw art. 1', date: isoOf(engine.alternative), explanation: alternativeText(engine) });
  }
  steps.push(
    step('Woo 4.1 lid 5', rel.clarify, T.clarify, rel.clarify),
    step('Woo 4.6', rel.clarify, T.abuse, rel.clarify),
    step('Awb 6:12 lid 2', rel.notice, T.notice, d, rel.notice),
    step('Awb 6:12 lid 2 sub b', rel.appeal, T.appeal, rel.notice, rel.appeal, rel.appeal - 1),
    step('Woo 4.4 lid 5', rel.release, T.release, rel.releaseBase, rel.release),
    { rule: 'Woo 8.2', date: isoOf(rel.appeal), explanation: PENALTY_TEXT },
  );
  return steps;
}
