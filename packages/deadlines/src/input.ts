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

function dateAfter(value: unknown, path: string, received: number, code: string, nl: string, en: string): number {
  const day = parseDay(value, path);
  if (day < received) throw inputError(code, `${nl} ligt vóór de datum van ontvangst.`, `${en} is before the day the request was received.`, path);
  return day;
}

function readSuspension(value: unknown, index: number, received: number): ParsedSuspension {
  const path = `/suspensions/${index}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw inputError('invalid-suspension', 'Een opschorting moet een object zijn.', 'A suspension must be an object.', path);
  }
  const s = value as Record<string, unknown>;
  const kind = s['kind'];
  if (kind === 'zienswijze' || kind === 'aanvulling') {
    for (const key of ['notifiedOn', 'endedOn']) {
      if (!present(s[key])) throw inputError('missing-date', `Vul ${key} in.`, `${key} is missing.`, `${path}/${key}`);
    }
    const notified = dateAfter(s['notifiedOn'], `${path}/notifiedOn`, received, 'notified-before-received', 'notifiedOn', 'notifiedOn');
    const ended = parseDay(s['endedOn'], `${path}/endedOn`);
    if (ended < notified) {
      throw inputError(
        'ended-before-notified',
        'De opschorting eindigt (endedOn) vóór de melding (notifiedOn).',
        'The suspension ends (endedOn) before it was notified (notifiedOn).',
        `${path}/endedOn`,
      );
    }
    // Woo 4.4 lid 3 "tot en met": endedOn is suspended. Awb 4:15 lid 1 "tot": endedOn is not.
    const last = kind === 'zienswijze' ? ended : ended - 1;
    return { kind, index, notified, first: notified + 1, last, days: Math.max(0, last - notified) };
  }
  if (kind === 'instemming' || kind === 'overmacht') {
    const days = s['days'];
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      throw inputError(
        'invalid-days',
        `days moet een heel getal zijn van 0 tot en met ${MAX_DAYS}.`,
        `days must be a whole number from 0 to ${MAX_DAYS}.`,
        `${path}/days`,
      );
    }
    const notified = present(s['notifiedOn'])
      ? dateAfter(s['notifiedOn'], `${path}/notifiedOn`, received, 'notified-before-received', 'notifiedOn', 'notifiedOn')
      : NaN;
    return { kind, index, notified, first: notified + 1, last: notified + days, days };
  }
  throw inputError(
    'unknown-suspension-kind',
    'Onbekende soort opschorting. Kies zienswijze, aanvulling, instemming of overmacht.',
    'Unknown kind of suspension. Use zienswijze, aanvulling, instemming or overmacht.',
    `${path}/kind`,
  );
}

/** Checks and converts deadline input (which may be anything parsed from JSON). */
export function readInput(input: unknown): ParsedInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw inputError('invalid-input', 'De invoer moet een object zijn.', 'The input must be an object.');
  }
  const o = input as Record<string, unknown>;
  if (!present(o['receivedOn'])) {
    throw inputError('missing-received-on', 'Vul de datum van ontvangst in (receivedOn).', 'The date of receipt (receivedOn) is missing.', '/receivedOn');
  }
  const received = parseDay(o['receivedOn'], '/receivedOn');
  const postponed = present(o['postponedOn'])
    ? dateAfter(o['postponedOn'], '/postponedOn', received, 'postponed-before-received', 'De verdaging', 'The postponement')
    : NaN;
  const decided = present(o['decidedOn'])
    ? dateAfter(o['decidedOn'], '/decidedOn', received, 'decided-before-received', 'Het besluit', 'The decision')
    : NaN;
  const list = o['suspensions'];
  let undated = NONE;
  let dated = NONE;
  if (present(list)) {
    if (!Array.isArray(list)) {
      throw inputError('invalid-suspensions', 'suspensions moet een lijst zijn.', 'suspensions must be a list.', '/suspensions');
    }
    if (list.length > 0) {
      const all = list.map((s: unknown, i) => readSuspension(s, i, received));
      undated = all.filter((s) => Number.isNaN(s.notified));
      dated = all.filter((s) => !Number.isNaN(s.notified)).sort((a, b) => a.first - b.first || a.index - b.index);
    }
  }
  return { received, postponed, decided, undated, dated, extra: parseExtraDays(present(o['extraHolidays']) ? o['extraHolidays'] : undefined) };
}
