/**
 * Sample figures of "voice and effect" for the demo municipality: half a year of feedback under
 * publications, decisions, the search and the request status; missed search terms; and the request
 * form's first choices. Deterministic (seeded), like the rest of the demo data. No free text that
 * could be about a person: the few sample texts are about documents.
 */
import { addDays } from '@woo-kit/core';
import type { Db } from '../store/db.js';
import {
  decisionTimeOf,
  OUTCOMES,
  type FeedbackAnswer,
  type FeedbackInput,
  type PageKind,
} from '../effect/feedback.js';
import { countChoice, countMiss, insertFeedback } from '../effect/store.js';
import { monthsBefore } from '../dates.js';
import { random } from './sample-data.js';

const TEXTS = [
  'Ik zocht de bijlagen bij het raadsvoorstel over de fietsbrug.',
  'De kaart van het bestemmingsplan staat er niet bij.',
  'Ik vond niet wanneer de gemeenteraad hierover besluit.',
  'Duidelijk, dank u.',
  'Het besluit is lang. Een korte samenvatting zou helpen.',
];

/** Terms with how often they are missed (chance per day). */
const TERMS: readonly (readonly [string, number, 'no-results' | 'nothing-opened'])[] = [
  ['hondenbelasting', 0.35, 'no-results'],
  ['bestemmingsplan centrum', 0.25, 'nothing-opened'],
  ['laadpalen', 0.18, 'no-results'],
  ['subsidie zonnepanelen', 0.12, 'no-results'],
  ['evenementenvergunning', 0.1, 'nothing-opened'],
];
/** Searched on 3 days only: below the 5-day threshold, so the dashboard never shows it. */
const RARE_TERM = 'kapvergunning eik';

export interface SampleFeedback extends FeedbackInput {
  readonly day: string;
}

/** The sample feedback, one entry per answer, for the `months` months up to `today`. */
export function sampleFeedback(today: string, seed = 42, months = 6): SampleFeedback[] {
  const next = random(seed + 7);
  const list: SampleFeedback[] = [];
  const kinds: readonly PageKind[] = ['publication', 'publication', 'search', 'decision', 'request-status'];
  for (let day = monthsBefore(today, months); day <= today; day = addDays(day, 1)) {
    const count = Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const pageKind = kinds[Math.floor(next() * kinds.length)]!;
      const outcome = pageKind === 'decision' ? OUTCOMES[Math.floor(next() * 4)]! : null;
      const days = pageKind === 'decision' ? 14 + Math.floor(next() * 60) : undefined;
      // Satisfaction falls with refusals and with waiting: the demo should show that on the dashboard.
      const penalty =
        (outcome === 'refused' ? 0.35 : outcome === 'notHeld' ? 0.2 : 0) +
        (days !== undefined && days > 42 ? 0.2 : 0) +
        (pageKind === 'search' ? 0.15 : 0);
      const r = next() + penalty;
      const answer: FeedbackAnswer = r < 0.6 ? 'yes' : r < 0.85 ? 'partly' : 'no';
      const text = answer !== 'yes' && next() < 0.2 ? TEXTS[Math.floor(next() * TEXTS.length)]! : null;
      list.push({
        day,
        pageKind,
        subject:
          pageKind === 'decision'
            ? `besluit-${day.slice(0, 4)}-${100 + Math.floor(next() * 60)}`
            : pageKind === 'request-status'
              ? 'decided'
              : '',
        answer,
        text,
        language: next() < 0.9 ? 'nl' : 'en',
        outcome,
        decisionTime: days === undefined ? null : decisionTimeOf(days),
      });
    }
  }
  return list;
}

/** Fills the effect tables with the sample data when they are empty; resolves to whether it did. */
export async function seedEffectDemo(db: Db, today: string, seed = 42): Promise<boolean> {
  const [row] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM woo_feedback');
  if (Number(row?.n ?? 0) > 0) return false;
  for (const feedback of sampleFeedback(today, seed)) await insertFeedback(db, feedback.day, feedback);
  const next = random(seed + 11);
  for (let day = monthsBefore(today, 6); day <= today; day = addDays(day, 1)) {
    for (const [term, chance, reason] of TERMS) if (next() < chance) await countMiss(db, day, term, reason);
    if (day > addDays(today, -3)) for (let i = 0; i < 4; i++) await countMiss(db, day, RARE_TERM, 'no-results');
    // About 3 people a day choose in the request form; a quarter of those wanting an answer still file a request.
    for (let i = 0; i < 3; i++) {
      const answer = next() < 0.45;
      await countChoice(db, day.slice(0, 7), answer ? 'answer' : 'documents');
      if (answer && next() < 0.25) await countChoice(db, day.slice(0, 7), 'answer-then-request');
    }
  }
  return true;
}
