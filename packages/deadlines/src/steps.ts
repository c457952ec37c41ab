/**
 * The explanation trace: one step per rule applied, in Dutch (plain language, B1) and English, with a
 * stable `key` and the `values` its text uses, so that other languages can render it too.
 * Built only when someone reads `steps`, so computing many deadlines stays fast.
 */
import type { LocalizedText } from '@woo-kit/core';
import { closedReason, isoOf, type ClosedDayReason, type IsoDate } from './calendar.js';
import type { AppliedSuspension, Engine, RelatedDays } from './engine.js';
import type { SuspensionKind } from './input.js';
import { fill, join, T, type Template } from './texts.js';

/**
 * What a suspension did to the term: counted, with the days it covers (`overlapDays` of them, only
 * when more than 0, were suspended already) and the term end after it (before the Atw); or not
 * counted, with the end of the term it came too late for.
 */
export type SuspensionOutcome =
  | { readonly counted: true; readonly suspendedDays: number; readonly overlapDays?: number; readonly end: IsoDate }
  | { readonly counted: false; readonly end: IsoDate };
/** A suspension with a period: notice, first suspended day, and `endedOn` as given. */
type Period = { readonly notifiedOn: IsoDate; readonly from: IsoDate; readonly endedOn: IsoDate } & SuspensionOutcome;
/**
 * A suspension of a number of days (`instemming`, `overmacht`); `from` the day after the notice, when one was given.
 */
type Days = { readonly days: number; readonly from?: IsoDate } & SuspensionOutcome;
/** Days left or late, in calendar days and working days. */
type Count = { readonly days: number; readonly workingDays: number };

/**
 * The values of each step's text, by key (README "Step keys"). Dates are `YYYY-MM-DD`, counts are
 * numbers of days, `reason` is the key of a closed day (`saturday`, `sunday`, `kings-day`, …).
 */
export type StepValues = {
  readonly received: { readonly receivedOn: IsoDate };
  readonly 'four-weeks': { readonly end: IsoDate };
  readonly 'suspension.zienswijze': Period;
  readonly 'suspension.aanvulling': Period;
  readonly 'suspension.instemming': Days;
  readonly 'suspension.overmacht': Days;
  readonly atw: { readonly end: IsoDate; readonly reason: ClosedDayReason; readonly movedTo: IsoDate };
  readonly postponement: {
    readonly postponedOn: IsoDate;
    readonly firstTermEnd: IsoDate;
    readonly countedFrom: IsoDate;
    readonly end: IsoDate;
  };
  readonly 'postponement-too-late': { readonly postponedOn: IsoDate; readonly firstTermEnd: IsoDate };
  readonly deadline: { readonly deadline: IsoDate };
  readonly alternative: { readonly firstTermEnd: IsoDate; readonly deadline: IsoDate };
  readonly clarification: { readonly due: IsoDate };
  readonly abuse: { readonly due: IsoDate };
  readonly 'notice-of-default': { readonly deadline: IsoDate; readonly from: IsoDate };
  readonly appeal: { readonly noticeOn: IsoDate; readonly from: IsoDate; readonly alternativeFrom: IsoDate };
  readonly release: { readonly decisionOn: IsoDate; readonly releaseOn: IsoDate };
  readonly penalty: { readonly [key: string]: never };
  readonly 'status.within-term': { readonly today: IsoDate } & Count;
  readonly 'status.suspended': { readonly today: IsoDate } & Count;
  readonly 'status.postponed': { readonly today: IsoDate } & Count;
  readonly 'status.late': { readonly today: IsoDate } & Count;
  readonly 'status.decided-on-time': { readonly decidedOn: IsoDate };
  readonly 'status.decided-late': { readonly decidedOn: IsoDate } & Count;
  readonly statistics: { readonly today: IsoDate };
};

/** Where a request stands on a given day (`deadlineStatus`); the key of its step is `status.<stage>`. */
export type Stage = 'within-term' | 'suspended' | 'postponed' | 'late' | 'decided-on-time' | 'decided-late';

