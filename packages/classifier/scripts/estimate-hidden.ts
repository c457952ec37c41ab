/**
 * What the hidden set would likely show, and how far to trust that guess.
 *
 * Issue #18 names, for 9 of the hidden set's 14 categories, how many titles it holds and how many of them the first
 * model (trained on team-written titles only) got right. This script:
 *
 * 1. measures this model per category on the rows of unseen bodies (the leave-one-body-out answers written by
 *    `CROSS_BODY_ROWS=… pnpm eval:cross-body`, plus the frozen test split and the held-out rows), and weighs them by
 *    the hidden set's counts: the plain estimate;
 * 2. with `--first DIR` (a checkout of the first model, e.g. `git worktree add ../first 51fc498`), measures the first
 *    model on exactly the same rows. Its weighted number next to its real hidden-set number shows how far the plain
 *    estimate is off; per category, the hidden-set number of the first model plus what this model gained on our rows is
 *    a second, shifted estimate. The first model never saw a real row, so every row is unseen for it.
 *
 *   npx tsx scripts/estimate-hidden.ts --rows lobo-rows.jsonl [--rows small-rows.jsonl]
 *     [--first ../first/packages/classifier] [--threshold 0.6]
 *
 * `small-rows.jsonl` comes from `SMALL_BODY_GROUPS=5 CROSS_BODY_ROWS=small-rows.jsonl pnpm eval:cross-body`: the
 * smaller bodies (most of the municipalities' regulations, general decisions and beschikkingen, the rekenkamers'
 * reports) left out by group. Since update 10 they measure 3.3.1a, 3.3.1b and 3.3.2j too, next to the test split.
 *
 * Not run by tests or builds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { categoryByCode } from '@woo-kit/core';

const here = dirname(fileURLToPath(import.meta.url));

interface Row {
  title: string;
  category: string;
  split: string;
}
interface LoboRow {
  title: string;
  category: string;
  answer: string | null;
  top?: string;
  p?: number;
}
type Classify = (input: { title: string }) => {
  category: string | null;
  ranking: ReadonlyArray<{ category: string; score: number }>;
};

/**
 * Per category of the hidden set: its number of titles and how many the first model got right (issue #18, "Where it
 * falls short" and "Strong"), and which of our unseen-body rows measure it.
 */
const HIDDEN: ReadonlyArray<{ code: string; titles: number; firstRight: number; sets: ReadonlyArray<string> }> = [
  { code: 'c_139c6280', titles: 28, firstRight: 20, sets: ['test', 'lobo'] }, // 3.3.1a
  { code: 'c_3a248e3a', titles: 27, firstRight: 20, sets: ['lobo', 'test'] }, // 3.3.2d
  { code: 'c_3baef532', titles: 25, firstRight: 22, sets: ['test', 'lobo'] }, // 3.3.2i
  { code: 'c_46a81018', titles: 24, firstRight: 14, sets: ['lobo', 'test'] }, // 3.3.2k
  { code: 'c_aab6bfc7', titles: 23, firstRight: 12, sets: ['test', 'lobo'] }, // 3.3.1b
  { code: 'c_8c840238', titles: 12, firstRight: 5, sets: ['lobo'] }, // 3.3.2a
  { code: 'c_fdaee95e', titles: 11, firstRight: 1, sets: ['test', 'holdout', 'lobo'] }, // 3.3.2j
  { code: 'c_db4862c3', titles: 8, firstRight: 4, sets: ['lobo', 'test'] }, // 3.3.2c
  { code: 'c_c76862ab', titles: 7, firstRight: 1, sets: ['holdout'] }, // 3.3.2b
];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

async function classifierAt(dir: string): Promise<Classify> {
  const module = (await import(pathToFileURL(join(resolve(dir), 'src/index.ts')).href)) as { classify: Classify };
  return module.classify;
}

