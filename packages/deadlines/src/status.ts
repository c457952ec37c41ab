import { isoOf, parseDay, workingDaysBetween, type IsoDate } from './calendar.js';
import { relatedDays } from './deadline.js';
import { engineOf, isSuspendedOn } from './engine.js';
import type { DeadlineInput } from './input.js';
import { deadlineSteps, enDate, enDays, nlDate, nlDays, step, type Step } from './steps.js';

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
  /** The steps of the deadline, then one step for the status. */
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
  const { decided, extra } = engine.input;
  const d = engine.deadline;
  const isDecided = !Number.isNaN(decided) && decided <= now;
  const ref = isDecided ? decided : now;
  let stage: Stage;
  if (isDecided) stage = decided <= d ? 'decided-on-time' : 'decided-late';
  else if (now > d) stage = 'late';
  else if (isSuspendedOn(engine, now)) stage = 'suspended';
  else if (engine.postponementValid === true && now > engine.firstTermEnd) stage = 'postponed';
  else stage = 'within-term';
  const daysLeft = Math.max(0, d - ref);
  const daysLate = Math.max(0, ref - d);
  const workingDaysLeft = workingDaysBetween(ref, d, extra);
  const workingDaysLate = workingDaysBetween(d, ref, extra);
  const nlw = (n: number): string => `${n} werkdag${n === 1 ? '' : 'en'}`;
  const enw = (n: number): string => `${n} working day${n === 1 ? '' : 's'}`;
  const left = `${nlDays(daysLeft)} (${nlw(workingDaysLeft)})`;
  const leftEn = `${enDays(daysLeft)} (${enw(workingDaysLeft)})`;
  const late = `${nlDays(daysLate)} (${nlw(workingDaysLate)})`;
  const lateEn = `${enDays(daysLate)} (${enw(workingDaysLate)})`;
  const on = `Op ${nlDate(now)}`;
  const onEn = `On ${enDate(now)}`;
  const texts: Record<Stage, [string, string]> = {
    'within-term': [`${on} loopt de termijn nog. Er zijn nog ${left} tot en met ${nlDate(d)}.`, `${onEn} the term is running: ${leftEn} left, up to and including ${enDate(d)}.`],
    suspended: [
      `${on} staat de termijn stil (opschorting). Als niets verandert, moet het besluit er uiterlijk op ${nlDate(d)} zijn: nog ${left}.`,
      `${onEn} the term is suspended. If nothing changes, the decision is due by ${enDate(d)}: ${leftEn} left.`,
    ],
    postponed: [`${on} loopt de verdaagde termijn (2 weken extra). Er zijn nog ${left} tot en met ${nlDate(d)}.`, `${onEn} the postponed term (2 extra weeks) is running: ${leftEn} left, up to and including ${enDate(d)}.`],
    late: [`${on} is de gemeente ${late} te laat. De termijn eindigde op ${nlDate(d)}.`, `${onEn} the municipality is ${lateEn} late. The term ended on ${enDate(d)}.`],
    'decided-on-time': [`Het besluit kwam op ${nlDate(ref)}. Dat is op tijd: de termijn liep tot en met ${nlDate(d)}.`, `The decision was made on ${enDate(ref)}. That is on time: the term ran until ${enDate(d)}.`],
    'decided-late': [`Het besluit kwam op ${nlDate(ref)}. Dat is ${late} te laat. De termijn eindigde op ${nlDate(d)}.`, `The decision was made on ${enDate(ref)}. That is ${lateEn} late. The term ended on ${enDate(d)}.`],
  };
  const [nl, en] = texts[stage];
  const steps = deadlineSteps(engine, relatedDays(engine));
  steps.push(step('Woo 4.4', ref, nl, en));
  return { today: isoOf(now), deadline: isoOf(d), stage, daysLeft, workingDaysLeft, daysLate, workingDaysLate, steps };
}
