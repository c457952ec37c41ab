/**
 * The explanation trace: one step per rule applied, in Dutch (plain language, B1) and English.
 * Built only when someone reads `steps`, so computing many deadlines stays fast.
 */
import type { LocalizedText } from '@woo-kit/core';
import { closedReason, isoOf, type IsoDate } from './calendar.js';
import type { AppliedSuspension, Engine } from './engine.js';
import { days, fill, join, T, type Arg, type Template } from './texts.js';

/** One rule applied, ready to show as is. */
export interface Step {
  /** The article, e.g. "Woo 4.4 lid 2" or "Atw art. 1". */
  readonly rule: string;
  readonly date: IsoDate;
  readonly explanation: LocalizedText;
}

/** Makes a step. */
export const step = (rule: string, day: number, t: Template, ...args: Arg[]): Step => ({ rule, date: isoOf(day), explanation: fill(t, ...args) });

/** Atw art. 1: why and where a term end moves. */
const atwStep = (from: number, to: number): Step => step('Atw art. 1', to, T.atw_, from, closedReason(from), to);

const RULES = {
  zienswijze: 'Woo 4.4 lid 3',
  aanvulling: 'Awb 4:15 lid 1 sub a; Woo 4.1 lid 5',
  instemming: 'Awb 4:15 lid 2 sub a',
  overmacht: 'Awb 4:15 lid 2 sub c',
} as const;
const LID_1 = 'Woo 4.4 lid 1';
const LID_2 = 'Woo 4.4 lid 2';
const NOTHING: Template = '|';

// One suspension (Woo 4.4 lid 3, Awb 4:15): what it is, then what it did to the term.
function suspensionStep({ s_: s, counted_, added_, overlap_, end_ }: AppliedSuspension): Step {
  const kind = s.kind_;
  const dated = s.notified_ === s.notified_;
  const text = join(
    T[kind],
    dated && (kind === 'instemming' || kind === 'overmacht') ? T.started_ : NOTHING,
    counted_ ? join(T.counted_, overlap_ ? T.overlap_ : NOTHING, T.newEnd_) : T.notCounted_,
  );
  return step(RULES[kind], dated ? s.first_ : end_, text, s.notified_, s.first_, s.last_, s.last_ + 1, days(s.days_), days(added_ + overlap_), days(overlap_), end_);
}

/** Related dates, as day numbers. */
export interface RelatedDays {
  readonly clarify_: number;
  readonly notice_: number;
  readonly appeal_: number;
  readonly release_: number;
  readonly releaseBase_: number;
}

/** The other reading of Woo 4.4 lid 2 (Woo 4.4 lid 2; Atw art. 1), as a step. */
export const alternativeStep = (e: Engine): Step => step(`${LID_2}; Atw art. 1`, e.alt_, T.alternative_, e.firstEnd_, e.alt_);

/** The penalty text (Woo 8.2). */
export const PENALTY_TEXT: LocalizedText = fill(T.penalty_);

/** Every step of a deadline computation, in order. */
export function deadlineSteps(e: Engine, rel: RelatedDays): Step[] {
  const { received_: r, postponed_: p } = e.in_;
  const d = e.deadline_;
  const first = e.firstRawEnd_;
  const firstEnd = e.firstEnd_;
  const { clarify_: c, notice_: n, appeal_: a } = rel;
  // Suspensions counted in the first term come before the postponement, the others after it.
  const steps = [step(LID_1, r, T.received_, r), step(LID_1, r + 28, T.fourWeeks_, r + 28)];
  const later: Step[] = [];
  for (const x of e.applied_) (x.counted_ && x.end_ <= first ? steps : later).push(suspensionStep(x));
  if (firstEnd !== first) steps.push(atwStep(first, firstEnd)); // Atw art. 1
  if (e.valid_ !== undefined) steps.push(e.valid_ ? step(LID_2, p, T.postponement_, p, firstEnd, first, first + 14) : step(LID_2, p, T.tooLate_, p, firstEnd));
  steps.push(...later);
  if (e.rawEnd_ !== first && e.rawEnd_ !== d) steps.push(atwStep(e.rawEnd_, d)); // Atw art. 1
  steps.push(step(e.valid_ ? LID_2 : LID_1, d, T.deadline_, d));
  if (e.alt_ === e.alt_ && e.alt_ !== d) steps.push(alternativeStep(e));
  steps.push(
    step('Woo 4.1 lid 5', c, T.clarify_, c),
    step('Woo 4.6', c, T.abuse_, c),
    step('Awb 6:12 lid 2', n, T.notice_, d, n),
    step('Awb 6:12 lid 2 sub b', a, T.appeal_, n, a, a - 1),
    step('Woo 4.4 lid 5', rel.release_, T.release_, rel.releaseBase_, rel.release_),
    { rule: 'Woo 8.2', date: isoOf(a), explanation: PENALTY_TEXT },
  );
  return steps;
}
