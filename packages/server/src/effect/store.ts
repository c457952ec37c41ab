/**
 * Feedback, missed searches and request choices in the database (SQLite or PostgreSQL, the same SQL),
 * and the aggregates `GET /api/effect` serves. Nothing here stores or returns anything that points at
 * a person: see docs/effect.md.
 */
import type { Db } from '../store/db.js';
import { ANSWERS, DECISION_TIMES, OUTCOMES, PAGE_KINDS, type FeedbackAnswer, type FeedbackInput } from './feedback.js';

export const MISS_REASONS = ['no-results', 'nothing-opened'] as const;
export type MissReason = (typeof MISS_REASONS)[number];
export const REQUEST_CHOICES = ['answer', 'documents', 'answer-then-request'] as const;
export type RequestChoice = (typeof REQUEST_CHOICES)[number];

/** A term is shown only once it was missed on at least this many different days (never lower). */
export const MINIMUM_TERM_DAYS = 5;

export type AnswerCounts = Record<FeedbackAnswer, number>;

export interface EffectFigures {
  /** The day the figures are for. */
  readonly today: string;
  readonly feedback: {
    readonly total: AnswerCounts;
    /** Per page kind and month (`YYYY-MM`), oldest month first. */
    readonly perKindAndMonth: readonly ({ readonly pageKind: string; readonly month: string } & AnswerCounts)[];
    /** Feedback under decisions, by the decision's outcome (Woo 4.4; outcomes of @woo-kit/core). */
    readonly byOutcome: readonly ({ readonly outcome: string } & AnswerCounts)[];
    /** Feedback under decisions, by the time from request to decision (in groups). */
    readonly byDecisionTime: readonly ({ readonly decisionTime: string } & AnswerCounts)[];
  };
  /** Request form: per month, "an answer to a question", "documents", and the first that still filed a request. */
  readonly requestChoices: readonly {
    readonly month: string;
    readonly answer: number;
    readonly documents: number;
    readonly answerThenRequest: number;
    readonly answeredWithoutRequest: number;
  }[];
  /** Terms people did not find, seen on at least `minimumDays` different days; most days first. */
  readonly missedTerms: readonly {
    readonly term: string;
    readonly days: number;
    readonly noResults: number;
    readonly nothingOpened: number;
  }[];
  readonly minimumDays: number;
}

const zero = (): AnswerCounts => ({ yes: 0, partly: 0, no: 0 });

export async function insertFeedback(db: Db, day: string, input: FeedbackInput): Promise<void> {
  await db.run(
    'INSERT INTO woo_feedback (day, page_kind, subject, answer, outcome, decision_time, language, text) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [day, input.pageKind, input.subject, input.answer, input.outcome, input.decisionTime, input.language, input.text],
  );
}

/** Counts a missed search: one more for the term on this day, for this reason. */
export async function countMiss(db: Db, day: string, term: string, reason: MissReason): Promise<void> {
  await db.run(
    'INSERT INTO woo_search_misses (term, day, reason, count) VALUES (?, ?, ?, 1) ON CONFLICT (term, day, ' +
      'reason) DO UPDATE SET count = woo_search_misses.count + 1',
    [term, day, reason],
  );
}

export async function countChoice(db: Db, month: string, choice: RequestChoice): Promise<void> {
  await db.run(
    'INSERT INTO woo_request_choices (month, choice, count) VALUES (?, ?, 1) ON CONFLICT (month, choice) DO ' +
      'UPDATE SET count = woo_request_choices.count + 1',
    [month, choice],
  );
}

/**
 * The retention job: the free text of feedback given on or before `cutoff` is erased (the counts stay),
 * and missed-search days on or before it are deleted. Resolves to the number of texts erased.
 */
export async function eraseOldEffectData(db: Db, cutoff: string, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const erased = await tx.run(
      'UPDATE woo_feedback SET text = NULL, text_erased_on = ? WHERE text IS NOT NULL AND day <= ?',
      [today, cutoff],
    );
    await tx.run('DELETE FROM woo_search_misses WHERE day <= ?', [cutoff]);
    return erased;
  });
}

function byAnswer<K extends string>(
  rows: readonly ({ n: number | string; answer: string } & Record<K, string | null>)[],
  key: K,
  order: readonly string[],
) {
  const groups = new Map<string, AnswerCounts>();
  for (const row of rows) {
    const name = row[key];
    if (name === null || !(ANSWERS as readonly string[]).includes(row.answer)) continue;
    const counts = groups.get(name) ?? zero();
    counts[row.answer as FeedbackAnswer] += Number(row.n);
    groups.set(name, counts);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, counts]) => ({ name, counts }));
}

