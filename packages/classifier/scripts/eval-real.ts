/**
 * Evaluation on REAL publication titles (data/real/real-titles.jsonl, built by
 * scripts/build-real-corpus.mjs): the tables of docs/classifier.md.
 *
 *  1. The data: rows per split, category, organisation, label kind and licence.
 *  2. The frozen organisation split: right / wrong / "don't know" at the default threshold, per
 *     category (precision, recall) and per organisation. Test bodies are never used to train or tune.
 *  3. Right vs wrong as the threshold moves (test split).
 *  4. Learning from a body's own publications: per test body with ≥ 40 rows, learn from one half of
 *     its rows (chosen by a hash of the title), test on the other half; and the time to learn 10,000.
 *  5. What the summary, the document type (parliament), the publisher and the first-page text (Amsterdam's
 *     council documents) add, on the rows that have them.
 *  6. The wrong answers on the test split.
 *
 *   pnpm --filter @woo-kit/classifier eval
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { categoryByCode } from '@woo-kit/core';
import { createClassifier, DEFAULT_THRESHOLD, type Classifier, type ClassificationInput } from '../src/classifier.js';

const here = dirname(fileURLToPath(import.meta.url));
interface Row {
  title: string;
  summary?: string;
  text?: string;
  category: string;
  organisation: string;
  label: string;
  licence: string;
  source: string;
  sourceDocumentType?: string;
  documentType?: string;
  split: 'train' | 'test' | 'holdout';
}
const rows: Row[] = readFileSync(join(here, '../data/real/real-titles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);
const test = rows.filter((r) => r.split === 'test');

const article = (code: string): string => categoryByCode(code)?.article ?? code;
const pct = (x: number, n: number): string => (n === 0 ? '–' : `${((100 * x) / n).toFixed(1)}%`);
const count = <T>(items: readonly T[], key: (t: T) => string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return new Map([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
};
const table = (head: readonly string[], body: ReadonlyArray<readonly (string | number)[]>): void => {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const line of body) console.log(`| ${line.join(' | ')} |`);
  console.log('');
};
/** FNV-1a, for a split that does not depend on the order of the file. */
const hash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

interface Outcome {
  right: number;
  wrong: number;
  abstained: number;
  n: number;
}
function run(
  classifier: Classifier,
  items: readonly Row[],
  input: (r: Row) => ClassificationInput = (r) => ({ title: r.title }),
): {
  outcome: Outcome;
  results: Array<{ row: Row; category: string | null; top: string | undefined; confidence: number }>;
} {
  const outcome = { right: 0, wrong: 0, abstained: 0, n: items.length };
  const results = items.map((row) => {
    const r = classifier.classify(input(row));
    if (r.category === null) outcome.abstained++;
    else if (r.category === row.category) outcome.right++;
    else outcome.wrong++;
    return { row, category: r.category, top: r.ranking[0]?.category, confidence: r.confidence };
  });
  return { outcome, results };
}
const line = (o: Outcome): string[] => [String(o.n), pct(o.right, o.n), pct(o.wrong, o.n), pct(o.abstained, o.n)];

console.log('# Real titles: evaluation (data/real/real-titles.jsonl)\n');
console.log('## 1. Data\n');
table(
  ['split', 'category', 'rows', 'bodies'],
  [...count(rows, (r) => `${r.split}\u0000${r.category}`)].map(([k, v]) => {
    const [split, category] = k.split('\u0000') as [string, string];
    return [
      split,
      `${article(category)} ${categoryByCode(category)?.labelNl ?? category}`,
      v,
      new Set(rows.filter((r) => r.split === split && r.category === category).map((r) => r.organisation)).size,
    ];
  }),
);
table(
  ['organisation', 'split', 'rows'],
  [...count(rows, (r) => `${r.organisation}\u0000${r.split}`)].map(([k, v]) => [...k.split('\u0000'), v]),
);
table(['how the label was made', 'rows'], [...count(rows, (r) => r.label)]);
table(['licence', 'rows'], [...count(rows, (r) => r.licence)]);

console.log(
  `## 2. Organisation split: ${test.length} test rows from ${new Set(test.map((r) => r.organisation)).size} ` +
    `bodies never trained or tuned on, threshold ${DEFAULT_THRESHOLD}\n`,
);
const plain = createClassifier();
const { outcome, results } = run(plain, test);
table(['rows', 'right', 'wrong', "don't know"], [line(outcome)]);
const topRight = results.filter((r) => r.top === r.row.category).length;
console.log(`Top-ranked category right (ignoring the threshold): ${pct(topRight, test.length)}\n`);
const categories = [...new Set([...results.map((r) => r.row.category), ...results.map((r) => r.category ?? '')])]
  .filter((c) => c !== '')
  .sort();
