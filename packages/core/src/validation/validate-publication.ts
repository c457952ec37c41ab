/** Validation of a publication (DiWoo metadata). */
import { publicationValidator } from '../generated/validators/publication.js';
import type { Publication } from '../model.js';
import { run } from './run.js';
import { parser, type ValidationResult } from './checks.js';

/** Validates a publication (DiWoo metadata). */
export function validatePublication(value: unknown): ValidationResult<Publication> {
  return run(publicationValidator, value, () => []);
}

/** Returns the value as a `Publication`, or throws `WooKitValidationError`. */
export const parsePublication: (value: unknown) => Publication = /* @__PURE__ */ parser(validatePublication, {
  nl: 'De publicatie',
  en: 'The publication',
});
