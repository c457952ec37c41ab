import { toDayNumber, fromDayNumber, type WooRequest } from '@woo-kit/core';
import type { DeadlineInput, SuspensionInput } from './input.js';
import type { IsoDate } from './calendar.js';

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
  const open: Partial<Record<'aanvulling' | 'zienswijze', { on: IsoDate; answerBy?: IsoDate }>> = {};
  let postponedOn: IsoDate | undefined;
  let decidedOn: IsoDate | undefined;
  for (const event of request.events ?? []) {
    switch (event.type) {
      case 'clarificationAsked':
        open.aanvulling = { on: event.on, ...(event.answerBy ? { answerBy: event.answerBy } : {}) };
        break;
      case 'zienswijzeAsked':
        open.zienswijze = { on: event.on, ...(event.answerBy ? { answerBy: event.answerBy } : {}) };
        break;
      case 'clarificationAnswered':
      case 'zienswijzeReceived': {
        const kind = event.type === 'clarificationAnswered' ? 'aanvulling' : 'zienswijze';
        const asked = open[kind];
        if (asked) suspensions.push({ kind, notifiedOn: asked.on, endedOn: event.on });
        delete open[kind];
        break;
      }
      case 'postponed':
        postponedOn ??= event.on;
        break;
      case 'decided':
        decidedOn ??= event.on;
        break;
      default:
        break;
    }
  }
  for (const kind of ['aanvulling', 'zienswijze'] as const) {
    const asked = open[kind];
    if (!asked || decidedOn) continue;
    const now = today ?? asked.on;
    // Awb 4:15 ends "tot" (exclusive) the end day; Woo 4.4 lid 3 "tot en met" (inclusive).
    const runningEnd = kind === 'aanvulling' ? fromDayNumber(toDayNumber(now) + 1) : now;
    // With an answer-by day the suspension ends then at the latest (lapsed unused, Awb 4:15 lid 1 sub a);
    // without one it runs on for as long as nothing comes in.
    const endedOn = asked.answerBy ?? runningEnd;
    suspensions.push({ kind, notifiedOn: asked.on, endedOn: endedOn < asked.on ? asked.on : endedOn });
  }
  return {
    receivedOn: request.receivedOn,
    ...(postponedOn ? { postponedOn } : {}),
    ...(suspensions.length ? { suspensions } : {}),
    ...(decidedOn ? { decidedOn } : {}),
  };
}