table(
  ['category', 'gold rows', 'answered as it', 'precision', 'recall'],
  categories.map((c) => {
    const gold = results.filter((r) => r.row.category === c).length;
    const predicted = results.filter((r) => r.category === c).length;
    const tp = results.filter((r) => r.category === c && r.row.category === c).length;
    return [
      `${article(c)} ${categoryByCode(c)?.labelNl ?? c}`,
      gold,
      predicted,
      predicted === 0 ? '–' : (tp / predicted).toFixed(3),
      gold === 0 ? '–' : (tp / gold).toFixed(3),
    ];
  }),
);
table(
  ['organisation', 'rows', 'right', 'wrong', "don't know"],
  [...count(test, (r) => r.organisation)].map(([org]) => [
    org,
    ...line(
      run(
        plain,
        test.filter((r) => r.organisation === org),
      ).outcome,
    ),
  ]),
);
// Right / wrong / "don't know" per category and per way the label was made (the announcement rows of
// municipalities are a different kind of title from the Woo pages of ministries).
const bySubset = (name: string, key: (r: Row) => string, label: (k: string) => string): void => {
  table(
    [name, 'rows', 'bodies', 'right', 'wrong', "don't know"],
    [...count(test, key)].map(([k]) => {
      const sub = test.filter((r) => key(r) === k);
      const o = line(run(plain, sub).outcome);
      return [label(k), o[0]!, String(new Set(sub.map((r) => r.organisation)).size), ...o.slice(1)];
    }),
  );
};
bySubset(
  'category',
  (r) => r.category,
  (c) => `${article(c)} ${categoryByCode(c)?.labelNl ?? c}`,
);
bySubset(
  'how the label was made',
  (r) => r.label,
  (l) => l,
);
// Woo requests are most test rows; the mean over categories weighs each category the same.
const perCategory = [...new Set(test.map((r) => r.category))].map(
  (c) =>
    run(
      plain,
      test.filter((r) => r.category === c),
    ).outcome,
);
const mean = (f: (o: Outcome) => number): string =>
  `${((100 * perCategory.reduce((a, o) => a + f(o) / o.n, 0)) / perCategory.length).toFixed(1)}%`;
console.log(
  `Mean over the ${perCategory.length} categories of the test split (each category counts the ` +
    `same): ${mean((o) => o.right)} right, ${mean((o) => o.wrong)} wrong, ${mean((o) => o.abstained)} "don't ` +
    `know".\n`,
);

const holdout = rows.filter((r) => r.split === 'holdout');
if (holdout.length > 0) {
  console.log(
    `## 2b. Held-out rows: ${holdout.length} rows never trained or tuned on, of bodies whose other rows are ` +
      `trained on (parliament: unseen dossiers; Huizen: unseen meeting dates; Eindhoven: all its council papers)\n`,
  );
  const h = run(plain, holdout);
  table(
    ['body', 'category', 'rows', 'right', 'wrong', "don't know"],
    [...count(holdout, (r) => `${r.organisation}\u0000${r.category}`)].map(([k]) => {
      const [org, c] = k.split('\u0000') as [string, string];
      return [
        org,
        article(c),
        ...line(
          run(
            plain,
            holdout.filter((r) => r.organisation === org && r.category === c),
          ).outcome,
        ),
      ];
    }),
  );
  const byType = [...count(holdout, (r) => r.sourceDocumentType ?? '–')]
    .map(([t, n]) => {
      const o = run(
        plain,
        holdout.filter((r) => (r.sourceDocumentType ?? '–') === t),
      ).outcome;
      return { t, n, o };
    })
    .filter((x) => x.n >= 10)
    .sort((a, b) => a.o.right / a.o.n - b.o.right / b.o.n);
  table(
    ["the body's own document type (≥ 10 rows), worst first", 'rows', 'right', 'wrong', "don't know"],
    byType
      .map((x) => [x.t, ...line(x.o).slice(1)].map(String))
      .map((l) => [l[0]!, String(byType.find((x) => x.t === l[0])!.n), ...l.slice(1)]),
  );
  const wrongTo = count(
    h.results.filter((r) => r.category !== null && r.category !== r.row.category),
    (r) => article(r.category!),
  );
  console.log(`Wrong answers go to: ${[...wrongTo].map(([c, n]) => `${c} (${n})`).join(', ') || 'none'}.\n`);
}