/** The aggregates for `GET /api/effect`. Counts only; terms only above the threshold. */
export async function effectFigures(
  db: Db,
  today: string,
  options: { minimumDays?: number; topTerms?: number } = {},
): Promise<EffectFigures> {
  const minimumDays = Math.max(MINIMUM_TERM_DAYS, options.minimumDays ?? MINIMUM_TERM_DAYS);
  const perMonth = await db.all<{ page_kind: string; month: string; answer: string; n: number | string }>(
    'SELECT page_kind, substr(day, 1, 7) AS month, answer, COUNT(*) AS n FROM woo_feedback GROUP BY ' +
      'page_kind, substr(day, 1, 7), answer',
  );
  const total = zero();
  const kindMonth = new Map<string, { pageKind: string; month: string } & AnswerCounts>();
  for (const row of perMonth) {
    if (!(ANSWERS as readonly string[]).includes(row.answer)) continue;
    const key = `${row.month} ${row.page_kind}`;
    const entry = kindMonth.get(key) ?? { pageKind: row.page_kind, month: row.month, ...zero() };
    entry[row.answer as FeedbackAnswer] += Number(row.n);
    total[row.answer as FeedbackAnswer] += Number(row.n);
    kindMonth.set(key, entry);
  }
  const kindOrder = PAGE_KINDS as readonly string[];
  const perKindAndMonth = [...kindMonth.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || kindOrder.indexOf(a.pageKind) - kindOrder.indexOf(b.pageKind),
  );
  const outcomes = await db.all<{ outcome: string | null; answer: string; n: number | string }>(
    "SELECT outcome, answer, COUNT(*) AS n FROM woo_feedback WHERE page_kind = 'decision' AND outcome IS " +
      'NOT NULL GROUP BY outcome, answer',
  );
  const times = await db.all<{ decision_time: string | null; answer: string; n: number | string }>(
    "SELECT decision_time, answer, COUNT(*) AS n FROM woo_feedback WHERE page_kind = 'decision' AND " +
      'decision_time IS NOT NULL GROUP BY decision_time, answer',
  );
  const choices = await db.all<{ month: string; choice: string; count: number | string }>(
    'SELECT month, choice, count FROM woo_request_choices ORDER BY month',
  );
  const months = new Map<
    string,
    { month: string; answer: number; documents: number; answerThenRequest: number; answeredWithoutRequest: number }
  >();
  for (const row of choices) {
    const entry = months.get(row.month) ?? {
      month: row.month,
      answer: 0,
      documents: 0,
      answerThenRequest: 0,
      answeredWithoutRequest: 0,
    };
    if (row.choice === 'answer') entry.answer += Number(row.count);
    if (row.choice === 'documents') entry.documents += Number(row.count);
    if (row.choice === 'answer-then-request') entry.answerThenRequest += Number(row.count);
    entry.answeredWithoutRequest = Math.max(0, entry.answer - entry.answerThenRequest);
    months.set(row.month, entry);
  }
  // The threshold is on different days, so one person searching their own name every day for four
  // days never shows; HAVING keeps terms below it inside the database.
  const terms = await db.all<{
    term: string;
    days: number | string;
    no_results: number | string;
    nothing_opened: number | string;
  }>(
    `SELECT term, COUNT(DISTINCT day) AS days,
       SUM(CASE WHEN reason = 'no-results' THEN count ELSE 0 END) AS no_results,
       SUM(CASE WHEN reason = 'nothing-opened' THEN count ELSE 0 END) AS nothing_opened
     FROM woo_search_misses GROUP BY term HAVING COUNT(DISTINCT day) >= ?
     ORDER BY COUNT(DISTINCT day) DESC, SUM(count) DESC, term LIMIT ?`,
    [minimumDays, Math.max(1, Math.min(100, options.topTerms ?? 20))],
  );
  return {
    today,
    feedback: {
      total,
      perKindAndMonth,
      byOutcome: byAnswer(outcomes, 'outcome', OUTCOMES).map(({ name, counts }) => ({ outcome: name, ...counts })),
      byDecisionTime: byAnswer(times, 'decision_time', DECISION_TIMES).map(({ name, counts }) => ({
        decisionTime: name,
        ...counts,
      })),
    },
    requestChoices: [...months.values()],
    missedTerms: terms.map((t) => ({
      term: t.term,
      days: Number(t.days),
      noResults: Number(t.no_results),
      nothingOpened: Number(t.nothing_opened),
    })),
    minimumDays,
  };
}
