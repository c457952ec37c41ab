/**
 * Speed: titles per second of the classifier against a plain keyword baseline in the same run, on
 * one core, and the time to load the model in Node. Prints the ratios. Not a test: timing varies.
 *
 *   pnpm --filter @woo-kit/classifier bench
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const read = (file: string): string[] =>
  readFileSync(join(here, '../data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { title: string }).title);
const titles = [...read('real/uwv-woo-publicaties.jsonl'), ...read('team-written-training-titles.jsonl')];
const readRows = (file: string): Array<{ title: string; category: string }> =>
  readFileSync(join(here, '../data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { title: string; category: string });

// Model load and first answer, as a Node consumer gets them: a fresh plain `node` process (no tsx loader) imports
// the built package (dist/index.js: one module, with the model data; @woo-kit/core's registries) and classifies one
// title, which decodes the model and runs the rules for the first time. Run `node scripts/build.mjs` first.
const dist = new URL('../dist/', import.meta.url).href;
const probe = `const c0 = process.cpuUsage(); const t0 = performance.now();
const { classify } = await import('${dist}index.js');
const t1 = performance.now();
classify({ title: 'Besluit op Woo-verzoek over de rondweg' });
const t2 = performance.now(); const c2 = process.cpuUsage(c0);
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, readyCpuMs: (c2.user + c2.system) / 1000 }));`;
const load = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', execArgv: [] } as never),
) as { importMs: number; firstMs: number; readyCpuMs: number };
const { createClassifier } = (await import('../dist/index.js' as string)) as typeof import('../src/index.js');
const classifier = createClassifier();

// The baseline: the first of a few keywords in the lowercased title decides.
const KEYWORDS: ReadonlyArray<readonly [string, string]> = [
  ['woo', 'c_3baef532'],
  ['wob', 'c_3baef532'],
  ['besluitenlijst', 'c_3a248e3a'],
  ['verordening', 'c_139c6280'],
  ['beleidsregel', 'c_aab6bfc7'],
  ['convenant', 'c_8fc2335c'],
  ['jaarverslag', 'c_c6cd1213'],
  ['advies', 'c_99a836c7'],
  ['klacht', 'c_a870c43d'],
  ['vergunning', 'c_46a81018'],
  ['rapport', 'c_fdaee95e'],
  ['motie', 'c_db4862c3'],
  ['raadsvoorstel', 'c_db4862c3'],
  ['ingekomen', 'c_8c840238'],
  ['mandaat', 'c_40a05794'],
  ['contact', 'c_89ee6784'],
];
function baseline(title: string): string | null {
  const t = title.toLowerCase();
  for (const [word, code] of KEYWORDS) if (t.includes(word)) return code;
  return null;
}

function rate(label: string, f: (title: string) => unknown): number {
  let sink = 0;
  for (let i = 0; i < 2000; i++) if (f(titles[i % titles.length]!) !== null) sink++; // warm up
  const rounds = 3;
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < 1000) {
      for (let i = 0; i < 1000; i++) if (f(titles[(n + i) % titles.length]!) !== null) sink++;
      n += 1000;
    }
    best = Math.max(best, n / ((performance.now() - start) / 1000));
  }
  console.log(
    `${label.padEnd(34)} ${Math.round(best).toLocaleString('en').padStart(12)} titles/s  (${sink > 0 ? 'ok' : '-'})`,
  );
  return best;
}

console.log(`bench: ${titles.length} distinct titles, one core, Node ${process.version}`);
console.log(
  `first answer (plain node, dist/): import ${load.importMs.toFixed(1)} ms (core included) + first call ` +
    `${load.firstMs.toFixed(1)} ms (model decode, rules) = ${(load.importMs + load.firstMs).toFixed(1)} ms ` +
    `(target < 50 ms; ${load.readyCpuMs.toFixed(1)} ms of CPU time)`,
);
const base = rate('keyword baseline', baseline);
const full = rate('classifier (rules + model + reasons)', (t) => classifier.classify({ title: t }).category);
// Learning from a body's own publications: 10,000 examples (real and team-written titles with their category).
const withCategory = [...readRows('real/real-titles.jsonl'), ...readRows('team-written-training-titles.jsonl')];
const examples = Array.from({ length: 10_000 }, (_, i) => ({
  title: `${withCategory[i % withCategory.length]!.title}${i < withCategory.length ? '' : ` ${i}`}`,
  category: withCategory[i % withCategory.length]!.category,
}));
let learnMs = Infinity;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  createClassifier({ examples });
  learnMs = Math.min(learnMs, performance.now() - t0);
}
console.log(`learning 10,000 examples: ${learnMs.toFixed(0)} ms (best of 3; target well under 1,000 ms)`);
const learned = createClassifier({ examples });
const withExamples = rate('classifier + 10,000 examples', (t) => learned.classify({ title: t }).category);
console.log(`ratio: with examples / without = ${(withExamples / full).toFixed(2)}`);
// On a shared machine wall time counts the time other processes hold the core; CPU time of this
// process (user + system) counts only ours: titles per CPU-second is the one-core speed.
function cpuRate(f: (title: string) => unknown): number {
  let best = 0;
  for (let r = 0; r < 3; r++) {
    const start = process.cpuUsage();
    let n = 0;
    for (;;) {
      for (let i = 0; i < 1000; i++) f(titles[(n + i) % titles.length]!);
      n += 1000;
      const used = process.cpuUsage(start);
      const seconds = (used.user + used.system) / 1e6;
      if (seconds >= 1) {
        best = Math.max(best, n / seconds);
        break;
      }
    }
  }
  return best;
}
const cpuFull = cpuRate((t) => classifier.classify({ title: t }).category);
console.log(
  `classifier, titles per CPU-second (best of 3): ${Math.round(cpuFull).toLocaleString('en')}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
console.log(
  `ratio: classifier / baseline = ${(full / base).toFixed(4)} (baseline is ${(base / full).toFixed(0)}× ` +
    `faster); target ≥ 20,000 titles/s: ${full >= 20000 ? 'met' : 'NOT met'}`,
);
