/** Validation of a contact point (openbaarheidscentrum, Woo 3.3 lid 1 sub e). */
import { contactPointValidator } from '../generated/validators/contact-point.js';
import type { ContactPoint } from '../model.js';
import type { ValidationIssue } from './messages.js';
import { run } from './run.js';
import { issue, parser, passes, type ValidationResult } from './checks.js';

function contactPointChecks(contact: ContactPoint): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Woo 3.3 lid 1 sub e: how to reach the body and how to file a request.
  if (
    contact.email === undefined &&
    contact.phone === undefined &&
    contact.requestUrl === undefined &&
    contact.visitingAddress === undefined &&
    contact.postalAddress === undefined
  ) {
    issues.push(
      issue(
        '',
        'no-contact-channel',
        'Geef minstens één manier om contact op te nemen: e-mail, telefoon, webformulier of adres.',
        'Give at least one way to get in touch: e-mail, phone, web form or address.',
      ),
    );
  }
  (contact.openingHours ?? []).forEach((hours, index) => {
    if (hours.closes <= hours.opens) {
      issues.push(
        issue(
          `/openingHours/${index}/closes`,
          'closes-before-opens',
          'De sluitingstijd ligt niet na de openingstijd.',
          'The closing time is not after the opening time.',
        ),
      );
    }
  });
  return issues;
}

/** Validates a contact point (openbaarheidscentrum). */
export function validateContactPoint(value: unknown): ValidationResult<ContactPoint> {
  return run(contactPointValidator, value, contactPointChecks);
}

/**
 * True when `validateContactPoint(value).ok` would be: for code that only keeps or skips a value and
 * shows no message, so it does not load the texts of the issues.
 */
export function isValidContactPoint(value: unknown): value is ContactPoint {
  return passes(contactPointValidator, value, contactPointChecks);
}

/** Returns the value as a `ContactPoint`, or throws `WooKitValidationError`. */
export const parseContactPoint: (value: unknown) => ContactPoint = /* @__PURE__ */ parser(validateContactPoint, {
  nl: 'Het contactpunt',
  en: 'The contact point',
});