/** The stable, machine-readable key of a step text (README "Step keys"). */
export type StepKey = keyof StepValues;

/** The step key a text of texts.ts gives: `suspension.<kind>`, `status.<stage>`, or its own key. */
type KeyOfText<K> = K extends `${string}_`
  ? never
  : K extends SuspensionKind
    ? `suspension.${K}`
    : K extends Stage
      ? `status.${K}`
      : K;
/** Compile-time check: the texts of texts.ts give exactly the step keys. */
export type TextsMatchKeys = Check<
  [KeyOfText<keyof typeof T>, StepKey] extends [StepKey, KeyOfText<keyof typeof T>] ? true : false
>;
type Check<T extends true> = T;

/** One rule applied, with the key and values of its text. */
export interface StepOf<K extends StepKey> {
  /** The article, e.g. "Woo 4.4 lid 2" or "Atw art. 1". */
  readonly rule: string;
  readonly date: IsoDate;
  /** Which text this is; stable across versions (README "Step keys"). */
  readonly key: K;
  /** The variables of the text, as plain JSON. */
  readonly values: StepValues[K];
  /** The text in Dutch (plain language, B1) and English, ready to show as is. */
  readonly explanation: LocalizedText;
}

/** One rule applied, ready to show as is (`explanation`) or to render in any language (`key`, `values`). */
export type Step = { [K in StepKey]: StepOf<K> }[StepKey];

/**
 * Makes a step from a text: its values are those the text names, in the order they first appear,
 * each a number from `get(name, index)` (texts.ts `fill`): a day number becomes a `YYYY-MM-DD` date, a
 * closed day (`reason`, a texts.ts `NAMES` index) its key, and a count of days (a name ending in "ays":
 * `days`, `workingDays`, `suspendedDays`, `overlapDays`) stays a number.
 */
function make(
  rule: string,
  day: number,
  key: StepKey,
  text: Template,
  get: (name: string, index: number) => number,
  values: Record<string, unknown> = {},
): Step {
  const explanation = fill(text, values, get);
  return { rule, date: isoOf(day), key, values, explanation } as Step;
}

/**
 * Makes a step with its key's own text (for `status.<stage>`: the stage's); `args` are its values in
 * the order the Dutch text names them.
 */
export const step = (
  rule: string,
  day: number,
  key: Exclude<StepKey, `suspension.${string}`>,
  ...args: number[]
): Step => make(rule, day, key, T[key.replace('status.', '') as keyof typeof T], (_, i) => args[i]!);

/** Atw art. 1: why and where a term end moves. */
const atwStep = (from: number, to: number): Step => step('Atw art. 1', to, 'atw', from, closedReason(from), to);

const RULES = {
  zienswijze: 'Woo 4.4 lid 3',
  aanvulling: 'Awb 4:15 lid 1 sub a; Woo 4.1 lid 5',
  instemming: 'Awb 4:15 lid 2 sub a',
  overmacht: 'Awb 4:15 lid 2 sub c',
} as const;
const LID_1 = 'Woo 4.4 lid 1';
const LID_2 = 'Woo 4.4 lid 2';
const NOTHING: Template = '|';

