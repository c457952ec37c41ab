import { msg } from '@lit/localize';
import { isEmailAddress, type WooRequest } from '@woo-kit/core';
import { datePartsToIso, type DateParts } from '../../internal/form/date-parts.js';
import { dateProblemMessage } from '../../internal/form/date-messages.js';
import type { FieldError } from '../../internal/form/error-summary.js';
import { pick } from '../../internal/pick.js';
import { STEPS, type RequestDraft, type Step } from './draft.js';

/** Dutch postal code: four digits, two letters, an optional space between them. */
const POSTAL_CODE = /^\s*\d{4}\s?[a-zA-Z]{2}\s*$/;

/**
 * The checks of one step of the request form, in the order of its fields: one error per field at
 * most, with the message the person sees. Pure: the same draft always gives the same errors.
 */
export function check(step: Step, draft: RequestDraft): FieldError[] {
  const errors: FieldError[] = [];
  const optionalDate = (field: string, parts: DateParts): string | undefined => {
    if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return undefined;
    const parsed = datePartsToIso(parts);
    if (!parsed.ok) errors.push({ field, message: dateProblemMessage(parsed.problem, true) ?? '' });
    return parsed.ok ? parsed.value : undefined;
  };
  if (step === 'triage' && !draft.want) {
    errors.push({ field: 'want', message: msg('Kies of u een antwoord op een vraag zoekt of informatie.') });
  }
  if (step === 'question') {
    const subject = draft.subject.trim();
    if (!subject) errors.push({ field: 'subject', message: msg('Schrijf welke informatie u zoekt.') });
    else if (subject.length < 10) {
      errors.push({ field: 'subject', message: msg('Schrijf iets meer over de informatie die u zoekt.') });
    }
    const from = optionalDate('period-from', draft.periodFrom);
    const to = optionalDate('period-to', draft.periodTo);
    if (from && to && from > to) {
      errors.push({ field: 'period-to', message: msg('De einddatum moet na de begindatum liggen.') });
    }
  }
  if (step === 'contact') {
    const email = draft.email.trim();
    if (!draft.reply) errors.push({ field: 'reply', message: msg('Kies hoe u antwoord wilt krijgen.') });
    if (draft.reply === 'email' && !email) errors.push({ field: 'email', message: msg('Vul uw e-mailadres in.') });
    else if (email && !isEmailAddress(email)) {
      errors.push({ field: 'email', message: msg('Vul een e-mailadres in zoals naam@voorbeeld.nl.') });
    }
    if (draft.reply === 'post') {
      if (!draft.street.trim()) errors.push({ field: 'street', message: msg('Vul uw straat in.') });
      if (!POSTAL_CODE.test(draft.postalCode)) {
        errors.push({ field: 'postal-code', message: msg('Vul uw postcode in zoals 1234 AB.') });
      }
      if (!draft.city.trim()) errors.push({ field: 'city', message: msg('Vul uw woonplaats in.') });
    }
    if (!draft.consent) errors.push({ field: 'consent', message: msg('Vink aan dat u dit heeft gelezen.') });
  }
  return errors;
}

/** The outcome of checking a whole draft before it is sent. */
export type RequestCheck =
  | { readonly ok: true; readonly request: WooRequest }
  | { readonly ok: false; readonly step: Step; readonly errors: FieldError[] };

let requestCheck: Promise<typeof import('./request-check.js')> | undefined;

/**
 * Loads the last check (request-check.ts) once; the form starts it when the person reaches the check
 * step, so it is there when they send. A failed load (offline) is tried again the next time.
 */
export function loadRequestCheck(): Promise<typeof import('./request-check.js')> {
  requestCheck ??= import('./request-check.js').catch((error: unknown) => {
    requestCheck = undefined;
    throw error;
  });
  return requestCheck;
}

/**
 * Checks every step in order, then the whole request with @woo-kit/core's validator. On a problem it
 * names the step to go back to and the errors to show there; `locale` picks the language of the
 * validator's messages (Dutch, or English for every other locale). Asynchronous: the validator and the
 * texts of its issues are loaded when a request is sent (request-check.ts), not with the form.
 */
export async function checkRequest(draft: RequestDraft, receivedOn: string, locale: string): Promise<RequestCheck> {
  for (const step of STEPS) {
    const errors = check(step, draft);
    if (errors.length) return { ok: false, step, errors };
  }
  const { checkDraft } = await loadRequestCheck();
  const checked = checkDraft(draft, receivedOn);
  if (checked.ok) return checked;
  const errors = checked.errors.map(({ field, message }) => ({ field, message: pick(message, locale) }));
  return { ok: false, step: checked.step, errors };
}
