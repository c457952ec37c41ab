/** Validation of a decision on a Woo request (Woo 4.4, 5.1). */
import { decisionValidator } from '../generated/validators/decision.js';
import type { Decision } from '../model.js';
import type { ValidationIssue } from './messages.js';
import { run } from './run.js';
import { before, checkGrounds, issue, parser, type ValidationResult } from './checks.js';

function decisionChecks(decision: Decision): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkGrounds('', decision.outcome, decision.grounds, issues);
  // Woo 4.4 lid 5: information is released with or after the decision.
  if (before(decision.releasedOn, decision.decidedOn)) {
    issues.push(
      issue(
        '/releasedOn',
        'release-before-decision',
        'De informatie kan niet eerder openbaar worden dan het besluit.',
        'Information cannot be released before the decision.',
      ),
    );
  }
  return issues;
}

/** Validates a decision on a request. */
export function validateDecision(value: unknown): ValidationResult<Decision> {
  return run(decisionValidator, value, decisionChecks);
}

/** Returns the value as a `Decision`, or throws `WooKitValidationError`. */
export const parseDecision: (value: unknown) => Decision = /* @__PURE__ */ parser(validateDecision, {
  nl: 'Het besluit',
  en: 'The decision',
});
