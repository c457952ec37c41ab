import { isoOf, parseDay, workingDaysBetween, type IsoDate } from './calendar.js';
import { relatedDays } from './deadline.js';
import { engineOf } from './engine.js';
import type { DeadlineInput } from './input.js';
import { deadlineSteps, step, type Step } from './steps.js';

/** Where a request stands on a given day. */
export type Stage = 'within-term' | 'suspended' | 'postponed' | 'late' | 'decided-on-time' | 'decided-late';

/** The status of a request on a given day. */
export interface DeadlineStatus {
  /** The day the status is for. */
  readonly today: IsoDate;
  readonly deadline: IsoDate;
  readonly stage: Stage;
  /**
   * Calendar days from the reference day to the deadline (0 when late). The reference day is
   * `today`, or `decidedOn` when the decision was made on or before `today`.
   */
  readonly daysLeft: number;
  /** Working days after the reference day up to and including the deadline (Atw calendar). */
  readonly workingDaysLeft: number;
  /** Calendar days the reference day is after the deadline (0 when on time). */
  readonly daysLate: number;
  /** Working days after the deadline up to and including the reference day. */
  readonly workingDaysLate: number;
  /** The steps of the deadline, then one step for the status (key `status.<stage>`). */
  readonly steps: readonly Step[];
}

/**
 * The status of a request on `today`: the stage (within term, suspended, postponed, late, decided on
 * time, decided late) and the days left or late, in calendar days and in working days.
 * A decision counts when `input.decidedOn` is on or before `today`.
 */
export function deadlineStatus(input: DeadlineInput | unknown, today: IsoDate): DeadlineStatus {
  const e = engineOf(input, true);
  const now = parseDay(today, '/today');
  const { decided_: decided, extra_: extra } = e.in_;
  const d = e.deadline_;
  const isDecided = decided <= now; // false when not decided (NaN)
  const ref = isDecided ? decided : now;
  const stage: Stage = isDecided
    ? decided <= d
      ? 'decided-on-time'
      : 'decided-late'
    : now > d
      ? 'late'
      : e.applied_.some((a) => a.counted_ && a.s_.first_ <= now && now <= a.s_.last_) // in a dated suspension
        ? 'suspended'
        : e.valid_ && now > e.firstEnd_
          ? 'postponed'
          : 'within-term';
  const daysLeft = Math.max(0, d - ref);
  const daysLate = Math.max(0, ref - d);
  const workingDaysLeft = workingDaysBetween(ref, d, extra);
  const workingDaysLate = workingDaysBetween(d, ref, extra);
  const steps = deadlineSteps(e, relatedDays(e));
  const late = ref > d;
  steps.push(step('Woo 4.4', ref, `status.${stage}`, ref, late ? daysLate : daysLeft, late ? workingDaysLate : workingDaysLeft));
  return { today: isoOf(now), deadline: isoOf(d), stage, daysLeft, workingDaysLeft, daysLate, workingDaysLate, steps };
}
