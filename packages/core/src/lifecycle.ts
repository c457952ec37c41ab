/**
 * The life of a Woo request as a state machine. Each event moves the request from one state to
 * the next; an event that cannot happen in the current state is a `LifecycleError` with code
 * `invalid-transition`, and an event dated before the receipt or before the previous event is a
 * `LifecycleError` too (`event-before-receipt`, `event-out-of-order`). Nothing changes silently.
 *
 * The states say where the request is; they compute no deadlines (that is `@woo-kit/deadlines`).
 */
import { isIsoDate, type IsoDate } from './dates.js';
import { InvalidDateError, WooKitInputError, type LocalizedText, type WooKitErrorOptions } from './errors.js';
import {
  outcomesWithRelease,
  wooRequestEventTypes,
  type DecisionOutcome,
  type WooRequest,
  type WooRequestEvent,
  type WooRequestEventType,
} from './model.js';

/**
 * Where a request is.
 * - `received`: being handled within the term.
 * - `clarificationPending`: the requester was asked to clarify (Woo 4.1 lid 5).
 * - `suspended`: waiting for a zienswijze; the term stands still (Woo 4.4 lid 3).
 * - `postponed`: being handled within the postponed term (Woo 4.4 lid 2).
 * - `decided`: the decision was made (Woo 4.3); information may still have to be released.
 * - `released`: the information was provided (Woo 4.4 lid 5). Final.
 * - `withdrawn`: the requester withdrew the request. Final.
 * - `forwarded`: sent on to the body that holds the information (Woo 4.2). Final for this body.
 */
export type LifecycleState =
  'received' | 'clarificationPending' | 'suspended' | 'postponed' | 'decided' | 'released' | 'withdrawn' | 'forwarded';

/** Every state. */
export const lifecycleStates: readonly LifecycleState[] = Object.freeze([
  'received',
  'clarificationPending',
  'suspended',
  'postponed',
  'decided',
  'released',
  'withdrawn',
  'forwarded',
] as const);

