/**
 * Reading and checking deadline input that may come straight from JSON. Every problem becomes a
 * `WooKitInputError` with a stable code and a JSON-pointer path, never a raw TypeError.
 * (Internal-only property names end in `_`: see calendar.ts.)
 */
import { fail, parseDay, parseExtraDays, type ExtraDays, type IsoDate } from './calendar.js';

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

/** A suspension as day numbers; `first_` > `last_` means no days are suspended. */
export interface ParsedSuspension {
  readonly kind_: SuspensionKind;
  /** Day of the notice; NaN for a suspension given only as a number of days. */
  readonly notified_: number;
  /** First and last suspended day (NaN when not dated). */
  readonly first_: number;
  readonly last_: number;
  /** Suspended days as given (`instemming`, `overmacht`; 0 for the others). */
  readonly days_: number;
}

export interface ParsedInput {
  readonly received_: number;
  /** NaN when absent. */
  readonly postponed_: number;
  /** NaN when absent. */
  readonly decided_: number;
  /** Suspensions without a date, in input order. */
  readonly undated_: readonly ParsedSuspension[];
  /** Dated suspensions, by first suspended day, then input order. */
  readonly dated_: readonly ParsedSuspension[];
  readonly extra_: ExtraDays;
}

/** Reads a date into a day number or throws: calendar.ts `parseDay`, or a wrapper that remembers dates. */
export type DayReader = (value: unknown, path?: string) => number;

/**
 * A zienswijze or aanvulling as day numbers, from checked days (`ended` >= `notified`). Both start the
 * day after the notice. Woo 4.4 lid 3 "tot en met": `ended` is suspended. Awb 4:15 lid 1 "tot": it is not.
 */
export const datedSuspension = (kind: 'zienswijze' | 'aanvulling', notified: number, ended: number): ParsedSuspension => ({
  kind_: kind,
  notified_: notified,
  first_: notified + 1,
  last_: kind === 'zienswijze' ? ended : ended - 1,
  days_: 0,
});

/** Orders dated suspensions by their first suspended day (a stable sort keeps the input order among equals). */
export const byFirstDay = (a: ParsedSuspension, b: ParsedSuspension): number => a.first_ - b.first_;

type Obj = Record<string, unknown>;
/** Shared by inputs without suspensions (never written to). */
export const NONE: readonly ParsedSuspension[] = [];
const present = (v: unknown): boolean => v != null;
const before = (a: string, b: string): string => `${a} ligt vóór ${b}.|${a} is before ${b}.`;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// The optional date `o[key]` (NaN when absent), which may not lie before the receipt: else the code
// is e.g. "postponed-before-received". `at` is the path of `o`.
function dateFrom(o: Obj, key: string, at: string, received: number, read: DayReader): number {
  const value = o[key];
  if (!present(value)) return NaN;
  const path = at + '/' + key;
  const day = read(value, path);
  if (day < received) fail(`${key.slice(0, -2)}-before-received`, before(key, 'receivedOn'), path);
  return day;
}

function readSuspension(s: unknown, index: number, received: number, read: DayReader): ParsedSuspension {
  const at = `/suspensions/${index}`;
  if (!isObject(s)) return fail('invalid-suspension', 'Een opschorting moet een object zijn.|A suspension must be an object.', at);
  const kind = s['kind'];
  if (kind === 'zienswijze' || kind === 'aanvulling') {
    for (const key of ['notifiedOn', 'endedOn']) if (!present(s[key])) fail('missing-date', `${key} ontbreekt.|${key} is missing.`, `${at}/${key}`);
    const notified = dateFrom(s, 'notifiedOn', at, received, read);
    const ended = read(s['endedOn'], `${at}/endedOn`);
    if (ended < notified) fail('ended-before-notified', before('endedOn', 'notifiedOn'), `${at}/endedOn`);
    return datedSuspension(kind, notified, ended);
  }
  if (kind === 'instemming' || kind === 'overmacht') {
    // Awb 4:15 lid 2 sub a and c
    const days = s['days'] as number;
    if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      fail('invalid-days', `days moet een heel getal van 0 tot ${MAX_DAYS} zijn.|days must be a whole number from 0 to ${MAX_DAYS}.`, `${at}/days`);
    }
    const notified = dateFrom(s, 'notifiedOn', at, received, read);
    return { kind_: kind, notified_: notified, first_: notified + 1, last_: notified + days, days_: days };
  }
  return fail('unknown-suspension-kind', 'Onbekende soort: kies zienswijze, aanvulling, instemming of overmacht.|Unknown kind: use zienswijze, aanvulling, instemming or overmacht.', `${at}/kind`);
}

/** Checks and converts deadline input (which may be anything parsed from JSON); `read` reads its dates. */
export function readInput(o: unknown, read: DayReader = parseDay): ParsedInput {
  if (!isObject(o)) return fail('invalid-input', 'De invoer moet een object zijn.|The input must be an object.');
  if (!present(o['receivedOn'])) fail('missing-received-on', 'receivedOn (datum van ontvangst) ontbreekt.|receivedOn (date of receipt) is missing.', '/receivedOn');
  const received = read(o['receivedOn'], '/receivedOn');
  const postponed = dateFrom(o, 'postponedOn', '', received, read);
  const decided = dateFrom(o, 'decidedOn', '', received, read);
  const list = o['suspensions'];
  let undated = NONE as ParsedSuspension[];
  let dated = NONE as ParsedSuspension[];
  if (present(list)) {
    if (!Array.isArray(list)) fail('invalid-suspensions', 'suspensions moet een lijst zijn.|suspensions must be a list.', '/suspensions');
    undated = [];
    dated = [];
    for (let i = 0; i < list.length; i++) {
      const s = readSuspension(list[i], i, received, read);
      (s.notified_ === s.notified_ ? dated : undated).push(s); // NaN: not dated
    }
    dated.sort(byFirstDay);
  }
  return { received_: received, postponed_: postponed, decided_: decided, undated_: undated, dated_: dated, extra_: parseExtraDays(present(o['extraHolidays']) ? o['extraHolidays'] : undefined) };
}
