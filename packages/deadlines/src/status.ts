import { isoOf, parseDay, workingDaysBetween, type IsoDate } from './calendar.js';
import { engineOf, relatedDays } from './engine.js';
import type { DeadlineInput } from './input.js';
import { deadlineSteps, step, type Stage, type Step } from './steps.js';

export type { Stage };

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
  const engine = engineOf(input, true);
  const now = parseDay(today, '/today');
  const { decided_: decided, extraHolidays_: extraHolidays } = engine.input_;
  const deadline = engine.deadline_;
  const isDecided = decided !== undefined && decided <= now;
  const reference = isDecided ? decided : now;
  const stage: Stage = isDecided
    ? decided <= deadline
      ? 'decided-on-time'
      : 'decided-late'
    : now > deadline
      ? 'late'
      : engine.applied_.some(
            ({ counted_, suspension_: { firstDay_, lastDay_ } }) =>
              counted_ && firstDay_ !== undefined && firstDay_ <= now && now <= lastDay_,
          ) // in a dated suspension
        ? 'suspended'
        : engine.postponementValid_ && now > engine.firstTermEnd_
          ? 'postponed'
          : 'within-term';
  const daysLeft = Math.max(0, deadline - reference);
  const daysLate = Math.max(0, reference - deadline);
  const workingDaysLeft = workingDaysBetween(reference, deadline, extraHolidays);
  const workingDaysLate = workingDaysBetween(deadline, reference, extraHolidays);
  const steps = deadlineSteps(engine, relatedDays(engine));
  const late = reference > deadline;
  steps.push(
    step(
      'Woo 4.4',
      reference,
      `status.${stage}`,
      reference,
      late ? daysLate : daysLeft,
      late ? workingDaysLate : workingDaysLeft,
    ),
  );
  return {
    today: isoOf(now),
    deadline: isoOf(deadline),
    stage,
    daysLeft,
    workingDaysLeft,
    daysLate,
    workingDaysLate,
    steps,
  };
}