// One suspension (Woo 4.4 lid 3, Awb 4:15): what it is, then what it did to the term. Its text is
// put together from parts, which pick their values by name from one set.
function suspensionStep({
  suspension_: suspension,
  counted_: counted,
  addedDays_: addedDays,
  overlapDays_: overlapDays,
  end_: end,
}: AppliedSuspension): Step {
  const kind = suspension.kind_;
  const dated = suspension.notified_ !== undefined;
  const text = join(
    T[kind],
    dated && (kind === 'instemming' || kind === 'overmacht') ? T.started_ : NOTHING,
    counted ? join(T.counted_, overlapDays ? T.overlap_ : NOTHING, T.newEnd_) : T.notCounted_,
  );
  // (A text names only the values it has: the dates of a suspension given as a number of days are never read.)
  const values: Record<string, number | undefined> = {
    notifiedOn: suspension.notified_,
    from: suspension.firstDay_,
    // As given: the last suspended day of a zienswijze ("tot en met"), the day after it for an aanvulling ("tot").
    endedOn: dated ? suspension.lastDay_ + +(kind === 'aanvulling') : undefined,
    days: suspension.days_,
    suspendedDays: addedDays + overlapDays,
    overlapDays,
    end,
  };
  return make(RULES[kind], dated ? suspension.firstDay_ : end, `suspension.${kind}`, text, (name) => values[name]!, {
    counted,
  });
}

/** The other reading of Woo 4.4 lid 2 (Woo 4.4 lid 2; Atw art. 1), as a step; only when there is one. */
export const alternativeStep = (engine: Engine & { alternativeDeadline_: number }): StepOf<'alternative'> =>
  step(
    `${LID_2}; Atw art. 1`,
    engine.alternativeDeadline_,
    'alternative',
    engine.firstTermEnd_,
    engine.alternativeDeadline_,
  ) as StepOf<'alternative'>;

/** True when the other reading of Woo 4.4 lid 2 gives another deadline. */
export const hasAlternative = (engine: Engine): engine is Engine & { alternativeDeadline_: number } =>
  engine.alternativeDeadline_ !== undefined && engine.alternativeDeadline_ !== engine.deadline_;

/** Every step of a deadline computation, in order. */
export function deadlineSteps(engine: Engine, related: RelatedDays): Step[] {
  const { received_: received, postponed_: postponed } = engine.input_;
  const {
    deadline_: deadline,
    firstRawEnd_: firstRawEnd,
    firstTermEnd_: firstTermEnd,
    postponementValid_: postponementValid,
  } = engine;
  const {
    aanvullingDue_: aanvullingDue,
    ingebrekestellingFrom_: ingebrekestellingFrom,
    appealFrom_: appealFrom,
  } = related;
  // Suspensions counted in the first term come before the postponement, the others after it.
  const steps = [step(LID_1, received, 'received', received), step(LID_1, received + 28, 'four-weeks', received + 28)];
  const later: Step[] = [];
  for (const applied of engine.applied_)
    (applied.counted_ && applied.end_ <= firstRawEnd ? steps : later).push(suspensionStep(applied));
  // Atw art. 1
  if (firstTermEnd !== firstRawEnd) steps.push(atwStep(firstRawEnd, firstTermEnd));
  if (postponed !== undefined) {
    steps.push(
      postponementValid
        ? step(LID_2, postponed, 'postponement', postponed, firstTermEnd, firstRawEnd, firstRawEnd + 14)
        : step(LID_2, postponed, 'postponement-too-late', postponed, firstTermEnd),
    );
  }
  steps.push(...later);
  // Atw art. 1
  if (engine.rawEnd_ !== firstRawEnd && engine.rawEnd_ !== deadline) steps.push(atwStep(engine.rawEnd_, deadline));
  steps.push(step(postponementValid ? LID_2 : LID_1, deadline, 'deadline', deadline));
  if (hasAlternative(engine)) steps.push(alternativeStep(engine));
  steps.push(
    step('Woo 4.1 lid 5', aanvullingDue, 'clarification', aanvullingDue),
    step('Woo 4.6', aanvullingDue, 'abuse', aanvullingDue),
    step('Awb 6:12 lid 2', ingebrekestellingFrom, 'notice-of-default', deadline, ingebrekestellingFrom),
    step('Awb 6:12 lid 2 sub b', appealFrom, 'appeal', ingebrekestellingFrom, appealFrom, appealFrom - 1),
    step('Woo 4.4 lid 5', related.release_, 'release', related.releaseBase_, related.release_),
    step('Woo 8.2', appealFrom, 'penalty'),
  );
  return steps;
}
