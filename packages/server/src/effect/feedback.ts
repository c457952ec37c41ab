/**
 * What a feedback message may hold, checked before anything is stored. Pure (tested in Node).
 *
 * Stored: where (page kind and the id of a publication, decision or request category), the answer,
 * the screened text, the language, the day. Never: an IP address, a cookie, a request's reference
 * or status token, the time of day, the page address, the browser (AVG art. 5 lid 1 c).
 */
import { HttpError } from '../errors.js';
import { screenText } from './screen.js';

export const PAGE_KINDS = ['publication', 'decision', 'search', 'request-status', 'request-form', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const ANSWERS = ['yes', 'partly', 'no'] as const;
export type FeedbackAnswer = (typeof ANSWERS)[number];
export const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
/** Decision outcomes (Woo 4.4; as `DecisionOutcome` in @woo-kit/core). */
export const OUTCOMES = ['disclosed', 'partlyDisclosed', 'refused', 'notHeld', 'alreadyPublic', 'notHandled'] as const;
/**
 * How long it took from request to decision, in groups (never the exact days: with the day of the
 * feedback they could point at one request).
 */
export const DECISION_TIMES = ['within-4-weeks', 'within-6-weeks', 'within-8-weeks', 'longer'] as const;
export type DecisionTime = (typeof DECISION_TIMES)[number];

/** Longest free text in characters (the component counts the same). */
export const MAX_TEXT = 500;

export interface FeedbackInput {
  readonly pageKind: PageKind;
  /** Publication id, decision id or request category; '' when none. */
  readonly subject: string;
  readonly answer: FeedbackAnswer;
  /** Screened text, or null when nothing was typed (or nothing was left after screening). */
  readonly text: string | null;
  readonly language: string | null;
  readonly outcome: string | null;
  readonly decisionTime: DecisionTime | null;
}

/** A request reference (`WOO-2025-0042`) or something that looks like a token: never stored as a subject. */
const REQUEST_REFERENCE = /^WOO-\d{4}-\d+$/i;
const TOKEN_LIKE = /^[A-Za-z0-9_-]{32,}$/;
const SUBJECT = /^[\p{L}\p{N}._:/-]{1,120}$/u;

/** Groups the days from request to decision (Woo 4.4: 4 weeks, plus 2 when postponed). */
export function decisionTimeOf(days: number): DecisionTime {
  if (days <= 28) return 'within-4-weeks';
  if (days <= 42) return 'within-6-weeks';
  if (days <= 56) return 'within-8-weeks';
  return 'longer';
}

const invalid = (path: string, nl: string, en: string) => new HttpError(422, 'invalid-feedback', { nl, en }, { path });

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Checks a feedback body (from JSON or a form) and screens its text. Throws an `HttpError` 422 with
 * the path of the first wrong field. Unknown fields are ignored, never stored.
 */
export function readFeedback(body: Readonly<Record<string, unknown>>): FeedbackInput {
  const answer = oneOf(ANSWERS, body['answer']);
  if (!answer) throw invalid('/answer', 'Kies ja, deels of nee.', 'Choose yes, partly or no.');
  const pageKind = oneOf(PAGE_KINDS, body['pageKind'] ?? 'other');
  if (!pageKind)
    throw invalid(
      '/pageKind',
      `Onbekend soort pagina. Kies uit: ${PAGE_KINDS.join(', ')}.`,
      `Unknown page kind. Use one of: ${PAGE_KINDS.join(', ')}.`,
    );
  const rawSubject = typeof body['subject'] === 'string' ? body['subject'].trim() : '';
  // A request's reference or token would tie the feedback to one person: refused, not stored.
  if (rawSubject && (REQUEST_REFERENCE.test(rawSubject) || TOKEN_LIKE.test(rawSubject) || !SUBJECT.test(rawSubject))) {
    throw invalid(
      '/subject',
      'Het onderwerp is geen id van een publicatie, besluit of soort verzoek. Een kenmerk of code van een ' +
        'verzoek hoort hier niet.',
      'The subject is not the id of a publication, decision or request category. A request reference or ' +
        'code does not belong here.',
    );
  }
  const rawText = typeof body['text'] === 'string' ? body['text'] : '';
  if ([...rawText].length > MAX_TEXT) {
    throw invalid('/text', `Schrijf hoogstens ${MAX_TEXT} tekens.`, `Write at most ${MAX_TEXT} characters.`);
  }
  const screened = rawText.trim() ? screenText(rawText).text : '';
  const days =
    typeof body['daysToDecision'] === 'number'
      ? body['daysToDecision']
      : Number.parseInt(String(body['daysToDecision'] ?? ''), 10);
  return {
    pageKind,
    subject: rawSubject,
    answer,
    text: screened && screened !== '[verwijderd]' ? screened : null,
    language: oneOf(LANGUAGES, body['language']) ?? null,
    outcome: pageKind === 'decision' ? (oneOf(OUTCOMES, body['outcome']) ?? null) : null,
    decisionTime:
      pageKind === 'decision' && Number.isInteger(days) && days >= 0 && days < 3650 ? decisionTimeOf(days) : null,
  };
}
