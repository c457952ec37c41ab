/**
 * Validators of the domain model. Each runs the standalone validator generated from the JSON
 * Schema at build time, then the checks a schema cannot express (dates in order, grounds that
 * match the outcome, a consistent request history). They never throw: the result is either
 * `{ ok: true, value }` or `{ ok: false, errors }` with typed issues.
 */
import type { IsoDate } from '../dates.js';
import { WooKitInputError, type LocalizedText } from '../errors.js';
import {
  contactPointValidator,
  decisionValidator,
  organisationValidator,
  publicationValidator,
  wooRequestValidator,
} from '../generated/validators.js';
import { lifecycleErrors } from '../lifecycle.js';
import {
  outcomesWithGrounds,
  type ContactPoint,
  type Decision,
  type DecisionOutcome,
  type Organisation,
  type Publication,
  type WooRequest,
} from '../model.js';
import type { WithholdingGroundArticle } from '../registries/exception-grounds.js';
import type { ValidationIssue } from './messages.js';
import { run } from './run.js';

export type { ValidationIssue } from './messages.js';

/** The result of a validator. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[] };

/** Thrown by the `parse…` functions when a value is not valid. Carries every issue. */
export class WooKitValidationError extends WooKitInputError {
  readonly issues: readonly ValidationIssue[];
  constructor(what: LocalizedText, issues: readonly ValidationIssue[]) {
    const count = issues.length;
    super('validation-failed', {
      nl: `${what.nl} is niet geldig: ${count === 1 ? '1 fout' : `${count} fouten`}. Eerste ` +
`fout: ${issues[0]?.message.nl ?? ''}`,
      en: `${what.en} is not valid: ${count === 1 ? '1 error' : `${count} errors`}. First ` +
`error: ${issues[0]?.message.en ?? ''}`,
    }, issues[0] === undefined ? {} : { path: issues[0].path });
    this.issues = issues;
  }
}

const issue = (path: string, code: string, nl: string, en: string): ValidationIssue => ({ path, code, message: { nl, en } });

function checkGrounds(path: string, outcome: DecisionOutcome, grounds: readonly WithholdingGroundArticle[] | undefined, issues: ValidationIssue[]): void {
  const count = grounds?.length ?? 0;
  // Woo 5.1 and 4.3: withholding information needs a ground from chapter 5.
  if (outcomesWithGrounds.includes(outcome) && count === 0) {
    issues.push(issue(`${path}/grounds`, 'grounds-required',
      'Noem minstens één uitzonderingsgrond. Zonder grond mag informatie niet worden geweigerd.',
      'Name at least one exception ground. Information cannot be withheld without one.'));
  }
  if (!outcomesWithGrounds.includes(outcome) && count > 0) {
    issues.push(issue(`${path}/grounds`, 'grounds-not-expected',
      'Bij deze uitkomst wordt niets geweigerd. Laat de uitzonderingsgronden weg.',
      'Nothing is withheld with this outcome. Leave out the exception grounds.'));
  }
}

const before = (a: IsoDate | undefined, b: IsoDate | undefined): boolean => a !== undefined && b !== undefined && a < b;

function wooRequestChecks(request: WooRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (before(request.receivedOn, request.submittedOn)) {
    issues.push(issue('/submittedOn', 'submitted-after-receipt',
      'De datum van versturen ligt na de datum van ontvangst. Dat kan niet.',
      'The date the request was sent is after the date it was received. That is not possible.'));
  }
  if (before(request.period?.to, request.period?.from)) {
    issues.push(issue('/period/to', 'period-end-before-start',
      'Het einde van de periode ligt voor het begin.',
      'The end of the period is before its start.'));
  }
  // Woo 4.2a: an agreed term is made after receipt.
  if (before(request.agreedDeadline, request.receivedOn)) {
    issues.push(issue('/agreedDeadline', 'agreed-deadline-before-receipt',
      'De afgesproken termijn eindigt voor de dag waarop het verzoek binnenkwam.',
      'The agreed term ends before the day the request was received.'));
  }
  (request.events ?? []).forEach((event, index) => {
    const path = `/events/${index}`;
    if ((event.type === 'clarificationAsked' || event.type === 'zienswijzeAsked') && before(event.answerBy, event.on)) {
      issues.push(issue(`${path}/answerBy`, 'answer-by-before-asked',
        'De uiterste datum voor een antwoord ligt voor de dag van de vraag.',
        'The answer-by date is before the day the question was asked.'));
    }
    if (event.type === 'decided') checkGrounds(path, event.outcome, event.grounds, issues);
  });
  for (const error of lifecycleErrors(request)) {
    issues.push({ path: error.path ?? '/events', code: error.code, message: error.messages });
  }
  return issues;
}