console.log('## 3. Right vs wrong as the threshold moves (test split)\n');
const scored = results.map((r) => ({ ok: r.top === r.row.category, confidence: r.confidence }));
table(
  ['threshold', 'right', 'wrong', "don't know"],
  [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95].map((t) => {
    const answered = scored.filter((s) => s.confidence >= t);
    const right = answered.filter((s) => s.ok).length;
    return [
      t === DEFAULT_THRESHOLD ? `**${t}** (default)` : String(t),
      pct(right, scored.length),
      pct(answered.length - right, scored.length),
      pct(scored.length - answered.length, scored.length),
    ];
  }),
);

// Zaanstad's council papers of 2001-2015 (a whole council information system, attachments and all) are held out as a
// set of their own; their curve is printed apart, so the curve of the other held-out rows stays comparable.
const councilSystem = (r: Row): boolean => r.source.includes('VoorbeeldZaandam.json');
const heldCurves: ReadonlyArray<readonly [string, Row[]]> = [
  [
    'Same, on the held-out rows of section 2b other than Zaanstad’s council papers of 2001–2015:',
    holdout.filter((r) => !councilSystem(r)),
  ],
  ['Same, on Zaanstad’s council papers of 2001–2015 (held out):', holdout.filter(councilSystem)],
];
for (const [heading, rowsOf] of heldCurves) {
  if (rowsOf.length === 0) continue;
  console.log(`${heading} ${rowsOf.length} rows\n`);
  const held = run(plain, rowsOf).results.map((r) => ({ ok: r.top === r.row.category, confidence: r.confidence }));
  table(
    ['threshold', 'right', 'wrong', "don't know"],
    [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9].map((t) => {
      const answered = held.filter((x) => x.confidence >= t);
      const right = answered.filter((x) => x.ok).length;
      return [
        t === DEFAULT_THRESHOLD ? `**${t}** (default)` : String(t),
        pct(right, held.length),
        pct(answered.length - right, held.length),
        pct(held.length - answered.length, held.length),
      ];
    }),
  );
}

console.log("## 4. Learning from a body's own publications (learn from half of its rows, test on the other half)\n");
// Test bodies and the held-out parliament rows (never trained on either).
const unseen = [...test, ...holdout];
const bodies = [...count(unseen, (r) => r.organisation)].filter(([, n]) => n >= 40).map(([org]) => org);
const gain: Array<readonly (string | number)[]> = [];
const total = {
  plain: { right: 0, wrong: 0, abstained: 0, n: 0 },
  learned: { right: 0, wrong: 0, abstained: 0, n: 0 },
};
for (const org of bodies) {
  const own = unseen.filter((r) => r.organisation === org);
  const learn = own.filter((r) => hash(r.title) % 2 === 0);
  const check = own.filter((r) => hash(r.title) % 2 === 1);
  const a = run(plain, check).outcome;
  const b = run(
    createClassifier({
      examples: learn.map((r) => ({
        title: r.title,
        category: r.category,
        ...(r.summary ? { summary: r.summary } : {}),
      })),
    }),
    check,
  ).outcome;
  for (const [to, from] of [
    [total.plain, a],
    [total.learned, b],
  ] as const) {
    to.right += from.right;
    to.wrong += from.wrong;
    to.abstained += from.abstained;
    to.n += from.n;
  }
  gain.push([
    org,
    learn.length,
    check.length,
    `${pct(a.right, a.n)} / ${pct(a.wrong, a.n)}`,
    `${pct(b.right, b.n)} / ${pct(b.wrong, b.n)}`,
  ]);
}
gain.push([
  '**all**',
  '',
  total.plain.n,
  `${pct(total.plain.right, total.plain.n)} / ${pct(total.plain.wrong, total.plain.n)}`,
  `${pct(total.learned.right, total.learned.n)} / ${pct(total.learned.wrong, total.learned.n)}`,
]);
table(['body', 'learned from', 'tested on', 'plain: right / wrong', 'with examples: right / wrong'], gain);
// Time to learn 10,000 examples (real titles, repeated with a counter to reach 10,000).
const tenThousand = Array.from({ length: 10_000 }, (_, i) => ({
  title: i < rows.length ? rows[i]!.title : `${rows[i % rows.length]!.title} ${i}`,
  category: rows[i % rows.length]!.category,
}));
let best = Infinity;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  createClassifier({ examples: tenThousand });
  best = Math.min(best, performance.now() - t0);
}
const learned = createClassifier({ examples: tenThousand });
const speed = (c: Classifier): number => {
  for (let i = 0; i < 2000; i++) c.classify({ title: rows[(i * 7) % rows.length]!.title }); // warm up
  const start = performance.now();
  for (let i = 0; i < 10_000; i++) c.classify({ title: rows[(i * 13) % rows.length]!.title });
  return 10_000 / ((performance.now() - start) / 1000);
};
const plainSpeed = speed(plain);
const learnedSpeed = speed(learned);
console.log(
  `Learning 10,000 examples: ${best.toFixed(0)} ms (best of 3). Classifying, same ` +
    `run: ${Math.round(plainSpeed).toLocaleString('en')} titles/s ` +
    `plain, ${Math.round(learnedSpeed).toLocaleString('en')} titles/s with the 10,000 examples ` +
    `(${(learnedSpeed / plainSpeed).toFixed(2)}×).\n`,
);