/** Names of the states for people (Dutch at B1 level, and English). */
export const lifecycleStateLabels: Readonly<Record<LifecycleState, LocalizedText>> = Object.freeze({
  received: { nl: 'in behandeling', en: 'being handled' },
  clarificationPending: { nl: 'wacht op verduidelijking', en: 'waiting for clarification' },
  suspended: { nl: 'wacht op zienswijze', en: 'waiting for a zienswijze' },
  postponed: { nl: 'verdaagd', en: 'postponed' },
  decided: { nl: 'besluit genomen', en: 'decided' },
  released: { nl: 'informatie verstrekt', en: 'information released' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
  forwarded: { nl: 'doorgestuurd', en: 'forwarded' },
});

/** Names of the events for people (Dutch at B1 level, and English). */
export const eventTypeLabels: Readonly<Record<WooRequestEventType, LocalizedText>> = Object.freeze({
  clarificationAsked: { nl: 'verduidelijking gevraagd', en: 'clarification asked' },
  clarificationAnswered: { nl: 'verduidelijking ontvangen', en: 'clarification answered' },
  zienswijzeAsked: { nl: 'zienswijze gevraagd', en: 'zienswijze asked' },
  zienswijzeReceived: { nl: 'zienswijze ontvangen', en: 'zienswijze received' },
  postponed: { nl: 'verdaagd', en: 'postponed' },
  forwarded: { nl: 'doorgestuurd', en: 'forwarded' },
  decided: { nl: 'besluit genomen', en: 'decided' },
  released: { nl: 'informatie verstrekt', en: 'information released' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
});

/** The state of a request plus what the next transitions depend on. */
export interface LifecycleStatus {
  readonly state: LifecycleState;
  readonly receivedOn: IsoDate;
  /** Date of the last event, or the receipt when there is none. Later events may not be earlier. */
  readonly lastEventOn: IsoDate;
  /** Whether the term was postponed; Woo 4.4 lid 2 allows that once. */
  readonly postponed: boolean;
  /** Outcome of the decision, once decided. */
  readonly outcome: DecisionOutcome | null;
  /** Number of events applied. */
  readonly eventCount: number;
}

/** Stable codes of `LifecycleError`. */
export type LifecycleErrorCode = 'invalid-transition' | 'event-before-receipt' | 'event-out-of-order';

/** An event that cannot happen at this point in the life of a request. */
export class LifecycleError extends WooKitInputError {
  declare readonly code: LifecycleErrorCode;
  /** The state the request was in. */
  readonly state: LifecycleState;
  /** The type of the event that could not be applied. */
  readonly eventType: string;

  constructor(
    code: LifecycleErrorCode,
    message: LocalizedText,
    state: LifecycleState,
    eventType: string,
    options: WooKitErrorOptions = {},
  ) {
    super(code, message, options);
    this.state = state;
    this.eventType = eventType;
  }
}

/** Transitions without their extra conditions: event type → next state, per state. */
const TRANSITIONS: Readonly<
  Record<LifecycleState, Partial<Record<WooRequestEventType, LifecycleState | 'resume' | 'same'>>>
> = {
  received: {
    clarificationAsked: 'clarificationPending',
    zienswijzeAsked: 'suspended',
    postponed: 'postponed',
    forwarded: 'forwarded',
    decided: 'decided',
    withdrawn: 'withdrawn',
  },
  postponed: {
    clarificationAsked: 'clarificationPending',
    zienswijzeAsked: 'suspended',
    forwarded: 'forwarded',
    decided: 'decided',
    withdrawn: 'withdrawn',
  },
  clarificationPending: {
    clarificationAnswered: 'resume',
    // A postponement notice may be sent while waiting; the request stays where it is.
    postponed: 'same',
    // Woo 4.1 lid 6: the body may decide not to handle an unclarified request.
    decided: 'decided',
    withdrawn: 'withdrawn',
  },
  suspended: {
    zienswijzeReceived: 'resume',
    postponed: 'same',
    // Woo 4.4 lid 3: the suspension also ends when the term for the zienswijze lapses unused.
    decided: 'decided',
    withdrawn: 'withdrawn',
  },
  decided: {
    // Woo 4.4 lid 5: information is provided with or after the decision.
    released: 'released',
  },
  released: {},
  withdrawn: {},
  forwarded: {},
};

/** The status of a request that has just been received. Throws `InvalidDateError` for a bad date. */
export function startLifecycle(receivedOn: IsoDate): LifecycleStatus {
  if (!isIsoDate(receivedOn)) throw new InvalidDateError(receivedOn, { path: '/receivedOn' });
  return Object.freeze({
    state: 'received',
    receivedOn,
    lastEventOn: receivedOn,
    postponed: false,
    outcome: null,
    eventCount: 0,
  });
}

function isStatus(value: WooRequest | LifecycleStatus): value is LifecycleStatus {
  return 'state' in value && 'lastEventOn' in value;
}

const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

function transitionError(status: LifecycleStatus, type: string, path: string | undefined): LifecycleError {
  const event = (eventTypeLabels as Record<string, LocalizedText | undefined>)[type];
  const state = lifecycleStateLabels[status.state];
  const options = path === undefined ? {} : { path };
  if (event === undefined) {
    return new LifecycleError(
      'invalid-transition',
      { nl: `Dit soort gebeurtenis kennen we niet: ${quote(type)}.`, en: `Unknown kind of event: ${quote(type)}.` },
      status.state,
      type,
      options,
    );
  }
  let reason: LocalizedText;
  if (type === 'postponed' && status.postponed) {
    reason = {
      nl: ' De beslistermijn mag maar één keer worden verdaagd (Woo 4.4 lid 2).',
      en: ' The decision term may be postponed only once (Woo 4.4 lid 2).',
    };
  } else if (type === 'released' && status.state === 'decided') {
    reason = {
      nl: ' Bij dit besluit wordt geen informatie openbaar gemaakt.',
      en: ' This decision releases no information.',
    };
  } else {
    reason = { nl: '', en: '' };
  }
  return new LifecycleError(
    'invalid-transition',
    {
      nl: `"${event.nl}" kan niet als het verzoek de status "${state.nl}" heeft.${reason.nl}`,
      en: `"${event.en}" is not possible when the request is ${state.en}.${reason.en}`,
    },
    status.state,
    type,
    options,
  );
}

function eventType(event: unknown): string {
  return typeof event === 'object' && event !== null ? String((event as { type?: unknown }).type) : String(event);
}

/** Checks the date of an event against the receipt and the previous event. Returns the date. */
function checkDate(status: LifecycleStatus, event: WooRequestEvent, path?: string): IsoDate {
  const type = eventType(event);
  const on: unknown = typeof event === 'object' && event !== null ? (event as { on?: unknown }).on : undefined;
  const options = path === undefined ? {} : { path: `${path}/on` };
  if (!isIsoDate(on)) throw new InvalidDateError(on, options);
  if (on < status.receivedOn) {
    throw new LifecycleError(
      'event-before-receipt',
      {
        nl: `Deze gebeurtenis (${on}) is eerder dan de dag waarop het verzoek binnenkwam (${status.receivedOn}).`,
        en: `This event (${on}) is earlier than the day the request was received (${status.receivedOn}).`,
      },
      status.state,
      type,
      options,
    );
  }
  if (on < status.lastEventOn) {
    throw new LifecycleError(
      'event-out-of-order',
      {
        nl: `Deze gebeurtenis (${on}) is eerder dan de vorige (${status.lastEventOn}). Zet de gebeurtenissen op datum.`,
        en:
          `This event (${on}) is earlier than the previous one (${status.lastEventOn}). Put the events in date ` +
          `order.`,
      },
      status.state,
      type,
      options,
    );
  }
  return on;
}

/** The status after an event whose date is fine. Throws `invalid-transition`. */
function transition(status: LifecycleStatus, event: WooRequestEvent, on: IsoDate, path?: string): LifecycleStatus {
  const type = eventType(event);
  const target = Object.prototype.hasOwnProperty.call(TRANSITIONS[status.state], type)
    ? TRANSITIONS[status.state][type as WooRequestEventType]
    : undefined;
  if (target === undefined) throw transitionError(status, type, path);
  // Woo 4.4 lid 2: one postponement only.
  if (event.type === 'postponed' && status.postponed) throw transitionError(status, type, path);
  // Woo 4.4 lid 5: only a decision that discloses something is followed by a release.
  if (event.type === 'released' && (status.outcome === null || !outcomesWithRelease.includes(status.outcome))) {
    throw transitionError(status, type, path);
  }
  let state: LifecycleState;
  if (target === 'same') state = status.state;
  else if (target === 'resume') state = status.postponed ? 'postponed' : 'received';
  else if (event.type === 'forwarded' && event.partial === true)
    state = status.state; // Woo 4.2: the rest stays here
  else state = target;
  return Object.freeze({
    state,
    receivedOn: status.receivedOn,
    lastEventOn: on,
    postponed: status.postponed || event.type === 'postponed',
    outcome: event.type === 'decided' ? event.outcome : status.outcome,
    eventCount: status.eventCount + 1,
  });
}

function next(status: LifecycleStatus, event: WooRequestEvent, path?: string): LifecycleStatus {
  return transition(status, event, checkDate(status, event, path), path);
}

/**
 * Applies one event. Given a status, returns the next status; given a request, returns a new
 * request with the event added (the request itself is not changed). Throws `LifecycleError` when
 * the event cannot happen now or is out of date order, and `InvalidDateError` for a bad date.
 */
export function applyEvent(request: WooRequest, event: WooRequestEvent): WooRequest;
export function applyEvent(status: LifecycleStatus, event: WooRequestEvent): LifecycleStatus;
export function applyEvent(
  current: WooRequest | LifecycleStatus,
  event: WooRequestEvent,
): WooRequest | LifecycleStatus {
  if (isStatus(current)) return next(current, event);
  const events = current.events ?? [];
  next(lifecycleStatus(current), event, `/events/${events.length}`);
  return { ...current, events: [...events, event] };
}

/** Walks all events of a request. Throws the first `LifecycleError` (with the event's path). */
export function lifecycleStatus(request: WooRequest): LifecycleStatus {
  let status = startLifecycle(request.receivedOn);
  (request.events ?? []).forEach((event, index) => {
    status = next(status, event, `/events/${index}`);
  });
  return status;
}

/** The state a request is in after all its events. Throws `LifecycleError` as `lifecycleStatus` does. */
export function lifecycleState(request: WooRequest): LifecycleState {
  return lifecycleStatus(request).state;
}

/**
 * The event types that may come next. Given a bare state, conditions that depend on the history
 * (one postponement only; release only after a decision that releases something) cannot be known,
 * so those events are listed; given a status, the answer is exact.
 */
export function allowedEvents(current: LifecycleState | LifecycleStatus): readonly WooRequestEventType[] {
  const status = typeof current === 'string' ? null : current;
  const state = typeof current === 'string' ? current : current.state;
  const table = TRANSITIONS[state];
  return wooRequestEventTypes.filter((type) => {
    if (table[type] === undefined) return false;
    if (status === null) return true;
    if (type === 'postponed' && status.postponed) return false;
    if (type === 'released') return status.outcome !== null && outcomesWithRelease.includes(status.outcome);
    return true;
  });
}

/**
 * Checks the events of a request without throwing: every event dated before the receipt or
 * before the previous event, and the first impossible transition. An empty list means the
 * history is consistent. Used by `validateWooRequest`.
 */
export function lifecycleErrors(request: WooRequest): readonly LifecycleError[] {
  if (!isIsoDate(request.receivedOn)) return []; // the schema reports a bad receipt date
  const errors: LifecycleError[] = [];
  let status = startLifecycle(request.receivedOn);
  let transitionsOk = true;
  (request.events ?? []).forEach((event, index) => {
    const path = `/events/${index}`;
    let on: IsoDate;
    try {
      on = checkDate(status, event, path);
    } catch (error) {
      // Every date problem is reported; a malformed date is left to the schema.
      if (error instanceof LifecycleError) errors.push(error);
      return;
    }
    if (!transitionsOk) {
      status = { ...status, lastEventOn: on };
      return;
    }
    try {
      status = transition(status, event, on, path);
    } catch (error) {
      if (!(error instanceof LifecycleError)) throw error;
      // Only the first impossible transition: the ones after it would follow from it.
      errors.push(error);
      transitionsOk = false;
      status = { ...status, lastEventOn: on };
    }
  });
  return errors;
}
