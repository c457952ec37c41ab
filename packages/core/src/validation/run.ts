/** Runs a generated validator and then the checks a schema cannot express. Internal. */
import type { LocalizedText } from '../errors.js';
import type { ValidationIssue } from './messages.js';
import { issuesFromAjv } from './messages.js';
import type { RawValidator } from './raw.js';

/** The result of a validator. */
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly ValidationIssue[] };

const issue = (path: string, code: string, message: LocalizedText): ValidationIssue => ({ path, code, message });

/** Runs a generated validator, then the extra checks; never throws. Internal. */
export function run<T>(
  validator: RawValidator,
  value: unknown,
  checks: (value: T) => ValidationIssue[],
): ValidationResult<T> {
  let issues: ValidationIssue[];
  try {
    if (validator(value)) {
      // The schema passed, so the value has the type the checks expect.
      issues = checks(value as T);
    } else {
      issues = issuesFromAjv(validator.errors);
    }
  } catch (error) {
    // A validator must never throw (e.g. on a value with a hostile getter); report it as an issue.
    const detail = error instanceof Error ? error.message : String(error);
    issues = [
      issue('', 'unreadable-value', {
        nl: `Deze waarde kunnen we niet lezen: ${detail.slice(0, 100)}`,
        en: `This value cannot be read: ${detail.slice(0, 100)}`,
      }),
    ];
  }
  if (issues.length === 0) return { ok: true, value: value as T };
  return { ok: false, errors: issues };
}
