/**
 * Leave one body out: for each body with enough real rows outside the Woo requests, train and calibrate without
 * any of its rows (LEAVE_OUT for scripts/train.ts and scripts/calibrate.ts), then classify all of its rows. So every
 * such body is, in turn, a body the model has never seen: the measure the issue asks for ("real titles from many
 * bodies the team has never seen"), on more bodies than the frozen test split holds.
 *
 *   pnpm --filter @woo-kit/classifier eval:cross-body     (about 15 s per body)
 *   CROSS_BODY_ROWS=rows.jsonl …                          (also writes each row's answer, title only, to that file)
 *   SMALL_BODY_GROUPS=5 …                                 (the smaller trained bodies instead, five groups in turn)
 *
 * The generated model and calibration are put back as they were at the end, also when a step fails.
 * Not run by tests or builds.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryByCode } from '@woo-kit/core';

const here = dirname(fileURLToPath(import.meta.url));
const WOO_REQUESTS = 'c_3baef532';
const MIN_ROWS = 20;
const article = (code: string): string => categoryByCode(code)?.article ?? code;

interface Row {
  title: string;
  category: string;
  organisation: string;
  split: string;
}
type Counts = Record<string, { n: number; right: number; wrong: number; abstained: number; top: number }>;

const rows: Row[] = readFileSync(join(here, '../data/real/real-titles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

/**
 * In a child process (after training without `body`, or without every body of a group `A|B|…`): right / wrong /
 * "don't know" per category and input.
 */
async function evaluate(body: string): Promise<void> {
  const members = new Set(body.split('|'));
  const { createClassifier } = await import('../src/index.js');
  const classifier = createClassifier();
  const counts: Counts = {};
  const rowsOut = process.env['CROSS_BODY_ROWS'];
  for (const r of rows.filter((x) => members.has(x.organisation))) {
    for (const [input, withPublisher] of [
      ['title', false],
      ['title + publisher', true],
    ] as const) {
      const key = `${r.category}\u0000${input}`;
      const c = (counts[key] ??= { n: 0, right: 0, wrong: 0, abstained: 0, top: 0 });
      const result = classifier.classify({ title: r.title, ...(withPublisher ? { publisher: r.organisation } : {}) });
      c.n++;
      if (result.ranking[0]?.category === r.category) c.top++;
      if (!withPublisher && rowsOut !== undefined) {
        const top = result.ranking[0];
        const answer = {
          body: r.organisation,
          category: r.category,
          answer: result.category,
          top: top?.category,
          p: top?.score,
        };
        appendFileSync(rowsOut, `${JSON.stringify({ ...answer, title: r.title })}\n`);
      }
      if (result.category === null) c.abstained++;
      else if (result.category === r.category) c.right++;
      else c.wrong++;
    }
  }
  process.stdout.write(JSON.stringify(counts));
}

function run(script: string, env: Record<string, string>, args: string[] = []): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(here, script), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

