import type { WooRequest } from '@woo-kit/core';
import type { DeadlineInput, SuspensionInput } from './input.js';
import { dayOf, isoOf, type IsoDate } from './calendar.js';

const KINDS = ['aanvulling', 'zienswijze'] as const;
const EVENTS: readonly string[] = [
  'clarificationAsked',
  'zienswijzeAsked',
  'clarificationAnswered',
  'zienswijzeReceived',
];

/** Receives one suspension found in a request's events (`walkEvents`). */
export type SuspensionSink = (kind: 'aanvulling' | 'zienswijze', notifiedOn: IsoDate, endedOn: IsoDate) => void;

/** The first postponement and the first decision among the events `walkEvents` walked. */
export interface WalkedEvents {
  readonly postponedOn: IsoDate | undefined;
  readonly decidedOn: IsoDate | undefined;
}

/**
 * Walks the events of a request as of `today` and hands each suspension to `sink`, in this order:
 * the ended ones as their end event comes, then those not ended yet (aanvulling, zienswijze). The
 * rules are those of `deadlineInputFromRequest`, which is built on this; `requestTimelinessStatistics`
 * uses it without making the input objects. Returns the first postponement and decision.
 */
export function walkEvents(request: WooRequest, today: IsoDate | undefined, sink: SuspensionSink): WalkedEvents {
  // Called once per request by dashboards over thousands of requests: plain locals only.
  // The suspensions asked for and not ended yet (index 0: aanvulling, 1: zienswijze): asked on, answer by.
  let open0 = false;
  let open1 = false;
  let asked0: IsoDate | undefined;
  let asked1: IsoDate | undefined;
  let by0: IsoDate | undefined;
  let by1: IsoDate | undefined;
  let postponedOn: IsoDate | undefined;
  let decidedOn: IsoDate | undefined;
  const events = request.events;
  if (events) {
    for (let n = 0; n < events.length; n++) {
      const event = events[n]!;
      const { type, on } = event;
      if (type === 'decided') decidedOn ??= on;
      else if (type === 'postponed') postponedOn ??= on;
      else {
        // 0, 1: asked; 2, 3: answered. Even: aanvulling, odd: zienswijze.
        const i = EVENTS.indexOf(type);
        if (i < 0) continue;
        if (i >= 2) {
          const wasOpen = i & 1 ? open1 : open0;
          if (wasOpen) sink(KINDS[i & 1]!, (i & 1 ? asked1 : asked0)!, on);
          if (i & 1) open1 = false;
          else open0 = false;
        } else if (i & 1) {
          open1 = true;
          asked1 = on;
          by1 = (event as { answerBy?: IsoDate }).answerBy;
        } else {
          open0 = true;
          asked0 = on;
          by0 = (event as { answerBy?: IsoDate }).answerBy;
        }
      }
    }
  }
  for (let k = 0; k < 2; k++) {
    if (!(k ? open1 : open0) || decidedOn) continue;
    const kind = KINDS[k]!;
    const on = (k ? asked1 : asked0)!;
    const answerBy = k ? by1 : by0;
    const now = today ?? on;
    // Awb 4:15 ends "tot" (exclusive) the end day; Woo 4.4 lid 3 "tot en met" (inclusive).
    const running = kind === 'aanvulling' ? isoOf(dayOf(now) + 1) : now;
    // With an answer-by day the suspension ends then at the latest (lapsed unused, Awb 4:15 lid 1 sub a);
    // without one it runs on for as long as nothing comes in.
    const endedOn = answerBy || running;
    sink(kind, on, endedOn < on ? on : endedOn);
  }
  return { postponedOn, decidedOn };
}

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
  let suspensions: SuspensionInput[] | undefined;
  const { postponedOn, decidedOn } = walkEvents(request, today, (kind, notifiedOn, endedOn) =>
    (suspensions ??= []).push({ kind, notifiedOn, endedOn }),
  );
  // The same keys in the same order as before: receivedOn, postponedOn, suspensions, decidedOn.
  const input: { receivedOn: IsoDate; postponedOn?: IsoDate; suspensions?: SuspensionInput[]; decidedOn?: IsoDate } = {
    receivedOn: request.receivedOn,
  };
  if (postponedOn) input.postponedOn = postponedOn;
  if (suspensions) input.suspensions = suspensions;
  if (decidedOn) input.decidedOn = decidedOn;
  return input;
}
