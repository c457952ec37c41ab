/**
 * The decision term as day numbers: Woo 4.4, Awb 4:15 and the Atw. No texts here (see steps.ts),
 * so statistics over many requests stay fast. (Internal-only property names end in `_`: see calendar.ts.)
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
import { readInput, type ParsedInput, type ParsedSuspension } from './input.js';

/** What happened to one suspension. */
export interface AppliedSuspension {
  readonly s_: ParsedSuspension;
  /** False when it started after the term had ended. */
  readonly counted_: boolean;
  /** New suspended days it added. */
  readonly added_: number;
  /** Days that were already suspended by an earlier suspension. */
  readonly overlap_: number;
  /** The term end (before the Atw) after this suspension, or the end it came too late for. */
  readonly end_: number;
}

export interface Engine {
  readonly in_: ParsedInput;
  /** Receipt + 28 days (Woo 4.4 lid 1) plus the suspensions of the first term, before the Atw. */
  readonly firstRawEnd_: number;
  /** `firstRawEnd_` rolled forward by the Atw: the public `firstTermEnd`. */
  readonly firstEnd_: number;
  /** Whether the postponement counts; undefined when none was given. */
  readonly valid_: boolean | undefined;
  /** The term end before the last Atw roll-forward. */
  readonly rawEnd_: number;
  readonly deadline_: number;
  /** The other reading of Woo 4.4 lid 2 (Atw first, then 14 days); NaN when not postponed. */
  readonly alt_: number;
  readonly suspendedDays_: number;
  /** Every suspension, counted or not (only when asked for a trace). */
  readonly applied_: AppliedSuspension[];
}

const NONE: AppliedSuspension[] = []; // shared when there is nothing to record (never written to)

// Where the last `run` stopped: the first dated suspension it did not count.
let stop = 0;

// Counts the dated suspensions from index `from` on against a term that ends on `end` (before the
// Atw); `covered` is the last day already suspended. Returns the new end; `out` records each one.
function run(dated: readonly ParsedSuspension[], from: number, end: number, covered: number, out?: AppliedSuspension[]): number {
  for (stop = from; stop < dated.length; stop++) {
    const s = dated[stop]!;
    if (s.first_ > end) break; // sorted by first day: all later ones start later still
    const added = Math.max(0, s.last_ - Math.max(s.first_, covered + 1) + 1);
    end += added;
    if (s.last_ > covered) covered = s.last_;
    out?.push({ s_: s, counted_: true, added_: added, overlap_: Math.max(0, s.last_ - s.first_ + 1) - added, end_: end });
  }
  return end;
}

/** Computes the decision term of a checked input. */
export function runEngine(input: ParsedInput, withTrace: boolean): Engine {
  const { received_: received, postponed_: postponed, dated_: dated, extra_: extra } = input;
  const applied: AppliedSuspension[] | undefined = withTrace && (input.undated_.length || dated.length) ? [] : undefined;
  let end = received + 28; // Woo 4.4 lid 1: four weeks from the day after receipt
  // Awb 4:15 lid 2 sub a/c without a date: the agreed or force-majeure days, in full.
  for (const s of input.undated_) {
    end += s.days_;
    applied?.push({ s_: s, counted_: true, added_: s.days_, overlap_: 0, end_: end });
  }
  end = run(dated, 0, end, -Infinity, applied);
  // Each counted suspension ends before the term end, so what it covered lies before `firstRawEnd`.
  const firstRawEnd = end;
  const firstEnd = rollForwardDay(end, extra); // Atw art. 1
  const next = stop;
  let valid: boolean | undefined;
  let alt = NaN;
  if (postponed === postponed) {
    valid = postponed <= firstEnd; // Woo 4.4 lid 2: notice before the first term ends
    if (valid) {
      // The other reading: Atw art. 1 first, then 14 days (and suspensions that start in them).
      alt = rollForwardDay(run(dated, next, firstEnd + 14, firstEnd), extra);
      end = run(dated, next, firstRawEnd + 14, firstRawEnd, applied); // Woo 4.4 lid 2, §3.2 default: 14 days before the Atw
    }
  }
  if (applied) for (let i = stop; i < dated.length; i++) applied.push({ s_: dated[i]!, counted_: false, added_: 0, overlap_: 0, end_: end });
  return {
    in_: input,
    firstRawEnd_: firstRawEnd,
    firstEnd_: firstEnd,
    valid_: valid,
    rawEnd_: end,
    deadline_: rollForwardDay(end, extra), // Atw art. 1
    alt_: alt,
    suspendedDays_: end - received - 28 - (valid ? 14 : 0),
    applied_: applied ?? NONE,
  };
}

/** Checks `input` and computes its decision term. */
export const engineOf = (input: unknown, withTrace: boolean): Engine => runEngine(readInput(input), withTrace);
