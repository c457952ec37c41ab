import { msg } from '@lit/localize';
import { WooKitError } from '@woo-kit/core';
import type { DeadlineInput, SuspensionInput, SuspensionKind } from '@woo-kit/deadlines';
import { datePartsToIso, EMPTY_DATE, type DateParts } from '../../internal/form/date-parts.js';
import { dateProblemMessage } from '../../internal/form/date-messages.js';
import type { FieldError } from '../../internal/form/error-summary.js';

/** A period in which the term stood still, as typed: a kind, and two dates or a number of days. */
export interface SuspensionDraft {
  readonly kind: SuspensionKind | '';
  readonly notified: DateParts;
  readonly ended: DateParts;
  readonly days: string;
}

export const newSuspension = (): SuspensionDraft => ({ kind: '', notified: EMPTY_DATE, ended: EMPTY_DATE, days: '' });

/** Everything the calculator's form holds. */
export interface CalculatorFields {
  readonly received: DateParts;
  readonly postponed: boolean;
  readonly postponedOn: DateParts;
  readonly suspensions: readonly SuspensionDraft[];
}

/**
 * Reads the form into a `DeadlineInput` for the engine, or the errors to show, one per field, in the
 * order of the fields. Pure: the engine's own checks come after this (see {@link engineError}).
 */
export function readForm(fields: CalculatorFields): { readonly input?: DeadlineInput; readonly errors: FieldError[] } {
  const errors: FieldError[] = [];
  const date = (field: string, parts: DateParts): string => {
    const parsed = datePartsToIso(parts);
    if (parsed.ok) return parsed.value;
    errors.push({ field, message: dateProblemMessage(parsed.problem) ?? '' });
    return '';
  };
  const receivedOn = date('received', fields.received);
  const postponedOn = fields.postponed ? date('postponed-on', fields.postponedOn) : '';
  const suspensions: SuspensionInput[] = [];
  fields.suspensions.forEach((s, i) => {
    const id = `suspension-${i}`;
    if (s.kind === '') {
      errors.push({ field: `${id}-kind`, message: msg('Kies wat voor periode het was.') });
    } else if (s.kind === 'zienswijze' || s.kind === 'aanvulling') {
      const notifiedOn = date(`${id}-notified`, s.notified);
      const endedOn = date(`${id}-ended`, s.ended);
      suspensions.push({ kind: s.kind, notifiedOn, endedOn });
    } else if (!/^\d{1,4}$/.test(s.days.trim())) {
      errors.push({
        field: `${id}-days`,
        message: msg('Vul het aantal dagen in als een heel getal, bijvoorbeeld 14.'),
      });
    } else {
      suspensions.push({ kind: s.kind, days: Number(s.days.trim()) });
    }
  });
  if (errors.length) return { errors };
  return { input: { receivedOn, ...(postponedOn ? { postponedOn } : {}), suspensions }, errors };
}

/**
 * The engine's own checks (an end before its start, a date out of range), shown at the field they are
 * about: a suspension's date by the error's path, anything else at the received date.
 */
export function engineError(error: unknown, locale: string): FieldError {
  if (!(error instanceof WooKitError)) return { field: 'received', message: String(error) };
  const message = error.messageIn(locale === 'nl' ? 'nl' : 'en');
  const match = /^\/suspensions\/(\d+)\/(notifiedOn|endedOn)/.exec(error.path ?? '');
  const field = match ? `suspension-${match[1]}-${match[2] === 'endedOn' ? 'ended' : 'notified'}` : 'received';
  return { field, message };
}
