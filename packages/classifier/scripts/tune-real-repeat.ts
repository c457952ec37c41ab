/**
 * Right / wrong / "don't know" per category on the real `tune` rows (train organisations, never trained on),
 * used to choose REAL_REPEAT in scripts/train.ts without looking at the test organisations:
 *
 *   REAL_REPEAT=3 npx tsx scripts/train.ts && npx tsx scripts/calibrate.ts && npx tsx scripts/tune-real-repeat.ts
 *
 * The calibration is fitted on these same rows, so the numbers are optimistic; they only compare settings.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
interface Row {
  title: string;
  category: string;
  split: string;
}
const tune = readFileSync(join(here, '../data/real/real-titles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => r.split === 'tune');
const classifier = createClassifier();
const by = new Map<string, { n: number; right: number; wrong: number }>();
for (const r of tune) {
  const s = classifier.classify({ title: r.title });
  const o = by.get(r.category) ?? { n: 0, right: 0, wrong: 0 };
  o.n++;
  if (s.category === r.category) o.right++;
  else if (s.category !== null) o.wrong++;
  by.set(r.category, o);
}
const pct = (a: number, n: number): string => `${((100 * a) / n).toFixed(1)}%`;
let mean = 0;
for (const [c, o] of [...by].sort()) {
  const open = pct(o.n - o.right - o.wrong, o.n);
  console.log(`${c}\t${o.n}\tright ${pct(o.right, o.n)}\twrong ${pct(o.wrong, o.n)}\tdon't know ${open}`);
  mean += o.right / o.n / by.size;
}
console.log(`mean right over ${by.size} categories: ${(100 * mean).toFixed(1)}%`);
