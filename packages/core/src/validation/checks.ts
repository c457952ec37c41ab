/**
 * What the validators of validate-*.ts share: the error the `parse…` functions throw, the issue
 * helper, the checks of exception grounds and dates, and the parser factory. Internal except
 * {@link WooKitValidationError} and {@link ValidationResult}, which validate.ts re-exports.
 */
import type { IsoDate } from '../dates.js';
import { WooKitInputError, type LocalizedText } from '../errors.js';
import { outcomesWithGrounds, type DecisionOutcome } from '../model.js';
import type { WithholdingGroundArticle } from '../registries/exception-grounds.js';
import type { ValidationIssue } from './messages.js';
import type { RawValidator } from './raw.js';

/** The result of a validator. */
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly ValidationIssue[] };

/** Thrown by the `parse…` functions when a value is not valid. Carries every issue. */
export class WooKitValidationError extends WooKitInputError {
  readonly issues: readonly ValidationIssue[];
  constructor(what: LocalizedText, issues: readonly ValidationIssue[]) {
    const count = issues.length;
    super(
      'validation-failed',
      {
        nl:
          `${what.nl} is niet geldig: ${count === 1 ? '1 fout' : `${count} fouten`}. Eerste ` +
          `fout: ${issues[0]?.message.nl ?? ''}`,
        en:
          `${what.en} is not valid: ${count === 1 ? '1 error' : `${count} errors`}. First ` +
          `error: ${issues[0]?.message.en ?? ''}`,
      },
      issues[0] === undefined ? {} : { path: issues[0].path },
    );
    this.issues = issues;
  }
}

export const issue = (path: string, code: string, nl: string, en: string): ValidationIssue => ({
  path,
  code,
  message: { nl, en },
});

export function checkGrounds(
  path: string,
  outcome: DecisionOutcome,
  grounds: readonly WithholdingGroundArticle[] | undefined,
  issues: ValidationIssue[],
): void {
  const count = grounds?.length ?? 0;
  // Woo 5.1 and 4.3: withholding information needs a ground from chapter 5.
  if (outcomesWithGrounds.includes(outcome) && count === 0) {
    issues.push(
      issue(
        `${path}/grounds`,
        'grounds-required',
        'Noem minstens één uitzonderingsgrond. Zonder grond mag informatie niet worden geweigerd.',
        'Name at least one exception ground. Information cannot be withheld without one.',
      ),
    );
  }
  if (!outcomesWithGrounds.includes(outcome) && count > 0) {
    issues.push(
      issue(
        `${path}/grounds`,
        'grounds-not-expected',
        'Bij deze uitkomst wordt niets geweigerd. Laat de uitzonderingsgronden weg.',
        'Nothing is withheld with this outcome. Leave out the exception grounds.',
      ),
    );
  }
}

export const before = (a: IsoDate | undefined, b: IsoDate | undefined): boolean =>
  a !== undefined && b !== undefined && a < b;

export function parser<T>(
  validate: (value: unknown) => ValidationResult<T>,
  what: LocalizedText,
): (value: unknown) => T {
  return (value) => {
    const result = validate(value);
    if (!result.ok) throw new WooKitValidationError(what, result.errors);
    return result.value;
  };
}

/**
 * True when the generated validator accepts the value and the checks find nothing: the `ok` of the
 * validator's result, without building the issues and their texts (the `isValid…` functions). Never
 * throws: a value that cannot be read is not valid.
 */
export function passes<T>(
  validator: RawValidator,
  value: unknown,
  checks: (value: T) => readonly ValidationIssue[],
): value is T {
  try {
    return validator(value) && checks(value as T).length === 0;
  } catch {
    return false;
  }
}