async function main(): Promise<void> {
  const perBody = new Map<string, number>();
  for (const r of rows)
    if (r.category !== WOO_REQUESTS) perBody.set(r.organisation, (perBody.get(r.organisation) ?? 0) + 1);
  // The parliament is left out: there is one, its papers are the only ones of 3.3.2b, and its unseen dossiers are
  // measured by eval-real.ts (section 2b).
  const large = [...perBody]
    .filter(([b, n]) => n >= MIN_ROWS && b !== 'Tweede Kamer der Staten-Generaal')
    .map(([b]) => b)
    .sort();
  // SMALL_BODY_GROUPS=N: instead, the bodies with fewer rows that training reads (mostly municipalities with a few
  // announcements each: regulations, general decisions, beschikkingen), in N groups, each group left out in turn.
  const groups = Number(process.env['SMALL_BODY_GROUPS'] ?? 0);
  const trained = new Set(rows.filter((r) => r.split === 'train' || r.split === 'tune').map((r) => r.organisation));
  const small = [...trained]
    .filter((b) => (perBody.get(b) ?? 0) < MIN_ROWS && b !== 'Tweede Kamer der Staten-Generaal')
    .sort();
  const bodies =
    groups > 0 ? Array.from({ length: groups }, (_, g) => small.filter((_, i) => i % groups === g).join('|')) : large;
  const generated = ['model.ts', 'calibration.ts'].map((f) => join(here, '../src/generated', f));
  const saved = generated.map((f) => readFileSync(f, 'utf8'));
  const results: Array<{ body: string; counts: Counts }> = [];
  try {
    for (const [i, body] of bodies.entries()) {
      run('train.ts', { LEAVE_OUT: body });
      run('calibrate.ts', { LEAVE_OUT: body });
      const label = groups > 0 ? `group ${i + 1} (${body.split('|').length} bodies)` : body;
      results.push({ body: label, counts: JSON.parse(run('cross-body.ts', {}, ['--body', body])) as Counts });
      process.stderr.write(`cross-body: ${label} done\n`);
    }
  } finally {
    generated.forEach((f, i) => writeFileSync(f, saved[i]!));
  }
  const pct = (x: number, n: number): string => `${((100 * x) / n).toFixed(1)}%`;
  console.log(
    groups > 0
      ? `## Leave a group out: ${small.length} smaller bodies in ${groups} groups\n`
      : `## Leave one body out: ${bodies.length} bodies with at least ${MIN_ROWS} rows outside 3.3.2i\n`,
  );
  console.log(
    `Each ${groups > 0 ? 'group' : 'body'} in turn: trained and calibrated without any of its rows, ` +
      'then all its rows classified.\n',
  );
  console.log("| body | category | rows | title: right / wrong / don't know | title + publisher |");
  console.log('|---|---|---|---|---|');
  const total: Counts = {};
  for (const { body, counts } of results) {
    const categories = [...new Set(Object.keys(counts).map((k) => k.split('\u0000')[0]!))].sort();
    for (const category of categories) {
      const cells = ['title', 'title + publisher'].map((input) => {
        const c = counts[`${category}\u0000${input}`]!;
        const t = (total[`${category}\u0000${input}`] ??= { n: 0, right: 0, wrong: 0, abstained: 0, top: 0 });
        t.n += c.n;
        t.top += c.top;
        t.right += c.right;
        t.wrong += c.wrong;
        t.abstained += c.abstained;
        return `${pct(c.right, c.n)} / ${pct(c.wrong, c.n)} / ${pct(c.abstained, c.n)}`;
      });
      const n = counts[`${category}\u0000title`]!.n;
      console.log(`| ${body} | ${article(category)} | ${n} | ${cells[0]} | ${cells[1]} |`);
    }
  }
  console.log('\nAll rows of these bodies, per category (each body unseen when its rows were classified):\n');
  console.log("| category | rows | title: right / wrong / don't know | title + publisher |");
  console.log('|---|---|---|---|');
  const zero = { n: 0, right: 0, wrong: 0, abstained: 0, top: 0 };
  const all = { title: { ...zero }, pub: { ...zero } };
  for (const category of [...new Set(Object.keys(total).map((k) => k.split('\u0000')[0]!))].sort()) {
    const a = total[`${category}\u0000title`]!;
    const b = total[`${category}\u0000title + publisher`]!;
    for (const [into, from] of [
      [all.title, a],
      [all.pub, b],
    ] as const) {
      into.n += from.n;
      into.top += from.top;
      into.right += from.right;
      into.wrong += from.wrong;
      into.abstained += from.abstained;
    }
    const cell = (c: typeof a): string =>
      `${pct(c.right, c.n)} / ${pct(c.wrong, c.n)} / ${pct(c.abstained, c.n)} (top-ranked right ${pct(c.top, c.n)})`;
    console.log(`| ${article(category)} | ${a.n} | ${cell(a)} | ${cell(b)} |`);
  }
  const cell = (c: typeof all.title): string =>
    `${pct(c.right, c.n)} / ${pct(c.wrong, c.n)} / ${pct(c.abstained, c.n)} (top-ranked right ${pct(c.top, c.n)})`;
  console.log(`| **all** | ${all.title.n} | ${cell(all.title)} | ${cell(all.pub)} |\n`);
}

const at = process.argv.indexOf('--body');
if (at >= 0) await evaluate(process.argv[at + 1]!);
else await main();