/** Every `--rows FILE`: leave one body out, and (`SMALL_BODY_GROUPS`) the smaller bodies left out by group. */
const rowsPaths = process.argv.flatMap((a, i) => (a === '--rows' && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
if (rowsPaths.length === 0) {
  console.error('usage: tsx scripts/estimate-hidden.ts --rows <CROSS_BODY_ROWS file>… [--first <classifier dir>]');
  process.exit(2);
}
const lobo = rowsPaths.flatMap((path) => readJsonl<LoboRow>(path));
const real = readJsonl<Row>(join(here, '../data/real/real-titles.jsonl'));
const firstDir = option('--first');
/** `--threshold T`: answer with the top-ranked category when its score is at least T (default: the model's own). */
const threshold = option('--threshold') === undefined ? undefined : Number(option('--threshold'));
const answerOf = (result: ReturnType<Classify>): string | null => {
  if (threshold === undefined) return result.category;
  const top = result.ranking[0];
  return top !== undefined && top.score >= threshold ? top.category : null;
};
const now = await classifierAt(join(here, '..'));
const first = firstDir === undefined ? undefined : await classifierAt(firstDir);

/** Right and wrong share of one classifier over the rows measuring one category. */
function measure(code: string, sets: ReadonlyArray<string>, classify: Classify, useLoboAnswers: boolean) {
  let n = 0;
  let right = 0;
  let wrong = 0;
  const count = (answer: string | null): void => {
    n++;
    if (answer === code) right++;
    else if (answer !== null) wrong++;
  };
  for (const set of sets) {
    if (set === 'lobo') {
      for (const r of lobo.filter((x) => x.category === code))
        count(
          !useLoboAnswers
            ? answerOf(classify({ title: r.title }))
            : threshold === undefined
              ? r.answer
              : (r.p ?? 0) >= threshold
                ? (r.top ?? null)
                : null,
        );
    } else {
      for (const r of real.filter((x) => x.category === code && x.split === set))
        count(answerOf(classify({ title: r.title })));
    }
  }
  return { n, right: n === 0 ? 0 : right / n, wrong: n === 0 ? 0 : wrong / n };
}

const pct = (x: number): string => (100 * x).toFixed(1);
const lines: string[] = [];
let titles = 0;
const sum = { now: [0, 0], first: [0, 0], hidden: 0, shifted: 0 };
for (const h of HIDDEN) {
  const label = categoryByCode(h.code)?.article ?? h.code;
  const m = measure(h.code, h.sets, now, true);
  titles += h.titles;
  sum.now[0] += m.right * h.titles;
  sum.now[1] += m.wrong * h.titles;
  sum.hidden += h.firstRight;
  let cells = `| ${label} | ${h.titles} | ${h.sets.join(' + ')} (${m.n}) | ${pct(m.right)} / ${pct(m.wrong)} |`;
  if (first !== undefined) {
    const f = measure(h.code, h.sets, first, false);
    const hiddenFirst = h.firstRight / h.titles;
    const shifted = Math.min(1, Math.max(0, hiddenFirst + m.right - f.right));
    sum.first[0] += f.right * h.titles;
    sum.first[1] += f.wrong * h.titles;
    sum.shifted += shifted * h.titles;
    cells += ` ${pct(f.right)} / ${pct(f.wrong)} | ${pct(hiddenFirst)} | ${pct(shifted)} |`;
  }
  lines.push(cells);
}
const header =
  first === undefined
    ? ['| category | hidden titles | our rows | this model right / wrong |', '|---|---|---|---|']
    : [
        '| category | hidden titles | our rows | this model right / wrong | first model on our rows | ' +
          'first model on the hidden set (issue) | shifted estimate |',
        '|---|---|---|---|---|---|---|',
      ];
console.log([...header, ...lines].join('\n'));
const total =
  `| **weighted** | ${titles} | | **${pct(sum.now[0]! / titles)} / ${pct(sum.now[1]! / titles)}** |` +
  (first === undefined
    ? ''
    : ` ${pct(sum.first[0]! / titles)} / ${pct(sum.first[1]! / titles)} | ${pct(sum.hidden / titles)} | ` +
      `**${pct(sum.shifted / titles)}** |`);
console.log(total);