console.log('## 5. What the summary adds (test rows with a summary)\n');
const withSummary = test.filter((r) => r.summary !== undefined);
table(
  ['input', 'rows', 'right', 'wrong', "don't know"],
  [
    ['title only', ...line(run(plain, withSummary).outcome)],
    ['title + summary', ...line(run(plain, withSummary, (r) => ({ title: r.title, summary: r.summary! })).outcome)],
  ],
);
const typed = rows.filter((r) => r.documentType !== undefined && r.split === 'holdout');
if (typed.length > 0) {
  console.log(
    `Held-out rows with a document type (Tweede Kamer; the parliament's own type mapped to a TOOI type, see ` +
      `build-real-corpus.mjs) and a summary (the bill or dossier title): ${typed.length}\n`,
  );
  table(
    ['input', 'rows', 'right', 'wrong', "don't know"],
    [
      ['title only', ...line(run(plain, typed).outcome)],
      [
        'title + summary',
        ...line(run(plain, typed, (r) => ({ title: r.title, ...(r.summary ? { summary: r.summary } : {}) })).outcome),
      ],
      [
        'title + document type',
        ...line(run(plain, typed, (r) => ({ title: r.title, documentType: r.documentType! })).outcome),
      ],
      [
        'title + summary + document type',
        ...line(
          run(plain, typed, (r) => ({
            title: r.title,
            ...(r.summary ? { summary: r.summary } : {}),
            documentType: r.documentType!,
          })).outcome,
        ),
      ],
    ],
  );
}
console.log(
  'What the publisher adds (its name as `publisher`: a municipality has no papers of the States General, a ' +
    'ministry no council papers, Woo art. 3.3 lid 2 onder a–d; a rekenkamer, advisory council or ombudsman hints ' +
    'at research reports, advice or complaint findings, onder j, e, l):\n',
);
const withPublisher = (r: Row): ClassificationInput => ({ title: r.title, publisher: r.organisation });
table(
  ['split', 'input', 'rows', 'right', 'wrong', "don't know"],
  [
    ['test split', test],
    ['held-out rows (not Zaanstad 2001–2015)', holdout.filter((r) => !councilSystem(r))],
  ].flatMap(([name, set]) => [
    [name as string, 'title only', ...line(run(plain, set as Row[]).outcome)],
    [name as string, 'title + publisher', ...line(run(plain, set as Row[], withPublisher).outcome)],
  ]),
);
const withText = rows.filter((r) => r.text !== undefined);
console.log(
  `What the first-page text adds: ${withText.length} rows with the start of the document's text (Amsterdam's ` +
    `council documents, all held out: see build-real-corpus.mjs):\n`,
);
const textInputs: ReadonlyArray<readonly [string, (r: Row) => ClassificationInput]> = [
  ['title only', (r) => ({ title: r.title })],
  ['title + text', (r) => ({ title: r.title, text: r.text! })],
  ['title + publisher', (r) => ({ title: r.title, publisher: r.organisation })],
  ['title + text + publisher', (r) => ({ title: r.title, text: r.text!, publisher: r.organisation })],
];
table(
  ['category', 'input', 'rows', 'right', 'wrong', "don't know"],
  [...count(withText, (r) => r.category).keys(), 'all'].flatMap((category) => {
    const set = category === 'all' ? withText : withText.filter((r) => r.category === category);
    const name = category === 'all' ? '**all**' : article(category);
    return textInputs.map(([input, make]) => [name, input, ...line(run(plain, set, make).outcome)]);
  }),
);

console.log('## 6. Wrong answers on the test split\n');
for (const r of results.filter((x) => x.category !== null && x.category !== x.row.category)) {
  console.log(
    `- ${article(r.row.category)} → ${article(r.category!)} ` +
      `(${r.confidence.toFixed(2)}) ${r.row.organisation}: "${r.row.title}"`,
  );
}
console.log('');
