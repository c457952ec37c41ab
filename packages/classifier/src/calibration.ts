/**
 * Calibration: turns the summed evidence (document type + rules + model) into a confidence that
 * means something. Two steps, both fitted on the held-out `tune` split by `scripts/calibrate.ts`
 * (never on `test`, never on the real UWV titles):
 *
 * 1. **Temperature.** All category scores are divided by `temperature`, which undoes the
 *    over-confidence of a model trained on clean, template-like titles.
 * 2. **An "I don't know" option.** Next to the 18 categories there is a 19th option, "unknown",
 *    whose odds against the best category depend only on how strong the evidence for it is: a specific title
 *    convention (more at the start of the title), the document type, only generic words, the
 *    number of real words in the title, conflicting rules for another category, and whether the
 *    model on its own agrees. Strong, specific evidence makes "unknown" small; one vague word,
 *    a very short title or conflicting signals make it large, so the confidence of every category
 *    drops and the classifier abstains.
 *
 * The confidence is the probability of the best category among the 19 options. The ranking keeps
 * the same numbers, so the scores of the 18 categories add up to less than 1; the rest is the
 * "I don't know" mass. Everything is a few multiplications: deterministic and fast.
 */
import { DUTCH_MONTH_NAMES } from '@woo-kit/core/categories';
import { FUNCTION_WORDS, REFERENCE_WORDS } from './stop-words.js';

/** The evidence features, in the order of `CalibrationParams.weights` (after the bias). */
export const EVIDENCE_FEATURES = [
  'specific',
  'head',
  'generic',
  'documentType',
  'conflict',
  'words',
  'modelAgrees',
  'modelProbability',
] as const;
export type EvidenceFeature = (typeof EVIDENCE_FEATURES)[number];

/** Fitted calibration (see `scripts/calibrate.ts`, output in `generated/calibration.ts`). */
export interface CalibrationParams {
  /** Describes the fit: data and date. */
  readonly version: string;
  /** Category scores are divided by this (> 1 softens over-confident scores). */
  readonly temperature: number;
  /** Bias of the "unknown" score. */
  readonly bias: number;
  /** Weight of each evidence feature in the "unknown" score (negative: more evidence, less unknown). */
  readonly weights: Readonly<Record<EvidenceFeature, number>>;
}

/** The raw evidence for one category, before it is scaled into features. */
export interface Evidence {
  /** Sum of the specific rules for this category (field and start-of-title factors included). */
  readonly specific: number;
  /** A specific rule for this category matched at the very start of the title. */
  readonly head: boolean;
  /** Sum of the generic (one-word) rules for this category. */
  readonly generic: number;
  /** Document type hint for this category. */
  readonly documentType: number;
  /**
   * Of `specific`, what the publisher's purpose added (a rekenkamer, advisory body or ombudsman, see `publisherHint`);
   * not evidence from the title. 0 or absent when there is none.
   */
  readonly purpose?: number;
  /** Strongest specific rule + document type evidence for any other category. */
  readonly conflict: number;
  /** Number of real words in the title (letters, 3 or more characters, not a stop word, month or number). */
  readonly words: number;
  /** The model alone (without rules) also ranks this category first. */
  readonly modelAgrees: boolean;
  /** Probability of this category from the model alone (without rules). */
  readonly modelProbability: number;
}

/** A publisher's purpose this strong (see `Evidence.purpose`) counts like a convention at the start of the title. */
export const PURPOSE_AS_HEAD = 6;

/** Scales the raw evidence into the features of the "unknown" score (each roughly 0–2). */
export function evidenceFeatures(e: Evidence): Record<EvidenceFeature, number> {
  return {
    // A document type names the kind of document, just as the first word of a title does: it counts
    // as specific evidence, and a clear one (weight 7 or more) like a convention at the start. So does what the
    // publisher is for (weight 6: a rekenkamer publishes research), unless the title points to another category.
    specific: Math.min(e.specific + e.documentType, 12) / 6,
    head: e.head || e.documentType >= 7 || ((e.purpose ?? 0) >= PURPOSE_AS_HEAD && e.conflict === 0) ? 1 : 0,
    generic: Math.min(e.generic, 4) / 2,
    documentType: Math.min(e.documentType, 9) / 4.5,
    // Conflict relative to the evidence for the best category: 0 none, 1 as strong, more is stronger.
    conflict: Math.min(e.conflict / Math.max(e.specific + e.documentType, 2), 1.5),
    words: Math.min(e.words, 6) / 3,
    modelAgrees: e.modelAgrees ? 1 : 0,
    modelProbability: e.modelProbability,
  };
}

/** The "unknown" score for the given evidence, and each feature's part of it. */
export function unknownScore(params: CalibrationParams, e: Evidence): { score: number } {
  const f = evidenceFeatures(e);
  const w = params.weights;
  const score =
    params.bias +
    w.specific * f.specific +
    w.head * f.head +
    w.generic * f.generic +
    w.documentType * f.documentType +
    w.conflict * f.conflict +
    w.words * f.words +
    w.modelAgrees * f.modelAgrees +
    w.modelProbability * f.modelProbability;
  return { score };
}

/**
 * Calibrated probabilities, in place: `scores` (one per category) become probabilities over the
 * categories plus "unknown". `unknown` is the log-odds of "unknown" against the best category, so
 * it does not depend on how large the raw scores are. Returns the "unknown" probability.
 */
export function calibrate(scores: Float64Array, temperature: number, unknown: number): number {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = scores[i]! / temperature;
    if (scores[i]! > max) max = scores[i]!;
  }
  if (max === -Infinity) max = 0;
  let sum = Math.exp(unknown);
  const u = sum;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp(scores[i]! - max);
    scores[i] = e;
    sum += e;
  }
  for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / sum;
  return u / sum;
}

// Words that say nothing of a title's kind: function words, reference lines, dates and attachments.
const STOP = new Set([
  ...FUNCTION_WORDS,
  ...REFERENCE_WORDS,
  'week',
  'jan',
  'feb',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
  ...DUTCH_MONTH_NAMES,
  'pdf',
  'bijlage',
]);

const LETTER = /\p{L}/u;

/** Counts the real words of a normalised title (see `Evidence.words`). */
export function countWords(normalizedTitle: string): number {
  if (normalizedTitle === '') return 0;
  let n = 0;
  for (const token of normalizedTitle.split(' ')) {
    if (token.length >= 3 && LETTER.test(token) && !STOP.has(token)) n++;
  }
  return n;
}
