/**
 * The feedback form's rules, without DOM or Lit (tested in Node): what must be filled in, how many
 * characters are left, and the body `POST /api/feedback` of @woo-kit/server takes (docs/effect.md).
 */

export type FeedbackAnswer = 'yes' | 'partly' | 'no';
export const FEEDBACK_ANSWERS: readonly FeedbackAnswer[] = ['yes', 'partly', 'no'];
/** Longest text in characters (the server refuses more). */
export const MAX_FEEDBACK_TEXT = 500;

export type FeedbackProblem = 'answer-missing' | 'text-too-long';

export interface FeedbackDraft {
  readonly answer: FeedbackAnswer | '';
  readonly text: string;
}

/** Characters as people count them (an emoji is one), the same way the server counts. */
export const characters = (text: string): number => [...text].length;

/** The problems of a draft, in the order of the fields. */
export function checkFeedback(draft: FeedbackDraft): { field: 'answer' | 'text'; problem: FeedbackProblem }[] {
  const problems: { field: 'answer' | 'text'; problem: FeedbackProblem }[] = [];
  if (!draft.answer) problems.push({ field: 'answer', problem: 'answer-missing' });
  if (characters(draft.text) > MAX_FEEDBACK_TEXT) problems.push({ field: 'text', problem: 'text-too-long' });
  return problems;
}

/** A request reference (`WOO-2025-0042`) or a token is never sent as the subject: it would point at one person. */
export function safeSubject(subject: string): string {
  const s = subject.trim();
  return /^WOO-\d{4}-\d+$/i.test(s) || /^[A-Za-z0-9_-]{32,}$/.test(s) || !/^[\p{L}\p{N}._:/-]{1,120}$/u.test(s)
    ? ''
    : s;
}

export interface FeedbackContext {
  readonly pageKind: string;
  readonly subject: string;
  readonly outcome: string;
  readonly daysToDecision: number | undefined;
  readonly language: string;
}

/** The JSON body: where, the answer, the text, the language. Nothing else (no page address, no time). */
export function feedbackBody(draft: FeedbackDraft, context: FeedbackContext): Record<string, unknown> {
  const subject = safeSubject(context.subject);
  return {
    answer: draft.answer,
    pageKind: context.pageKind || 'other',
    ...(subject ? { subject } : {}),
    ...(draft.text.trim() ? { text: draft.text.trim() } : {}),
    language: context.language,
    ...(context.pageKind === 'decision' && context.outcome ? { outcome: context.outcome } : {}),
    ...(context.pageKind === 'decision' &&
    context.daysToDecision !== undefined &&
    Number.isInteger(context.daysToDecision) &&
    context.daysToDecision >= 0
      ? { daysToDecision: context.daysToDecision }
      : {}),
  };
}
