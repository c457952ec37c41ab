/**
 * The figures of `GET /api/effect` (@woo-kit/server) as the dashboard reads them, checked field by
 * field (a record that is not right is left out, never shown half), and the sums it shows. No DOM.
 */

export interface AnswerCounts {
  readonly yes: number;
  readonly partly: number;
  readonly no: number;
}

export interface EffectData {
  readonly total: AnswerCounts;
  readonly perKindAndMonth: readonly (AnswerCounts & { readonly pageKind: string; readonly month: string })[];
  readonly byOutcome: readonly (AnswerCounts & { readonly outcome: string })[];
  readonly byDecisionTime: readonly (AnswerCounts & { readonly decisionTime: string })[];
  readonly requestChoices: readonly {
    readonly month: string;
    readonly answer: number;
    readonly documents: number;
    readonly answerThenRequest: number;
    readonly answeredWithoutRequest: number;
  }[];
  readonly missedTerms: readonly {
    readonly term: string;
    readonly days: number;
    readonly noResults: number;
    readonly nothingOpened: number;
  }[];
  readonly minimumDays: number;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : NaN);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(obj) : []);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function answers(v: Record<string, unknown>): AnswerCounts | undefined {
  const c = { yes: count(v['yes']), partly: count(v['partly']), no: count(v['no']) };
  return Number.isNaN(c.yes + c.partly + c.no) ? undefined : c;
}

function keep<T>(items: Record<string, unknown>[], read: (item: Record<string, unknown>) => T | undefined): T[] {
  return items.map(read).filter((x): x is T => x !== undefined);
}

/** Reads `GET /api/effect`; throws when it is not that at all (the component shows the load error). */
export function readEffect(value: unknown): EffectData {
  const root = obj(value);
  const feedback = obj(root['feedback']);
  if (!('feedback' in root) || !Array.isArray(feedback['perKindAndMonth'])) throw new TypeError('not effect figures');
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 80 ? v : undefined);
  return {
    total: answers(obj(feedback['total'])) ?? { yes: 0, partly: 0, no: 0 },
    perKindAndMonth: keep(list(feedback['perKindAndMonth']), (r) => {
      const c = answers(r);
      const pageKind = text(r['pageKind']);
      return c && pageKind && typeof r['month'] === 'string' && MONTH.test(r['month'])
        ? { ...c, pageKind, month: r['month'] }
        : undefined;
    }),
    byOutcome: keep(list(feedback['byOutcome']), (r) => {
      const c = answers(r);
      const outcome = text(r['outcome']);
      return c && outcome ? { ...c, outcome } : undefined;
    }),
    byDecisionTime: keep(list(feedback['byDecisionTime']), (r) => {
      const c = answers(r);
      const decisionTime = text(r['decisionTime']);
      return c && decisionTime ? { ...c, decisionTime } : undefined;
    }),
    requestChoices: keep(list(root['requestChoices']), (r) => {
      const n = [r['answer'], r['documents'], r['answerThenRequest'], r['answeredWithoutRequest']].map(count);
      if (n.some(Number.isNaN) || typeof r['month'] !== 'string' || !MONTH.test(r['month'])) return undefined;
      return {
        month: r['month'],
        answer: n[0]!,
        documents: n[1]!,
        answerThenRequest: n[2]!,
        answeredWithoutRequest: n[3]!,
      };
    }),
    missedTerms: keep(list(root['missedTerms']), (r) => {
      const n = [r['days'], r['noResults'], r['nothingOpened']].map(count);
      const term = text(r['term']);
      return term && !n.some(Number.isNaN) ? { term, days: n[0]!, noResults: n[1]!, nothingOpened: n[2]! } : undefined;
    }),
    minimumDays: count(root['minimumDays']) || 5,
  };
}

export const totalOf = (c: AnswerCounts): number => c.yes + c.partly + c.no;

/** Shares of yes, partly and no (0–1); null when there are no answers. */
export function shares(c: AnswerCounts): { yes: number; partly: number; no: number } | null {
  const n = totalOf(c);
  return n === 0 ? null : { yes: c.yes / n, partly: c.partly / n, no: c.no / n };
}

/** Sums answers by a key (page kind, or month), in first-seen order. */
export function sumBy<T extends AnswerCounts>(
  rows: readonly T[],
  key: (row: T) => string,
): { key: string; counts: AnswerCounts }[] {
  const sums = new Map<string, { yes: number; partly: number; no: number }>();
  for (const row of rows) {
    const s = sums.get(key(row)) ?? { yes: 0, partly: 0, no: 0 };
    s.yes += row.yes;
    s.partly += row.partly;
    s.no += row.no;
    sums.set(key(row), s);
  }
  return [...sums.entries()].map(([k, counts]) => ({ key: k, counts }));
}
