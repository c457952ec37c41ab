/** Validation of a Woo request (Woo 4.1): the schema, date order, grounds and the history of events. */
import { wooRequestValidator } from '../generated/validators/woo-request.js';
import type { WooRequest } from '../model.js';
import { run } from './run.js';
import { parser, type ValidationResult } from './checks.js';
import { wooRequestChecks } from './request-checks.js';

/** Validates a Woo request: the schema, date order, grounds and the history of events. */
export function validateWooRequest(value: unknown): ValidationResult<WooRequest> {
  return run(wooRequestValidator, value, wooRequestChecks);
}

/** Returns the value as a `WooRequest`, or throws `WooKitValidationError` (code `validation-failed`). */
export const parseWooRequest: (value: unknown) => WooRequest = /* @__PURE__ */ parser(validateWooRequest, {
  nl: 'Het Woo-verzoek',
  en: 'The Woo request',
});
