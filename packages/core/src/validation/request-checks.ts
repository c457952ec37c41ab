/**
 * The checks of a Woo request that its schema cannot express (date order, grounds, the history of
 * events), and `isValidWooRequest`. In a module of their own, without the texts of the schema's issues
 * (validate-request.ts): a page that only keeps or skips requests does not load those texts, even when
 * another part of it shows them later. Internal except `isValidWooRequest`.
 */
import { wooRequestValidator } from '../generated/validators/woo-request.js';
import { lifecycleErrors } from '../lifecycle.js';
import type { WooRequest } from '../model.js';
import type { ValidationIssue } from './messages.js';
import { before, checkGrounds, issue, passes } from './checks.js';

/** The issues of a Woo request that passed its schema. Internal. */
export function wooRequestChecks(request: WooRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (before(request.receivedOn, request.submittedOn)) {
    issues.push(
      issue(
        '/submittedOn',
        'submitted-after-receipt',
        'De datum van versturen ligt na de datum van ontvangst. Dat kan niet.',
        'The date the request was sent is after the date it was received. That is not possible.',
      ),
    );
  }
  if (before(request.period?.to, request.period?.from)) {
    issues.push(
      issue(
        '/period/to',
        'period-end-before-start',
        'Het einde van de periode ligt voor het begin.',
        'The end of the period is before its start.',
      ),
    );
  }
  // Woo 4.2a: an agreed term is made after receipt.
  if (before(request.agreedDeadline, request.receivedOn)) {
    issues.push(
      issue(
        '/agreedDeadline',
        'agreed-deadline-before-receipt',
        'De afgesproken termijn eindigt voor de dag waarop het verzoek binnenkwam.',
        'The agreed term ends before the day the request was received.',
      ),
    );
  }
  (request.events ?? []).forEach((event, index) => {
    const path = `/events/${index}`;
    if ((event.type === 'clarificationAsked' || event.type === 'zienswijzeAsked') && before(event.answerBy, event.on)) {
      issues.push(
        issue(
          `${path}/answerBy`,
          'answer-by-before-asked',
          'De uiterste datum voor een antwoord ligt voor de dag van de vraag.',
          'The answer-by date is before the day the question was asked.',
        ),
      );
    }
    if (event.type === 'decided') checkGrounds(path, event.outcome, event.grounds, issues);
  });
  for (const error of lifecycleErrors(request)) {
    issues.push({ path: error.path ?? '/events', code: error.code, message: error.messages });
  }
  return issues;
}

/**
 * True when `validateWooRequest(value).ok` would be: for code that only keeps or skips a value and
 * shows no message, so it does not load the texts of the issues.
 */
export function isValidWooRequest(value: unknown): value is WooRequest {
  return passes(wooRequestValidator, value, wooRequestChecks);
}
