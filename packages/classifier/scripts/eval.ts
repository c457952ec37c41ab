/**
 * Evaluates the classifier on data it was not trained on and prints accuracy, wrong rate,
 * abstention rate, macro-F1 and a confusion table per data set:
 *
 *  1. REAL titles: data/real/uwv-woo-publicaties.jsonl (354 UWV
 *     titles, one category). Never trained on.
 *  2. TEAM-WRITTEN titles, held-out `test` split (templates never used in training). Written by the
 *     team, so this is not a measure of real-world accuracy.
 *  3. TEAM-WRITTEN harder variants (provinces, water boards, ministries, typos, abbreviations,
 *     conflicting words), held-out `test` split. Also written by the team.
 *  4. TEAM-WRITTEN should-abstain titles (vague: "Bijlage 3", "Notitie"), `test` split: the share
 *     on which the classifier abstains, as it should. Never trained on.
 *
 *   pnpm --filter @woo-kit/classifier eval [-- --split tune] [-- --sweep]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryByCode } from '@woo-kit/core';
import { CATEGORY_CODES } from '../src/categories.js';
import { createClassifier, DEFAULT_THRESHOLD } from '../src/classifier.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'test';
const sweep = args.includes('--sweep');

interface Row {
  title: string;
  category: string;
  split?: string;
  source?: string;
}
const read = (file: string): Row[] =>
  readFileSync(join(here, '../data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);

const short = (code: string): string => categoryByCode(code)?.article ?? code;

function report(
  name: string,
  rows: readonly Row[],
  threshold: number,
  verbose: boolean,
): { accuracy: number; wrong: number } {
  const classifier = createClassifier({ threshold });
  let right = 0;
  let wrong = 0;
  let abstained = 0;
  const confusion = new Map<string, Map<string, number>>();
  const mistakes: string[] = [];
  for (const row of rows) {
    const result = classifier.classify({ title: row.title });
    const predicted = result.category ?? 'abstain';
    if (result.category === null) abstained++;
    else if (result.category === row.category) right++;
    else {
      wrong++;
      mistakes.push(`  ${short(row.category)} → ${short(predicted)} (${result.confidence}): ${row.title}`);
    }
    const line = confusion.get(row.category) ?? new Map<string, number>();
    line.set(predicted, (line.get(predicted) ?? 0) + 1);
    confusion.set(row.category, line);
  }
  const n = rows.length;
  // Macro-F1 over the categories present in the gold labels; abstentions count as misses.
  const f1s: number[] = [];
  for (const code of CATEGORY_CODES) {
    const gold = rows.filter((r) => r.category === code).length;
    if (gold === 0) continue;
    const tp = confusion.get(code)?.get(code) ?? 0;
    let predicted = 0;
    for (const line of confusion.values()) predicted += line.get(code) ?? 0;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = tp / gold;
    f1s.push(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
  }
  const pct = (x: number): string => `${((100 * x) / n).toFixed(1)}%`;
  console.log(`\n${name} — ${n} titles, threshold ${threshold}`);
  console.log(
    `  accuracy ${pct(right)}   wrong ${pct(wrong)}   abstained ${pct(abstained)}   ` +
      `macro-F1 ${(f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length)).toFixed(3)} (over ${f1s.length} ` +
      `categories present; abstentions count as misses)`,
  );
  if (verbose) {
    const present = CATEGORY_CODES.filter((c) => confusion.has(c));
    const columns = [...CATEGORY_CODES.filter((c) => [...confusion.values()].some((l) => l.has(c))), 'abstain'];
    console.log(`  confusion (rows: true category, columns: answer; article numbers of Woo 3.3, 3.1 = voluntary):`);
    const header = columns.map((c) => (c === 'abstain' ? 'abst' : short(c).replace('3.3.', '')).padStart(6));
    console.log(`  ${'true\\answer'.padEnd(12)}${header.join('')}`);
    for (const code of present) {
      const line = confusion.get(code)!;
      console.log(`  ${short(code).padEnd(12)}${columns.map((c) => String(line.get(c) ?? '.').padStart(6)).join('')}`);
    }
    if (mistakes.length > 0) console.log(`  wrong answers (first 25):\n${mistakes.slice(0, 25).join('\n')}`);
  }
  return { accuracy: right / n, wrong: wrong / n };
}

/** Should-abstain titles: the share on which the classifier abstains (higher is better). */
function abstainReport(name: string, rows: readonly { title: string }[], threshold: number, verbose: boolean): number {
  const classifier = createClassifier({ threshold });
  const answered: string[] = [];
  for (const row of rows) {
    const result = classifier.classify({ title: row.title });
    if (result.category !== null) answered.push(`  → ${short(result.category)} (${result.confidence}): ${row.title}`);
  }
  const rate = (rows.length - answered.length) / rows.length;
  console.log(`\n${name} — ${rows.length} titles, threshold ${threshold}`);
  console.log(
    `  should-abstain rate ${(100 * rate).toFixed(1)}% (abstained, as it should)   answered ` +
      `anyway ${(100 * (1 - rate)).toFixed(1)}%`,
  );
  if (verbose && answered.length > 0) console.log(`  answered anyway (first 25):\n${answered.slice(0, 25).join('\n')}`);
  return rate;
}

const real = read('real/uwv-woo-publicaties.jsonl');
const all = read('team-written-training-titles.jsonl');
const team = all.filter((r) => r.split === split && r.source !== 'team-written hard variant');
const hard = all.filter((r) => r.split === split && r.source === 'team-written hard variant');
const vague = read('team-written-should-abstain.jsonl').filter((r) => r.split === split);
if (sweep) {
  console.log(`Threshold sweep on the "${split}" split (pick the threshold on "tune", never on "test").`);
  for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    console.log(`\n=== threshold ${t}`);
    report(`TEAM-WRITTEN (${split} split)`, team, t, false);
    report(`TEAM-WRITTEN HARD variants (${split} split)`, hard, t, false);
    abstainReport(`TEAM-WRITTEN SHOULD-ABSTAIN (${split} split)`, vague, t, false);
  }
} else {
  console.log(
    'Evaluation of @woo-kit/classifier. The model was trained only on the "train" split of the team-written titles;',
  );
  console.log(`the calibration and the threshold were fitted on the "tune" split. This report: the "${split}" split.`);
  report(
    'REAL titles: UWV Woo-publicaties (all one category: 3.3.2i Woo-verzoeken en -besluiten)',
    real,
    DEFAULT_THRESHOLD,
    true,
  );
  report(
    `TEAM-WRITTEN titles, held-out "${split}" split (written by the team, NOT real-world data; templates ` +
      `unseen in training)`,
    team,
    DEFAULT_THRESHOLD,
    true,
  );
  report(
    `TEAM-WRITTEN HARD variants, held-out "${split}" split (provinces, water boards, ministries, typos; ` +
      `written by the team, NOT real-world data)`,
    hard,
    DEFAULT_THRESHOLD,
    true,
  );
  abstainReport(
    `TEAM-WRITTEN SHOULD-ABSTAIN titles, "${split}" split (vague titles, no right category from the title ` +
      `alone; never trained on)`,
    vague,
    DEFAULT_THRESHOLD,
    true,
  );
}
