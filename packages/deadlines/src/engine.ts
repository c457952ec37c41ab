/**
 * The decision term as day numbers: Woo 4.4, Awb 4:15 and the Atw. No texts here (see steps.ts),
 * so statistics over many requests stay fast. (Internal-only property names end in `_`, which the bundle shortens: see
 * calendar.ts.)
 *
 * Choices made where the law leaves room (README "Open points"):
 * - A suspension counts only when its first suspended day (the day after the notice) is on or
 *   before the term end as it stands then, before the Atw. So a notice given on the last day of the
 *   term, or during an Atw extension, does not suspend: the term had run out. (Awb 4:15 suspends a
 *   running term; this is the earlier, safe date for the body.)
 * - Dated suspensions are handled in order of their first day. Days already suspended by an earlier
 *   suspension are not counted twice; each suspension adds only its new days.
 * - `instemming` and `overmacht` given without a date are counted in full, first.
 * - Suspensions that start after the first term may still count during a valid postponement.
 * - Postponement (Woo 4.4 lid 2): 14 days are added to the term end before the Atw, and then the Atw
 *   is applied (§3.2 default). The other reading (Atw first, then 14 days) is computed as well.
 */
import { rollForwardDay } from './calendar.js';
import { readInput, type DatedSuspension, type ParsedInput, type ParsedSuspension } from './input.js';

/** What happened to one suspension. */
export interface AppliedSuspension {
  readonly suspension_: ParsedSuspension;
  /** False when it started after the term had ended. */
  readonly counted_: boolean;
  /** New suspended days it added. */
  readonly addedDays_: number;
  /** Days that were already suspended by an earlier suspension. */
  readonly overlapDays_: number;
  /** The term end (before the Atw) after this suspension, or the end it came too late for. */
  readonly end_: number;
}

/** The decision term of one request, as day numbers. */
export interface Engine {
  readonly input_: ParsedInput;
  /** Receipt + 28 days (Woo 4.4 lid 1) plus the suspensions of the first term, before the Atw. */
  readonly firstRawEnd_: number;
  /** `firstRawEnd_` rolled forward by the Atw: the public `firstTermEnd`. */
  readonly firstTermEnd_: number;
  /** Whether the postponement counts; undefined when none was given. */
  readonly postponementValid_: boolean | undefined;
  /** The term end before the last Atw roll-forward. */
  readonly rawEnd_: number;
  readonly deadline_: number;
  /** The other reading of Woo 4.4 lid 2 (Atw first, then 14 days); undefined when not postponed. */
  readonly alternativeDeadline_: number | undefined;
  readonly suspendedDays_: number;
  /** Every suspension, counted or not (only when asked for a trace). */
  readonly applied_: AppliedSuspension[];
}

/** Related dates, as day numbers. */
export interface RelatedDays {
  /** Woo 4.1 lid 5 (aanvulling asked for a too broad request) and Woo 4.6 (abuse): 2 weeks after receipt. */
  readonly aanvullingDue_: number;
  /** Awb 6:12 lid 2 sub a: the first day an ingebrekestelling can be received. */
  readonly ingebrekestellingFrom_: number;
  /** Awb 6:12 lid 2 sub b: the first day of an appeal for failure to decide. */
  readonly appealFrom_: number;
  /** Woo 4.4 lid 5: the day the 2 weeks before release count from (the decision, or else the deadline). */
  readonly releaseBase_: number;
  readonly release_: number;
}

const NOTHING_APPLIED: AppliedSuspension[] = []; // shared when there is nothing to record (never written to)

// Counts the dated suspensions from index `from` on against a term that ends on `end` (before the
// Atw); `covered` is the last day already suspended. Returns the new end; `out` records each one.
function countSuspensions(
  dated: readonly DatedSuspension[],
  from: number,
  end: number,
  covered: number,
  out?: AppliedSuspension[],
): number {
  for (let i = from; i < dated.length; i++) {
    const suspension = dated[i]!;
    if (suspension.firstDay_ > end) break; // sorted by first day: all later ones start later still
    const added = Math.max(0, suspension.lastDay_ - Math.max(suspension.firstDay_, covered + 1) + 1);
    end += added;
    if (suspension.lastDay_ > covered) covered = suspension.lastDay_;
    const overlap = Math.max(0, suspension.lastDay_ - suspension.firstDay_ + 1) - added;
    out?.push({ suspension_: suspension, counted_: true, addedDays_: added, overlapDays_: overlap, end_: end });
  }
  return end;
}

