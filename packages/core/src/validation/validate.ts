/**
 * Validators of the domain model. Each runs the standalone validator generated from the JSON
 * Schema at build time, then the checks a schema cannot express (dates in order, grounds that
 * match the outcome, a consistent request history). They never throw: the result is either
 * `{ ok: true, value }` or `{ ok: false, errors }` with typed issues.
 *
 * One module per record type (validate-*.ts), re-exported here: a page that validates only contact
 * points does not load the request validator.
 */
export type { ValidationIssue } from './messages.js';
export { WooKitValidationError, type ValidationResult } from './checks.js';
export { validateWooRequest, parseWooRequest } from './validate-request.js';
export { isValidWooRequest } from './request-checks.js';
export { validateDecision, parseDecision } from './validate-decision.js';
export { validatePublication, parsePublication } from './validate-publication.js';
export { isValidPublication } from './publication-checks.js';
export { validateOrganisation, parseOrganisation } from './validate-organisation.js';
export { validateContactPoint, parseContactPoint, isValidContactPoint } from './validate-contact-point.js';