function decisionChecks(decision: Decision): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkGrounds('', decision.outcome, decision.grounds, issues);
  // Woo 4.4 lid 5: information is released with or after the decision.
  if (before(decision.releasedOn, decision.decidedOn)) {
    issues.push(issue('/releasedOn', 'release-before-decision',
      'De informatie kan niet eerder openbaar worden dan het besluit.',
      'Information cannot be released before the decision.'));
  }
  return issues;
}

function contactPointChecks(contact: ContactPoint): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Woo 3.3 lid 1 sub e: how to reach the body and how to file a request.
  if (contact.email === undefined && contact.phone === undefined && contact.requestUrl === undefined
    && contact.visitingAddress === undefined && contact.postalAddress === undefined) {
    issues.push(issue('', 'no-contact-channel',
      'Geef minstens één manier om contact op te nemen: e-mail, telefoon, webformulier of adres.',
      'Give at least one way to get in touch: e-mail, phone, web form or address.'));
  }
  (contact.openingHours ?? []).forEach((hours, index) => {
    if (hours.closes <= hours.opens) {
      issues.push(issue(`/openingHours/${index}/closes`, 'closes-before-opens',
        'De sluitingstijd ligt niet na de openingstijd.',
        'The closing time is not after the opening time.'));
    }
  });
  return issues;
}

/** Validates a Woo request: the schema, date order, grounds and the history of events. */
export function validateWooRequest(value: unknown): ValidationResult<WooRequest> {
  return run(wooRequestValidator, value, wooRequestChecks);
}

/** Validates a decision on a request. */
export function validateDecision(value: unknown): ValidationResult<Decision> {
  return run(decisionValidator, value, decisionChecks);
}

/** Validates a publication (DiWoo metadata). */
export function validatePublication(value: unknown): ValidationResult<Publication> {
  return run(publicationValidator, value, () => []);
}

/** Validates an organisation. */
export function validateOrganisation(value: unknown): ValidationResult<Organisation> {
  return run(organisationValidator, value, () => []);
}

/** Validates a contact point (openbaarheidscentrum). */
export function validateContactPoint(value: unknown): ValidationResult<ContactPoint> {
  return run(contactPointValidator, value, contactPointChecks);
}

function parser<T>(validate: (value: unknown) => ValidationResult<T>, what: LocalizedText): (value: unknown) => T {
  return (value) => {
    const result = validate(value);
    if (!result.ok) throw new WooKitValidationError(what, result.errors);
    return result.value;
  };
}

/** Returns the value as a `WooRequest`, or throws `WooKitValidationError` (code `validation-failed`). */
export const parseWooRequest: (value: unknown) => WooRequest = /* @__PURE__ */ parser(validateWooRequest, { nl: 'Het Woo-verzoek', en: 'The Woo request' });
/** Returns the value as a `Decision`, or throws `WooKitValidationError`. */
export const parseDecision: (value: unknown) => Decision = /* @__PURE__ */ parser(validateDecision, { nl: 'Het besluit', en: 'The decision' });
/** Returns the value as a `Publication`, or throws `WooKitValidationError`. */
export const parsePublication: (value: unknown) => Publication = /* @__PURE__ */ parser(validatePublication, { nl: 'De publicatie', en: 'The publication' });
/** Returns the value as an `Organisation`, or throws `WooKitValidationError`. */
export const parseOrganisation: (value: unknown) => Organisation = /* @__PURE__ */ parser(validateOrganisation, { nl: 'De organisatie', en: 'The organisation' });
/** Returns the value as a `ContactPoint`, or throws `WooKitValidationError`. */
export const parseContactPoint: (value: unknown) => ContactPoint = /* @__PURE__ */ parser(validateContactPoint, { nl: 'Het contactpunt', en: 'The contact point' });
