/**
 * Reading and checking deadline input that may come straight from JSON. Every problem becomes a
 * `WooKitInputError` with a stable code and a JSON-pointer path, never a raw TypeError.
 */
import { WooKitInputError } from '@woo-kit/core';
import { parseDay, parseExtraDays, type ExtraDays, type IsoDate } from './calendar.js';

/** The kinds of suspension (opschorting) of the decision term. */
export type SuspensionKind = 'zienswijze' | 'aanvulling' | 'instemming' | 'overmacht';

/**
 * A suspension of the decision term.
 * - `zienswijze` (Woo 4.4 lid 3): a third party is asked for its view. Suspended from the day after
 *   `notifiedOn` (the day the requester was told) up to and including `endedOn` (the view arrived,
 *   or the term for it lapsed).
 * - `aanvulling` (Awb 4:15 lid 1 sub a, Woo 4.1 lid 5): the requester is asked to complete or
 *   clarify the request. Suspended from the day after `notifiedOn` until, not including, `endedOn`.
 * - `instemming` (Awb 4:15 lid 2 sub a): the requester agreed in writing to `days` days.
 * - `overmacht` (Awb 4:15 lid 2 sub c): force majeure for `days` days.
 *   With `notifiedOn`, these two run from the day after it; without, they simply add `days`.
 */
export type SuspensionInput =
  | { readonly kind: 'zienswijze' | 'aanvulling'; readonly notifiedOn: IsoDate; readonly endedOn: IsoDate }
  | { readonly kind: 'instemming' | 'overmacht'; readonly days: number; readonly notifiedOn?: IsoDate };

/** What `computeDeadline` needs to know about a request. */
export interface DeadlineInput {
  /** The day the competent body received the request (Woo 4.4 lid 1). */
  readonly receivedOn: IsoDate;
  /** The day the requester was told the term is postponed (Woo 4.4 lid 2). */
  readonly postponedOn?: IsoDate;
  readonly suspensions?: readonly SuspensionInput[];
  /** Extra non-working days (Atw art. 3 lid 3). */
  readonly extraHolidays?: readonly IsoDate[];
  /** The day the decision was made, if it was; used for the release date and the status. */
  readonly decidedOn?: IsoDate;
}

/** Largest `days` accepted for `instemming` and `overmacht` (ten years). */
export const MAX_DAYS = 3650;

/** A suspension as day numbers; `first` > `last` means no days are suspended. */
export interface ParsedSuspension {
  readonly kind: SuspensionKind;
  /** Position in the input list. */
  readonly index: number;
  /** Day of the notice; NaN for a suspension given only as a number of days. */
  readonly notified: number;
  /** First and last suspended day (dated suspensions). */
  readonly first: number;
  readonly last: number;
  /** Suspended days as given. */
  readonly days: number;
}

export interface ParsedInput {
  readonly received: number;
  /** NaN when absent. */
  readonly postponed: number;
  /** NaN when absent. */
  readonly decided: number;
  readonly undated: readonly ParsedSuspension[];
  /** Sorted by first suspended day, then input order. */
  readonly dated: readonly ParsedSuspension[];
  readonly extra: ExtraDays;
}

/** Builds an input error. */
export function inputError(code: string, nl: string, en: string, path?: string): WooKitInputError {
  return new WooKitInputError(code, { nl, en }, path === undefined ? {} : { path });
}

const NONE: readonly ParsedSuspension[] = [];
const present = (v: unknown): boolean => v !== undefined && v !== null;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// A date that may not lie before the receipt; `code` is e.g. "postponed-before-received".
function dateAfter(o: Record<string, unknown>, key: string, path: string, received: number, code: string): number {
  const day = parseDay(o[key], path);
  if (day < received) throw inputError(code, `${key} ligt vóór receivedOn.`, `${key} is before receivedOn.`, path);
  return day;
}

function readSuspension(s: unknown, index: number, received: number): ParsedSuspension {
  const path = `/suspensions/${index}`;
  if (!isObject(s)) throw inputError('invalid-suspension', 'Een opschorting moet een object zijn.', 'A suspension must be an object.', path);
  const kind = s['kind'];
  if (kind === 'zienswijze' || kind === 'aanvulling') {
    for (const key of ['notifiedOn', 'endedOn']) {
      if (!present(s[key])) throw inputError('missing-date', `${key} ontbreekt.`, `${key} is missing.`, `${path}/${key}`);
    }
    const notified = dateAfter(s, 'notifiedOn', `${path}/notifiedOn`, received, 'notified-before-received');
    const ended = parseDay(s['endedOn'], `${path}/endedOn`);
    if (ended < notified) throw inputError('ended-before-notified', 'endedOn ligt vóór notifiedOn.', 'endedOn is before notifiedOn.', `${path}/endedOn`);
    // Woo 4.4 lid 3 "tot en met": endedOn is suspended. Awb 4:15 lid 1 "tot": endedOn is not.
    const last = kind === 'zienswijze' ? ended : ended - 1;
    return { kind, index, notified, first: notified + 1, last, days: Math.max(0, last - notified) };
  }
  if (kind === 'instemming' || kind === 'overmacht') {
    // Awb 4:15 lid 2 sub a and c
    const days = s['days'];
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      throw inputError('invalid-days', `days moet een heel getal van 0 tot ${MAX_DAYS} zijn.`, `days must be a whole number from 0 to ${MAX_DAYS}.`, `${path}/days`);
    }
    const notified = present(s['notifiedOn']) ? dateAfter(s, 'notifiedOn', `${path}/notifiedOn`, received, 'notified-before-received') : NaN;
    return { kind, index, notified, first: notified + 1, last: notified + days, days };
  }
  throw inputError(
    'unknown-suspension-kind',
    'Onbekende soort: kies zienswijze, aanvulling, instemming of overmacht.',
    'Unknown kind: use zienswijze, aanvulling, instemming or overmacht.',
    `${path}/kind`,
  );
}

/** Checks and converts deadline input (which may be anything parsed from JSON). */
export function readInput(o: unknown): ParsedInput {
  if (!isObject(o)) throw inputError('invalid-input', 'De invoer moet een object zijn.', 'The input must be an object.');
  if (!present(o['receivedOn'])) throw inputError('missing-received-on', 'receivedOn (datum van ontvangst) ontbreekt.', 'receivedOn (date of receipt) is missing.', '/receivedOn');
  const received = parseDay(o['receivedOn'], '/receivedOn');
  const postponed = present(o['postponedOn']) ? dateAfter(o, 'postponedOn', '/postponedOn', received, 'postponed-before-received') : NaN;
  const decided = present(o['decidedOn']) ? dateAfter(o, 'decidedOn', '/decidedOn', received, 'decided-before-received') : NaN;
  const list = o['suspensions'];
  let undated = NONE;
  let dated = NONE;
  if (present(list)) {
    if (!Array.isArray(list)) throw inputError('invalid-suspensions', 'suspensions moet een lijst zijn.', 'suspensions must be a list.', '/suspensions');
    if (list.length > 0) {
      const all = list.map((s: unknown, i) => readSuspension(s, i, received));
      undated = all.filter((s) => Number.isNaN(s.notified));
      dated = all.filter((s) => !Number.isNaN(s.notified)).sort((a, b) => a.first - b.first || a.index - b.index);
    }
  }
  return { received, postponed, decided, undated, dated, extra: parseExtraDays(present(o['extraHolidays']) ? o['extraHolidays'] : undefined) };
}
