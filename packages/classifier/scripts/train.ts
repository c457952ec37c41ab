/**
 * Trains the linear model and writes src/generated/model.ts.
 *
 *   pnpm --filter @woo-kit/classifier train      (or: npx tsx scripts/train.ts)
 *
 * Data: the `train` split of data/team-written-training-titles.jsonl (titles written by the team;
 * see data/README.md) plus the REAL titles of the `train` organisations in data/real/real-titles.jsonl
 * (at most 300 per category). The `tune` and `test` splits, and the real titles of the test
 * organisations (UWV, Utrecht, …), are never trained on.
 *
 * Model: multinomial logistic regression over hashed features (src/features.ts), trained with
 * AdaGrad on top of the rule scores (src/rules.ts): for half of the examples the rule scores are
 * added as a fixed offset, so the model learns both what the rules miss and a back-up for when no
 * rule fires. Each epoch drops some words at random, so the model does not lean on one word.
 * Deterministic: a fixed seed, a fixed order, no parallelism. Weights are quantised to 8 bits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORY_CODES } from '../src/categories.js';
import { FEATURE_BITS } from '../src/features.js';
import { encodeBase64, encodeModelRows } from '../src/model.js';
import { normalizeTitle, titleWithoutPrefix } from '../src/normalize.js';
import { collectFeatures, scoreRules, softmax } from '../src/scoring.js';
import { rng } from './random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20250314;
const EPOCHS = Number(process.env['EPOCHS'] ?? 8);
const LEARNING_RATE = Number(process.env['LR'] ?? 0.1);
// 0.01, 0.03, 0.06 and 0.1 were compared by leaving bodies out (docs/classifier.md, "Splits").
const L2 = Number(process.env['L2'] ?? 0.06);
const OFFSET_KEEP = 0.5;
const LEARN_BIAS = process.env['LEARN_BIAS'] !== '0';
const WORD_DROPOUT = 0.15;
const PRUNE_BELOW = Number(process.env['PRUNE'] ?? 15); // quantised |weight| < this is dropped

interface Row {
  title: string;
  category: string;
  split: string;
}
const rows: Row[] = readFileSync(join(here, '../data/team-written-training-titles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);
// REAL titles of the `train` organisations (data/real/real-titles.jsonl; the `test` organisations are
// never read here). Woo requests are most of them, so at most REAL_PER_CATEGORY rows per category are
// used, chosen by a hash of the title (not by order), so no category drowns the team-written ones.
const REAL_PER_CATEGORY = Number(process.env['REAL_PER_CATEGORY'] ?? 800);
// Bodies left out entirely (scripts/cross-body.ts: train without one body, then test on it). Separated by "|".
const LEAVE_OUT = new Set((process.env['LEAVE_OUT'] ?? '').split('|').filter((o) => o !== ''));
const fnv = (t: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};
const realTrain = readFileSync(join(here, '../data/real/real-titles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row & { split: string; organisation: string })
  .filter((r) => r.split === 'train' && !LEAVE_OUT.has(r.organisation))
  .sort((a, b) => fnv(a.title) - fnv(b.title) || a.title.localeCompare(b.title));
const perCategory = new Map<string, number>();
const real = realTrain.filter((r) => {
  const n = perCategory.get(r.category) ?? 0;
  perCategory.set(r.category, n + 1);
  return n < REAL_PER_CATEGORY;
});
// Categories with few real rows (the municipal announcements: 3.3.1a, 3.3.1b, 3.3.2k) would drown among the
// team-written titles; their real rows are repeated REAL_REPEAT times (chosen on the real `tune` rows with
// scripts/tune-real-repeat.ts, never on test rows).
const REAL_REPEAT = Number(process.env['REAL_REPEAT'] ?? 3);
const SMALL_CATEGORY = 200;
const repeated = real.flatMap((r) =>
  (perCategory.get(r.category) ?? 0) < SMALL_CATEGORY ? Array.from({ length: REAL_REPEAT }, () => r) : [r],
);
const train = [...rows.filter((r) => r.split === 'train'), ...repeated];
console.log(
  `training on ${train.length} titles: ${train.length - repeated.length} team-written, ${real.length} real ` +
    `(train organisations only; ${repeated.length - real.length} repeats)`,
);
const classes = [...CATEGORY_CODES];
const K = classes.length;
const classIndex = new Map(classes.map((c, i) => [c, i]));
const random = rng(SEED);

interface Example {
  tokens: string[];
  y: number;
  offsets: Float64Array;
}
const examples: Example[] = train.map((r) => {
  const title = normalizeTitle(r.title);
  const offsets = new Float64Array(K);
  scoreRules({ title, titleHead: titleWithoutPrefix(r.title), summary: '', text: '' }, classIndex, offsets);
  const y = classIndex.get(r.category);
  if (y === undefined) throw new Error(`unknown category ${r.category}`);
  return { tokens: title.split(' '), y, offsets };
});

const size = 1 << FEATURE_BITS;
const W = new Float32Array(size * K);
const G = new Float32Array(size * K);
const bias = new Float64Array(K);
const biasG = new Float64Array(K);
const order = examples.map((_, i) => i);

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let loss = 0;
  for (const e of order.map((i) => examples[i]!)) {
    const kept = e.tokens.filter((t, i) => i === 0 || random() >= WORD_DROPOUT);
    const f = collectFeatures({ title: kept.join(' '), summary: '', text: '' });
    const scores = new Float64Array(K);
    if (random() < OFFSET_KEEP) scores.set(e.offsets);
    for (let c = 0; c < K; c++) scores[c] = scores[c]! + bias[c]!;
    for (let n = 0; n < f.buckets.length; n++) {
      const base = f.buckets[n]! * K;
      const v = f.values[n]!;
      for (let c = 0; c < K; c++) scores[c] = scores[c]! + W[base + c]! * v;
    }
    const p = softmax(scores);
    loss -= Math.log(Math.max(p[e.y]!, 1e-12));
    for (let c = 0; c < K; c++) {
      const g = p[c]! - (c === e.y ? 1 : 0);
      biasG[c] = biasG[c]! + g * g;
      if (LEARN_BIAS) bias[c] = bias[c]! - (LEARNING_RATE * g) / Math.sqrt(biasG[c]! + 1e-8);
      for (let n = 0; n < f.buckets.length; n++) {
        const at = f.buckets[n]! * K + c;
        const gw = g * f.values[n]! + L2 * W[at]!;
        G[at] = G[at]! + gw * gw;
        W[at] = W[at]! - (LEARNING_RATE * gw) / Math.sqrt(G[at]! + 1e-8);
      }
    }
  }
  console.log(`epoch ${epoch + 1}: mean loss ${(loss / examples.length).toFixed(4)}`);
}

// Quantise to signed bytes and keep only buckets with a weight left after pruning.
let max = 0;
for (const w of W) max = Math.max(max, Math.abs(w));
const scale = max / 127;
const buckets: number[] = [];
const kept: number[] = [];
for (let b = 0; b < size; b++) {
  const q = new Int8Array(K);
  let any = false;
  for (let c = 0; c < K; c++) {
    const v = Math.round(W[b * K + c]! / scale);
    if (Math.abs(v) >= PRUNE_BELOW) {
      q[c] = v;
      any = true;
    }
  }
  if (!any) continue;
  buckets.push(b);
  kept.push(...q);
}
const data = encodeBase64(encodeModelRows(buckets, Int8Array.from(kept), K));
const repeat = REAL_REPEAT > 1 ? `-x${REAL_REPEAT}` : '';
const version = `team-${train.length - repeated.length}-real-${real.length}${repeat}-e${EPOCHS}-l2${L2}-s${SEED}`;
const file = `// Generated by scripts/train.ts from data/team-written-training-titles.jsonl (split "train",
// ${train.length - repeated.length} titles written by the woo-kit team) and data/real/real-titles.jsonl
// (${real.length} real titles of the train organisations). Do not edit: run \`pnpm --filter @woo-kit/classifier
// train\`.
import type { ModelData } from '../model.js';

/** The trained model: ${buckets.length} hash buckets × ${K} classes, 8-bit weights. */
export const MODEL: ModelData = {
  version: ${JSON.stringify(version)},
  bits: ${FEATURE_BITS},
  classes: ${JSON.stringify(classes)},
  scale: ${scale},
  bias: ${JSON.stringify(Array.from(bias, (b) => Math.round(b * 1e4) / 1e4))},
  rows: ${buckets.length},
  format: 2,
  data: '${data}',
};
`;
// MODEL_OUT: write elsewhere (scripts/calibrate.ts trains models without some bodies for its cross-fitting).
const target = process.env['MODEL_OUT'] ?? join(here, '../src/generated/model.ts');
writeFileSync(target, file);
console.log(`train: ${examples.length} titles, ${buckets.length} buckets kept, ${file.length} bytes → ${target}`);
