/**
 * The decision term as day numbers: Woo 4.4, Awb 4:15 and the Atw. No texts here (see steps.ts),
 * so statistics over many requests stay fast.
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
  readonly suspension: ParsedSuspension;
  /** False when it started after the term had ended. */
  readonly counted: boolean;
  /** New suspended days it added. */
  readonly added: number;
  /** Days that were already suspended by an earlier suspension. */
  readonly overlap: number;
  /** The term end (before the Atw) after this suspension, or the end it came too late for. */
  readonly endAfter: number;
}

export interface Engine {
  readonly input: ParsedInput;
  /** Receipt + 28 days (Woo 4.4 lid 1). */
  readonly fourWeeks: number;
  /** Four weeks plus the suspensions of the first term, before the Atw. */
  readonly firstRawEnd: number;
  /** `firstRawEnd` rolled forward by the Atw. */
  readonly firstTermEnd: number;
  /** undefined when no postponement was given. */
  readonly postponementValid: boolean | undefined;
  /** The term end before the last Atw roll-forward. */
  readonly rawEnd: number;
  readonly deadline: number;
  /** The other reading of Woo 4.4 lid 2 (Atw first, then 14 days); NaN when not postponed. */
  readonly alternative: number;
  readonly suspendedDays: number;
  readonly applied: readonly AppliedSuspension[];
}

const NONE: readonly AppliedSuspension[] = [];

// Counts the dated suspensions from `from` on against a term that ends on `end` (before the Atw).
// Returns the new end; `out` (when given) records each one; `covered[0]` tracks the last suspended day.
function runSuspensions(
  dated: readonly ParsedSuspension[],
  from: number,
  end: number,
  covered: number[],
  out: AppliedSuspension[] | undefined,
): [end: number, next: number, added: number] {
  let total = 0;
  let i = from;
  for (; i < dated.length; i++) {
    const s = dated[i]!;
    if (s.first > end) break; // sorted by first day: all later ones start later still
    const start = Math.max(s.first, covered[0]! + 1);
    const added = Math.max(0, s.last - start + 1);
    end += added;
    total += added;
    if (s.last > covered[0]!) covered[0] = s.last;
    out?.push({ suspension: s, counted: true, added, overlap: Math.max(0, s.last - s.first + 1) - added, endAfter: end });
  }
  return [end, i, total];
}

/** Computes the decision term of a checked input. */
export function runEngine(input: ParsedInput, withTrace: boolean): Engine {
  const { received, postponed, undated, dated, extra } = input;
  const fourWeeks = received + 28; // Woo 4.4 lid 1: four weeks from the day after receipt
  let end = fourWeeks;
  let suspendedDays = 0;
  let applied: AppliedSuspension[] | undefined;
  if (undated.length + dated.length > 0 && withTrace) applied = [];
  // Awb 4:15 lid 2 sub a/c without a date: the agreed or force-majeure days, in full.
  for (const s of undated) {
    end += s.days;
    suspendedDays += s.days;
    applied?.push({ suspension: s, counted: true, added: s.days, overlap: 0, endAfter: end });
  }
  let next = 0;
  const covered = [-Infinity];
  if (dated.length > 0) {
    const [e, n, added] = runSuspensions(dated, 0, end, covered, applied);
    end = e;
    next = n;
    suspendedDays += added;
  }
  const firstRawEnd = end;
  const firstTermEnd = rollForwardDay(end, extra); // Atw art. 1
  let postponementValid: boolean | undefined;
  let alternative = NaN;
  if (!Number.isNaN(postponed)) {
    postponementValid = postponed <= firstTermEnd; // Woo 4.4 lid 2: notice before the first term ends
    if (postponementValid) {
      end = firstRawEnd + 14; // Woo 4.4 lid 2, §3.2 default: 14 days before the Atw
      if (next < dated.length) {
        const state = [Math.max(covered[0]!, firstRawEnd)];
        const [e, n, added] = runSuspensions(dated, next, end, state, applied);
        const altState = [Math.max(covered[0]!, firstTermEnd)];
        alternative = rollForwardDay(runSuspensions(dated, next, firstTermEnd + 14, altState, undefined)[0], extra);
        end = e;
        next = n;
        suspendedDays += added;
      } else {
        alternative = rollForwardDay(firstTermEnd + 14, extra);
      }
    }
  }
  if (applied !== undefined) {
    for (let i = next; i < dated.length; i++) {
      const s = dated[i]!;
      applied.push({ suspension: s, counted: false, added: 0, overlap: 0, endAfter: end });
    }
  }
  const deadline = end === firstRawEnd ? firstTermEnd : rollForwardDay(end, extra); // Atw art. 1
  return {
    input,
    fourWeeks,
    firstRawEnd,
    firstTermEnd,
    postponementValid,
    rawEnd: end,
    deadline,
    alternative,
    suspendedDays,
    applied: applied ?? NONE,
  };
}

/** Checks `input` and computes its decision term. */
export function engineOf(input: unknown, withTrace: boolean): Engine {
  return runEngine(readInput(input), withTrace);
}

/** True when `day` lies in a counted suspension (used by the status). */
export function isSuspendedOn(engine: Engine, day: number): boolean {
  return engine.applied.some((a) => a.counted && !Number.isNaN(a.suspension.notified) && a.suspension.first <= day && day <= a.suspension.last);
}
