import { validateWooRequest, type LocalizedText, type WooRequest } from '@woo-kit/core';
import type { Step } from './draft.js';

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

/**
 * The issues @woo-kit/core's validator finds in a request the form built, as the fields that show them
 * with the validator's Dutch and English message, and the step of those fields. check.ts loads this
 * module only when a request is not valid: the form's own checks catch nearly everything first, so
 * the texts of the validator's issues are seldom needed.
 */
export function requestIssues(request: WooRequest): {
  step: Step;
  errors: { field: string; message: LocalizedText }[];
} {
  const validated = validateWooRequest(request);
  const issues = validated.ok ? [] : validated.errors;
  const errors = issues.map((issue) => ({ field: FIELD_OF_PATH[issue.path] ?? 'subject', message: issue.message }));
  const onQuestionStep = errors.some((e) => e.field === 'subject' || e.field.startsWith('period'));
  return { step: onQuestionStep ? 'question' : 'contact', errors };
}
