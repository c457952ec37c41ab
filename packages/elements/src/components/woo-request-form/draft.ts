import { isIsoDate, type Publication } from '@woo-kit/core';
import { EMPTY_DATE, type DateParts } from '../../internal/form/date-parts.js';

/** Everything a person typed, kept exactly as typed, so nothing is lost on a reload or a failed send. */
export interface RequestDraft {
  step: Step;
  want: '' | 'answer' | 'documents';
  subject: string;
  periodFrom: DateParts;
  periodTo: DateParts;
  reply: '' | 'email' | 'post' | 'none';
  name: string;
  email: string;
  phone: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  consent: boolean;
  /** One key per request: a retried send carries the same key, so the server creates one request. */
  idempotencyKey: string;
}

export type Step = 'triage' | 'question' | 'contact' | 'check';
export const STEPS: readonly Step[] = ['triage', 'question', 'contact', 'check'];

export function emptyDraft(): RequestDraft {
  return {
    step: 'triage',
    want: '',
    subject: '',
    periodFrom: EMPTY_DATE,
    periodTo: EMPTY_DATE,
    reply: '',
    name: '',
    email: '',
    phone: '',
    street: '',
    houseNumber: '',
    postalCode: '',
    city: '',
    consent: false,
    idempotencyKey: newKey(),
  };
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const text = (v: unknown, max = 10_000): string => (typeof v === 'string' ? v.slice(0, max) : '');
const parts = (v: unknown): DateParts => {
  const o = (v ?? {}) as Record<string, unknown>;
  return { day: text(o['day'], 4), month: text(o['month'], 4), year: text(o['year'], 6) };
};

/**
 * Reads a stored draft back, field by field: anything missing or of the wrong type falls back to
 * empty, so a damaged or old draft never breaks the form.
 */
export function restoreDraft(raw: string | null): RequestDraft | undefined {
  if (!raw) return undefined;
  let o: Record<string, unknown>;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    o = value as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const draft = emptyDraft();
  const step = o['step'];
  const want = o['want'];
  const reply = o['reply'];
  return {
    ...draft,
    step: STEPS.includes(step as Step) ? (step as Step) : 'triage',
    want: want === 'answer' || want === 'documents' ? want : '',
    subject: text(o['subject']),
    periodFrom: parts(o['periodFrom']),
    periodTo: parts(o['periodTo']),
    reply: reply === 'email' || reply === 'post' || reply === 'none' ? reply : '',
    name: text(o['name'], 200),
    email: text(o['email'], 254),
    phone: text(o['phone'], 40),
    street: text(o['street'], 200),
    houseNumber: text(o['houseNumber'], 20),
    postalCode: text(o['postalCode'], 10),
    city: text(o['city'], 100),
    consent: o['consent'] === true,
    idempotencyKey: text(o['idempotencyKey'], 100) || draft.idempotencyKey,
  };
}

/** Today's date in the Netherlands, the day a web form counts as received. */
export { todayInAmsterdam as todayInNetherlands } from '@woo-kit/deadlines';

const words = (s: string): string[] =>
  s
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3);

/**
 * Publications that match what the person typed, best first: the share of their words found in a
 * publication's title and description. Simple on purpose: it runs on every keystroke.
 */
export function matchingPublications(query: string, publications: readonly Publication[], limit = 3): Publication[] {
  const wanted = new Set(words(query));
  if (wanted.size === 0) return [];
  return publications
    .map((p) => {
      const have = new Set(words(`${p.officialTitle} ${p.shortTitle ?? ''} ${p.description ?? ''}`));
      let hits = 0;
      for (const w of wanted) if (have.has(w)) hits += 1;
      return { p, score: hits / wanted.size };
    })
    .filter((m) => m.score >= 0.34)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((m) => m.p);
}

export { isIsoDate };
