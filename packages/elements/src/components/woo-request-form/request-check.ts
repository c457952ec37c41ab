/**
 * The last check of the request form, loaded when the person sends it (check.ts): the `WooRequest` the
 * draft describes, checked with @woo-kit/core's validator. Not part of the form's own chunk: the
 * validator, and the texts of its issues, are needed only when a request is sent.
 */
import { isValidWooRequest, validateWooRequest, type LocalizedText, type WooRequest } from '@woo-kit/core';
import { datePartsToIso } from '../../internal/form/date-parts.js';
import type { RequestDraft, Step } from './draft.js';

/** The `WooRequest` a draft describes (to be validated with @woo-kit/core before it is sent). */
export function draftToRequest(draft: RequestDraft, receivedOn: string): WooRequest {
  const from = datePartsToIso(draft.periodFrom);
  const to = datePartsToIso(draft.periodTo);
  const period = { ...(from.ok ? { from: from.value } : {}), ...(to.ok ? { to: to.value } : {}) };
  const trim = (s: string) => s.trim();
  const requester = {
    ...(trim(draft.name) ? { name: trim(draft.name) } : {}),
    ...(draft.reply === 'email' || trim(draft.email) ? (trim(draft.email) ? { email: trim(draft.email) } : {}) : {}),
    ...(trim(draft.phone) ? { phone: trim(draft.phone) } : {}),
    ...(draft.reply === 'post'
      ? {
          postalAddress: {
            street: trim(draft.street),
            ...(trim(draft.houseNumber) ? { houseNumber: trim(draft.houseNumber) } : {}),
            postalCode: trim(draft.postalCode).toUpperCase(),
            city: trim(draft.city),
          },
        }
      : {}),
  };
  return {
    id: `concept-${draft.idempotencyKey.slice(0, 8)}`,
    receivedOn,
    submittedOn: receivedOn,
    channel: 'webForm',
    subject: trim(draft.subject),
    ...(period.from || period.to ? { period } : {}),
    ...(draft.reply !== 'none' && Object.keys(requester).length ? { requester } : {}),
    ...(draft.want ? { preferredResponse: draft.want } : {}),
  };
}

/** Maps a JSON pointer of the core validator to the field that shows it. */
const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  '/subject': 'subject',
  '/period/from': 'period-from',
  '/period/to': 'period-to',
  '/period': 'period-from',
  '/requester/name': 'name',
  '/requester/email': 'email',
  '/requester/phone': 'phone',
  '/requester/postalAddress/street': 'street',
  '/requester/postalAddress/houseNumber': 'house-number',
  '/requester/postalAddress/postalCode': 'postal-code',
  '/requester/postalAddress/city': 'city',
};

/** The outcome of the last check: the request, or the fields and step of the validator's issues. */
export type DraftCheck =
  | { readonly ok: true; readonly request: WooRequest }
  | { readonly ok: false; readonly step: Step; readonly errors: { field: string; message: LocalizedText }[] };

/**
 * The request a draft describes, when @woo-kit/core's validator accepts it; else the fields that show
 * the validator's issues, with its Dutch and English messages, and the step of those fields. The texts
 * are made only when there is an issue (`isValidWooRequest` first).
 */
export function checkDraft(draft: RequestDraft, receivedOn: string): DraftCheck {
  const request = draftToRequest(draft, receivedOn);
  if (isValidWooRequest(request)) return { ok: true, request };
  const validated = validateWooRequest(request);
  const issues = validated.ok ? [] : validated.errors;
  const errors = issues.map((issue) => ({ field: FIELD_OF_PATH[issue.path] ?? 'subject', message: issue.message }));
  const onQuestionStep = errors.some((e) => e.field === 'subject' || e.field.startsWith('period'));
  return { ok: false, step: onQuestionStep ? 'question' : 'contact', errors };
}
