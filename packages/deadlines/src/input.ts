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

/** A suspension with dates, as day numbers; `firstDay_` > `lastDay_` means no days are suspended. */
export interface DatedSuspension {
  readonly kind_: SuspensionKind;
  /** Day of the notice. */
  readonly notified_: number;
  /** First and last suspended day. */
  readonly firstDay_: number;
  readonly lastDay_: number;
  /** Suspended days as given (`instemming`, `overmacht`; 0 for the others). */
  readonly days_: number;
}

/** An `instemming` or `overmacht` given only as a number of days (Awb 4:15 lid 2 sub a and c). */
export interface UndatedSuspension {
  readonly kind_: 'instemming' | 'overmacht';
  readonly notified_: undefined;
  readonly firstDay_: undefined;
  readonly lastDay_: undefined;
  readonly days_: number;
}

export type ParsedSuspension = DatedSuspension | UndatedSuspension;

export interface ParsedInput {
  readonly received_: number;
  /** Undefined when absent. */
  readonly postponed_: number | undefined;
  /** Undefined when absent. */
  readonly decided_: number | undefined;
  /** Suspensions without a date, in input order. */
  readonly undated_: readonly UndatedSuspension[];
  /** Dated suspensions, by first suspended day, then input order. */
  readonly dated_: readonly DatedSuspension[];
  readonly extraHolidays_: ExtraDays;
}

/** Reads a date into a day number or throws: calendar.ts `parseDay`, or a wrapper that remembers dates. */
export type DayReader = (value: unknown, path?: string) => number;

/**
 * A zienswijze or aanvulling as day numbers, from checked days (`ended` >= `notified`). Both start the
 * day after the notice. Woo 4.4 lid 3 "tot en met": `ended` is suspended. Awb 4:15 lid 1 "tot": it is not.
 */
export const datedSuspension = (
  kind: 'zienswijze' | 'aanvulling',
  notified: number,
  ended: number,
): DatedSuspension => ({
  kind_: kind,
  notified_: notified,
  firstDay_: notified + 1,
  lastDay_: kind === 'zienswijze' ? ended : ended - 1,
  days_: 0,
});

/** Orders dated suspensions by their first suspended day (a stable sort keeps the input order among equals). */
export const byFirstDay = (a: DatedSuspension, b: DatedSuspension): number => a.firstDay_ - b.firstDay_;

type JsonObject = Record<string, unknown>;
/** Shared by inputs without suspensions (never written to). */
export const NONE: readonly never[] = [];
const present = (value: unknown): boolean => value != null;
const before = (later: string, earlier: string): string =>
  `${later} ligt vóór ${earlier}.|${later} is before ${earlier}.`;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The optional date `object[key]` (undefined when absent), which may not lie before the receipt: else
// the code is e.g. "postponed-before-received". `at` is the path of `object`.
function dateFrom(object: JsonObject, key: string, at: string, received: number, read: DayReader): number | undefined {
  const value = object[key];
  if (!present(value)) return undefined;
  const path = at + '/' + key;
  const day = read(value, path);
  if (day < received) fail(`${key.slice(0, -2)}-before-received`, before(key, 'receivedOn'), path);
  return day;
}

function readSuspension(suspension: unknown, index: number, received: number, read: DayReader): ParsedSuspension {
  const at = `/suspensions/${index}`;
  if (!isObject(suspension))
    return fail('invalid-suspension', 'Een opschorting moet een object zijn.|A suspension must be an object.', at);
  const kind = suspension['kind'];
  if (kind === 'zienswijze' || kind === 'aanvulling') {
    for (const key of ['notifiedOn', 'endedOn'])
      if (!present(suspension[key])) fail('missing-date', `${key} ontbreekt.|${key} is missing.`, `${at}/${key}`);
    const notified = dateFrom(suspension, 'notifiedOn', at, received, read)!;
    const ended = read(suspension['endedOn'], `${at}/endedOn`);
    if (ended < notified) fail('ended-before-notified', before('endedOn', 'notifiedOn'), `${at}/endedOn`);
    return datedSuspension(kind, notified, ended);
  }
  if (kind === 'instemming' || kind === 'overmacht') {
    // Awb 4:15 lid 2 sub a and c
    const days = suspension['days'] as number;
    if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      fail(
        'invalid-days',
        `days moet een heel getal van 0 tot ${MAX_DAYS} zijn.|days must be a whole number from 0 to ${MAX_DAYS}.`,
        `${at}/days`,
      );
    }
    // With a notice: suspended from the day after it. Without: only a number of days (every date undefined).
    const notified = dateFrom(suspension, 'notifiedOn', at, received, read);
    const dated = notified !== undefined;
    return {
      kind_: kind,
      notified_: notified,
      firstDay_: dated ? notified + 1 : undefined,
      lastDay_: dated ? notified + days : undefined,
      days_: days,
    } as ParsedSuspension;
  }
  return fail(
    'unknown-suspension-kind',
    'Onbekende soort: kies zienswijze, aanvulling, instemming of overmacht.|Unknown kind: use zienswijze, ' +
      'aanvulling, instemming or overmacht.',
    `${at}/kind`,
  );
}

/** Checks and converts deadline input (which may be anything parsed from JSON); `read` reads its dates. */
export function readInput(input: unknown, read: DayReader = parseDay): ParsedInput {
  if (!isObject(input)) return fail('invalid-input', 'De invoer moet een object zijn.|The input must be an object.');
  if (!present(input['receivedOn']))
    fail(
      'missing-received-on',
      'receivedOn (datum van ontvangst) ontbreekt.|receivedOn (date of receipt) is missing.',
      '/receivedOn',
    );
  const received = read(input['receivedOn'], '/receivedOn');
  const postponed = dateFrom(input, 'postponedOn', '', received, read);
  const decided = dateFrom(input, 'decidedOn', '', received, read);
  const list = input['suspensions'];
  let undated: UndatedSuspension[] = NONE as never[];
  let dated: DatedSuspension[] = NONE as never[];
  if (present(list)) {
    if (!Array.isArray(list))
      fail('invalid-suspensions', 'suspensions moet een lijst zijn.|suspensions must be a list.', '/suspensions');
    undated = [];
    dated = [];
    for (let i = 0; i < list.length; i++) {
      const suspension = readSuspension(list[i], i, received, read);
      if (suspension.notified_ === undefined) undated.push(suspension);
      else dated.push(suspension);
    }
    dated.sort(byFirstDay);
  }
  const extraHolidays = parseExtraDays(present(input['extraHolidays']) ? input['extraHolidays'] : undefined);
  return {
    received_: received,
    postponed_: postponed,
    decided_: decided,
    undated_: undated,
    dated_: dated,
    extraHolidays_: extraHolidays,
  };
}
