import type { WooRequest } from '@woo-kit/core';
import type { DeadlineInput, SuspensionInput } from './input.js';
import { dayOf, type IsoDate } from './calendar.js';
import { iso } from './day.js';

type Kind = 'aanvulling' | 'zienswijze';
const KINDS = ['aanvulling', 'zienswijze'] as const;
const EVENTS: readonly string[] = ['clarificationAsked', 'zienswijzeAsked', 'clarificationAnswered', 'zienswijzeReceived'];

/**
 * Turns a `WooRequest` (from @woo-kit/core) into the input of `computeDeadline` and
 * `deadlineStatus`, as of `today`:
 * - `clarificationAsked` … `clarificationAnswered`: an `aanvulling` suspension (Awb 4:15 lid 1 sub a,
 *   Woo 4.1 lid 5);
 * - `zienswijzeAsked` … `zienswijzeReceived`: a `zienswijze` suspension (Woo 4.4 lid 3);
 * - a suspension that has not ended yet runs until its `answerBy` day (the term given for the answer
 *   lapses unused), or, without one, up to `today`: the deadline moves on while the term stands still;
 * - the first `postponed` event gives `postponedOn` (Woo 4.4 lid 2: one postponement only);
 * - the first `decided` event gives `decidedOn`.
 * A `forwarded` request starts anew at the receiving body (Woo 4.2); its term is not computed here.
 */
export function deadlineInputFromRequest(request: WooRequest, today?: IsoDate): DeadlineInput {
  const suspensions: SuspensionInput[] = [];
  // The suspensions asked for and not ended yet: [asked on, answer by].
  const open: Partial<Record<Kind, [IsoDate, IsoDate | undefined]>> = {};
  let postponedOn: IsoDate | undefined;
  let decidedOn: IsoDate | undefined;
  for (const event of request.events ?? []) {
    const { type, on } = event;
    // 0, 1: asked; 2, 3: answered. Even: aanvulling, odd: zienswijze.
    const i = EVENTS.indexOf(type);
    const kind = KINDS[i & 1]!;
    if (i >= 2) {
      const asked = open[kind];
      if (asked) suspensions.push({ kind, notifiedOn: asked[0], endedOn: on });
      delete open[kind];
    } else if (i >= 0) open[kind] = [on, (event as { answerBy?: IsoDate }).answerBy];
    if (type === 'postponed') postponedOn ??= on;
    if (type === 'decided') decidedOn ??= on;
  }
  for (const kind of KINDS) {
    const asked = open[kind];
    if (!asked || decidedOn) continue;
    const [on, answerBy] = asked;
    const now = today ?? on;
    // Awb 4:15 ends "tot" (exclusive) the end day; Woo 4.4 lid 3 "tot en met" (inclusive).
    const running = kind === 'aanvulling' ? iso(dayOf(now) + 1) : now;
    // With an answer-by day the suspension ends then at the latest (lapsed unused, Awb 4:15 lid 1 sub a);
    // without one it runs on for as long as nothing comes in.
    const endedOn = answerBy || running;
    suspensions.push({ kind, notifiedOn: on, endedOn: endedOn < on ? on : endedOn });
  }
  return {
    receivedOn: request.receivedOn,
    ...(postponedOn ? { postponedOn } : {}),
    ...(suspensions.length ? { suspensions } : {}),
    ...(decidedOn ? { decidedOn } : {}),
  };
}
