// Step keys and inputs that produce every one of them. Used by test/steps.test.ts and by the browser
// test of @woo-kit/elements (src/internal/step-text.browser.test.ts), which renders each key.
import {
  computeDeadline,
  deadlineStatus,
  timelinessStatistics,
  type Alternative,
  type ClosedDayReason,
  type DeadlineInput,
  type RelatedDates,
  type Step,
  type StepKey,
} from '../src/index.js';

/** Every step key (README "Step keys"). The list is a contract: removing or renaming a key breaks integrators. */
export const STEP_KEYS = [
  'received',
  'four-weeks',
  'suspension.zienswijze',
  'suspension.aanvulling',
  'suspension.instemming',
  'suspension.overmacht',
  'atw',
  'postponement',
  'postponement-too-late',
  'deadline',
  'alternative',
  'clarification',
  'abuse',
  'notice-of-default',
  'appeal',
  'release',
  'penalty',
  'status.within-term',
  'status.suspended',
  'status.postponed',
  'status.late',
  'status.decided-on-time',
  'status.decided-late',
  'statistics',
] as const satisfies readonly StepKey[];

/** Every closed-day reason of an `atw` step. */
export const CLOSED_DAY_REASONS = [
  'saturday',
  'sunday',
  'new-years-day',
  'good-friday',
  'easter-monday',
  'kings-day',
  'queens-day',
  'liberation-day',
  'ascension-day',
  'whit-monday',
  'christmas-day',
  'second-christmas-day',
  'extra-holiday',
] as const satisfies readonly ClosedDayReason[];

// Compile-time checks: the lists name every key and every reason.
export const LISTS_COMPLETE: [
  Exclude<StepKey, (typeof STEP_KEYS)[number]>,
  Exclude<ClosedDayReason, (typeof CLOSED_DAY_REASONS)[number]>,
] extends [never, never]
  ? true
  : never = true;

/** Anything with a step text: a step, an alternative reading, the penalty. */
export type Explained = Step | Alternative | RelatedDates['penalty'];

/** Inputs of `computeDeadline` that together give every key of a deadline. */
export const INPUTS: readonly DeadlineInput[] = [
  // King's Day 2023: Atw, valid postponement, the other reading.
  { receivedOn: '2023-03-30', postponedOn: '2023-04-20' },
  // Postponed a day too late (first term ends Monday 28 April 2025).
  { receivedOn: '2025-03-29', postponedOn: '2025-04-29' },
  // Every kind of suspension: overlapping, dated and undated, and one that comes too late.
  {
    receivedOn: '2025-03-03',
    suspensions: [
      { kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' },
      { kind: 'aanvulling', notifiedOn: '2025-03-15', endedOn: '2025-03-25' },
      { kind: 'instemming', days: 7 },
      { kind: 'overmacht', days: 2, notifiedOn: '2025-03-04' },
      { kind: 'zienswijze', notifiedOn: '2025-06-30', endedOn: '2025-07-10' },
    ],
  },
  // Received on a Friday before Easter: Good Friday and Easter Monday; decided.
  { receivedOn: '2025-03-21', decidedOn: '2025-04-10' },
];

/** Status inputs and days that give every stage. */
export const STATUSES: readonly [DeadlineInput, string][] = [
  [{ receivedOn: '2025-03-03' }, '2025-03-24'], // within the term
  [
    {
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' }],
    },
    '2025-03-15',
  ], // suspended
  [{ receivedOn: '2025-03-03', postponedOn: '2025-03-28' }, '2025-04-01'], // postponed
  [{ receivedOn: '2025-03-03', postponedOn: '2025-03-28' }, '2025-04-22'], // late
  [{ receivedOn: '2025-03-03', decidedOn: '2025-03-31' }, '2025-06-01'], // decided on time
  [{ receivedOn: '2025-03-03', decidedOn: '2025-04-02' }, '2025-06-01'], // decided late
];

/** Steps, alternatives and penalties of the inputs above, with every key at least once. */
export function everyKindOfStep(): Explained[] {
  const out: Explained[] = [];
  for (const input of INPUTS) {
    const r = computeDeadline(input);
    out.push(...r.steps, ...r.alternatives, r.related.penalty);
  }
  for (const [input, today] of STATUSES) out.push(deadlineStatus(input, today).steps.at(-1)!);
  out.push(
    ...timelinessStatistics([{ receivedOn: '2025-01-06', decidedOn: '2025-01-20' }], { today: '2025-04-01' }).steps,
  );
  return out;
}