// The first dated suspension `countSuspensions` stopped at for a term that came to end on `end`: each
// one it counted starts on or before `end`, the one it stopped at after it (they are sorted by first day).
function firstUncounted(dated: readonly DatedSuspension[], end: number): number {
  let i = 0;
  while (i < dated.length && dated[i]!.firstDay_ <= end) i++;
  return i;
}

/** Computes the decision term of a checked input. */
export function runEngine(input: ParsedInput, withTrace: boolean): Engine {
  const { received_: received, postponed_: postponed, dated_: dated, extraHolidays_: extraHolidays } = input;
  const applied: AppliedSuspension[] | undefined =
    withTrace && (input.undated_.length || dated.length) ? [] : undefined;
  let end = received + 28; // Woo 4.4 lid 1: four weeks from the day after receipt
  // Awb 4:15 lid 2 sub a/c without a date: the agreed or force-majeure days, in full.
  for (const suspension of input.undated_) {
    end += suspension.days_;
    applied?.push({
      suspension_: suspension,
      counted_: true,
      addedDays_: suspension.days_,
      overlapDays_: 0,
      end_: end,
    });
  }
  end = countSuspensions(dated, 0, end, -Infinity, applied);
  // Each counted suspension ends before the term end, so what it covered lies before `firstRawEnd`.
  const firstRawEnd = end;
  const firstTermEnd = rollForwardDay(end, extraHolidays); // Atw art. 1
  let postponementValid: boolean | undefined;
  let alternativeDeadline: number | undefined;
  if (postponed !== undefined) {
    postponementValid = postponed <= firstTermEnd; // Woo 4.4 lid 2: notice before the first term ends
    if (postponementValid) {
      const next = firstUncounted(dated, firstRawEnd);
      // The other reading: Atw art. 1 first, then 14 days (and suspensions that start in them).
      alternativeDeadline = rollForwardDay(
        countSuspensions(dated, next, firstTermEnd + 14, firstTermEnd),
        extraHolidays,
      );
      // Woo 4.4 lid 2, §3.2 default: 14 days before the Atw
      end = countSuspensions(dated, next, firstRawEnd + 14, firstRawEnd, applied);
    }
  }
  if (applied) {
    for (let i = firstUncounted(dated, end); i < dated.length; i++) {
      applied.push({ suspension_: dated[i]!, counted_: false, addedDays_: 0, overlapDays_: 0, end_: end });
    }
  }
  return {
    input_: input,
    firstRawEnd_: firstRawEnd,
    firstTermEnd_: firstTermEnd,
    postponementValid_: postponementValid,
    rawEnd_: end,
    deadline_: rollForwardDay(end, extraHolidays), // Atw art. 1
    alternativeDeadline_: alternativeDeadline,
    suspendedDays_: end - received - 28 - (postponementValid ? 14 : 0),
    applied_: applied ?? NOTHING_APPLIED,
  };
}

/** Checks `input` and computes its decision term. */
export const engineOf = (input: unknown, withTrace: boolean): Engine => runEngine(readInput(input), withTrace);

/** The dates that follow from the decision term, as day numbers. */
export function relatedDays(engine: Engine): RelatedDays {
  const { received_: received, decided_: decided, extraHolidays_: extraHolidays } = engine.input_;
  // Awb 6:12 lid 2 sub a: in default from the day after the deadline
  const ingebrekestellingFrom = engine.deadline_ + 1;
  const releaseBase = decided ?? engine.deadline_;
  return {
    aanvullingDue_: rollForwardDay(received + 14, extraHolidays), // Woo 4.1 lid 5, Woo 4.6; Atw art. 1
    ingebrekestellingFrom_: ingebrekestellingFrom,
    appealFrom_: ingebrekestellingFrom + 15, // Awb 6:12 lid 2 sub b
    releaseBase_: releaseBase,
    release_: rollForwardDay(releaseBase + 14, extraHolidays), // Woo 4.4 lid 5
  };
}
