/**
 * The scoring steps shared by the classifier and the training script: rule scores, model features
 * and model scores, over the normalised title, summary and body text.
 */
import { addFeatures, emptyFeatures, type FeatureList } from './features.js';
import type { Model } from './model.js';
import { RULES, type Rule } from './rules.js';
import { createPrefilter, type Prefilter } from './prefilter.js';
import { RULE_LITERALS } from './generated/rule-literals.js';

/** Normalised text of the fields the classifier reads. */
export interface NormalizedFields {
  readonly title: string;
  /**
   * The title without a leading name prefix ("Utrecht - …"), or '' (see `titleWithoutPrefix`). Only used to find the
   * start of the title.
   */
  readonly titleHead?: string;
  readonly summary: string;
  readonly text: string;
}

/** How much each field counts: the title most, the start of the body least. */
export const FIELD_WEIGHTS = { title: 1, summary: 0.5, text: 0.3 } as const;

/** Extra weight of a specific (not generic) rule that matches at the very start of the title. */
export const HEAD_BONUS = 2;

/** What a rule of another category counts when it matches after a Woo request or decision in the title. */
export const SUBJECT_FACTOR = 0.25;
const WOO_RULES: readonly Rule[] = RULES.filter((r) => r.id === 'woo-decision' || r.id === 'woo-request');
const WOO_RULE_INDEXES: readonly number[] = WOO_RULES.map((r) => RULES.indexOf(r));
/** Skips the rules that cannot match a text (see `prefilter.ts`): the same answers, sooner. Made on first use. */
let prefilter: Prefilter | undefined;

/** A rule that matched, with the weight of the field it matched in. */
export interface FiredRule {
  readonly rule: Rule;
  readonly factor: number;
  readonly field: 'title' | 'summary' | 'text';
  /** Matched at the very start of the title. */
  readonly head: boolean;
}

/** Tests every rule (once, in the most important field it matches) and adds its weight to `scores`. */
export function scoreRules(
  fields: NormalizedFields,
  classIndex: ReadonlyMap<string, number>,
  scores: Float64Array,
): FiredRule[] {
  const fired: FiredRule[] = [];
  const texts = [fields.title, fields.summary, fields.text];
  if (fields.titleHead !== undefined) texts.push(fields.titleHead);
  prefilter ??= createPrefilter(
    RULES.map((r) => r.pattern),
    RULES.map((r) => RULE_LITERALS[r.id]),
  );
  const candidate = prefilter.candidates(texts);
  // A title that names a Woo request or decision is about that request; what it names after it
  // ("Wob-besluit over een omgevingsvergunning", "… over convenanten") is the subject, not the kind
  // of document. Such later matches of other categories' rules count a quarter.
  let wooAt = -1;
  if (fields.title !== '') {
    for (const r of WOO_RULE_INDEXES) {
      if (candidate[r] === 0) continue;
      const m = RULES[r]!.pattern.exec(fields.title);
      if (m !== null && (wooAt < 0 || m.index < wooAt)) wooAt = m.index;
    }
  }
  for (let r = 0; r < RULES.length; r++) {
    if (candidate[r] === 0) continue;
    const rule = RULES[r]!;
    const c = classIndex.get(rule.category);
    if (c === undefined) continue;
    let field: 'title' | 'summary' | 'text' | undefined;
    let head = false;
    const inTitle = fields.title === '' ? null : rule.pattern.exec(fields.title);
    const afterPrefix =
      fields.titleHead === undefined || fields.titleHead === '' ? null : rule.pattern.exec(fields.titleHead);
    if (inTitle !== null || afterPrefix?.index === 0) {
      field = 'title';
      head = inTitle?.index === 0 || afterPrefix?.index === 0;
    } else if (fields.summary !== '' && rule.pattern.test(fields.summary)) field = 'summary';
    else if (fields.text !== '' && rule.pattern.test(fields.text)) field = 'text';
    if (field === undefined) continue;
    // Dutch titles name the kind of document first ("Jaarverslag klachtbehandeling"), so a specific
    // rule that matches at the very start of the title counts more. A generic word does not.
    let factor = FIELD_WEIGHTS[field] * (head && !rule.generic ? 1 + HEAD_BONUS / rule.weight : 1);
    if (field === 'title' && wooAt >= 0 && inTitle !== null && inTitle.index > wooAt && !WOO_RULES.includes(rule))
      factor *= SUBJECT_FACTOR;
    scores[c] = scores[c]! + rule.weight * factor;
    fired.push({ rule, factor, field, head });
  }
  return fired;
}

/** The hashed model features of all fields. */
export function collectFeatures(fields: NormalizedFields): FeatureList {
  const features = emptyFeatures();
  addFeatures(fields.title, FIELD_WEIGHTS.title, features);
  addFeatures(fields.summary, FIELD_WEIGHTS.summary, features);
  addFeatures(fields.text, FIELD_WEIGHTS.text, features);
  return features;
}

/** Adds the model's bias and weights for `features` to `scores`. */
export function scoreModel(model: Model, features: FeatureList, scores: Float64Array): void {
  const k = model.classes.length;
  const { index, weights, scale } = model;
  for (let c = 0; c < k; c++) scores[c] = scores[c]! + model.bias[c]!;
  const n = features.buckets.length;
  for (let i = 0; i < n; i++) {
    const row = index[features.buckets[i]!]!;
    if (row < 0) continue;
    const v = features.values[i]! * scale;
    for (let c = 0; c < k; c++) scores[c] = scores[c]! + weights[row + c]! * v;
  }
}

/** Per word: how much its features add to class `c` (for the "words that decided it" reason). */
export function wordContributions(model: Model, features: FeatureList, c: number): Float64Array {
  const out = new Float64Array(features.tokens.length);
  for (let i = 0; i < features.buckets.length; i++) {
    const word = features.words[i]!;
    if (word < 0) continue;
    const row = model.index[features.buckets[i]!]!;
    if (row < 0) continue;
    out[word] = out[word]! + model.weights[row + c]! * model.scale * features.values[i]!;
  }
  return out;
}

/** Softmax in place; returns the same array. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp(scores[i]! - max);
    scores[i] = e;
    sum += e;
  }
  for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / sum;
  return scores;
}
