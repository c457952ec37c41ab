/** Validation of an organisation. */
import { organisationValidator } from '../generated/validators/organisation.js';
import type { Organisation } from '../model.js';
import { run } from './run.js';
import { parser, type ValidationResult } from './checks.js';

/** Validates an organisation. */
export function validateOrganisation(value: unknown): ValidationResult<Organisation> {
  return run(organisationValidator, value, () => []);
}

/** Returns the value as an `Organisation`, or throws `WooKitValidationError`. */
export const parseOrganisation: (value: unknown) => Organisation = /* @__PURE__ */ parser(validateOrganisation, {
  nl: 'De organisatie',
  en: 'The organisation',
});
