/**
 * How much should a body's own publications count? Tries `exampleWeight` values on data the
 * organisation test split never sees: (a) the team-written `test` titles, learning from the
 * team-written `train`/`tune` titles (other templates: a hard case for learning), and (b) the real
 * `train` bodies, learning from half of each body's rows and testing on the other half.
 * EXAMPLE_WEIGHT = 4 was chosen from this table (2026-12-06).
 *
 *   pnpm --filter @woo-kit/classifier exec tsx scripts/tune-examples.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../src/classifier.js';

const here = dirname(fileURLToPath(import.meta.url));
interface Row { title: string; category: string; split?: string; organisation?: string }
const read = (f: string): Row[] => readFileSync(join(here, '../data', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const team = read('team-written-training-titles.jsonl');
const learn = team.filter((r) => r.split !== 'test');
const check = team.filter((r) => r.split === 'test');
const real = read('real/real-titles.jsonl').filter((r) => r.split === 'train');
const hash = (s: string): number => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return h >>> 0; };
const pct = (x: number, n: number): string => `${((100 * x) / n).toFixed(1)}%`;

console.log('| exampleWeight | team-written test: right / wrong / don\'t know | real train bodies, half learned: right / wrong |');
console.log('|---|---|---|');
for (const w of [0, 2, 4, 6, 8]) {
  const c = createClassifier({ examples: learn, exampleWeight: w });
  let right = 0, wrong = 0, open = 0;
  for (const row of check) { const r = c.classify({ title: row.title }); if (r.category === null) open++; else if (r.category === row.category) right++; else wrong++; }
  let rr = 0, rx = 0, n = 0;
  for (const org of new Set(real.map((q) => q.organisation))) {
    const own = real.filter((q) => q.organisation === org);
    const cc = createClassifier({ examples: own.filter((q) => hash(q.title) % 2 === 0), exampleWeight: w });
    for (const q of own.filter((q) => hash(q.title) % 2 === 1)) { n++; const r = cc.classify({ title: q.title }); if (r.category === q.category) rr++; else if (r.category !== null) rx++; }
  }
  console.log(`| ${w} | ${pct(right, check.length)} / ${pct(wrong, check.length)} / ${pct(open, check.length)} | ${pct(rr, n)} / ${pct(rx, n)} |`);
}
