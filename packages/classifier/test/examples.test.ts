// Learning from a body's own publications. The example titles below are written for these tests
// (not real publications); the real corpus is measured by `pnpm eval`, not here.
// The vague titles start with "Update": since the model learned from real parliamentary papers, "Stand van zaken …"
// (the usual title of a minister's progress letter) leans towards 3.3.2b and is no longer vague.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  WooKitInputError,
  examplePublication,
  fromDiwooSitemap,
  informationCategories,
  toDiwooSitemap,
} from '@woo-kit/core';
import {
  classify,
  createClassifier,
  createExampleIndex,
  examplesFromPublications,
  examplesFromJsonLines,
  resolveCategory,
  type ClassificationExample,
} from '../src/index.js';

const COUNCIL = 'c_db4862c3'; // 3.3.2c vergaderstukken decentrale overheden
const officialCodes = new Set(informationCategories.map((c) => c.code));
const own: ClassificationExample[] = [
  { title: 'Update windpark Zuid', category: COUNCIL },
  { title: 'Update zwembad De Hoorn', category: COUNCIL },
  { title: 'Update jeugdzorg 2024', category: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3' },
  { title: 'Besluit op Woo-verzoek over de kermis', category: '3.3.2i' },
];

test(
  "examples: for a vague title the body's own similar publications become the first suggestion, and the " +
    'reason names the closest',
  () => {
    const title = 'Update windpark Noord';
    const plain = classify({ title });
    assert.equal(plain.category, null, 'the plain model is not sure of this title');
    assert.notEqual(plain.ranking[0]!.category, COUNCIL);
    const learned = createClassifier({ examples: own });
    assert.equal(learned.examples, 4);
    const result = learned.classify({ title });
    assert.equal(result.ranking[0]!.category, COUNCIL);
    assert.ok(
      result.ranking[0]!.score > (plain.ranking.find((r) => r.category === COUNCIL)?.score ?? 0) ||
        !plain.ranking.some((r) => r.category === COUNCIL),
    );
    const reason = result.reasons.find((r) => r.kind === 'example');
    assert.ok(reason, 'a reason names the similar publication');
    assert.equal(reason.category, COUNCIL);
    assert.match(reason.message.en, /^Like your publication 'Update windpark Zuid' in category "Meeting documents/);
    assert.match(
      reason.message.nl,
      /^Lijkt op uw publicatie 'Update windpark Zuid' in de categorie "vergaderstukken decentrale overheden"/,
    );
  },
);

test(
  "examples: a title (nearly) the same as the body's own publications gets their category; " +
    'exampleWeight says how much they count',
  () => {
    const series = [
      { title: 'Update windpark Noord 2023', category: COUNCIL },
      { title: 'Update windpark Noord 2024', category: COUNCIL },
    ];
    const title = 'Update windpark Noord 2025';
    assert.equal(classify({ title }).category, null);
    const strong = createClassifier({ examples: series, exampleWeight: 1 }).classify({ title });
    assert.equal(strong.category, COUNCIL);
    const weak = createClassifier({ examples: series }).classify({ title });
    const off = createClassifier({ examples: series, exampleWeight: 0 }).classify({ title });
    assert.ok(strong.confidence > weak.confidence && weak.confidence > off.confidence);
    assert.equal(off.confidence, classify({ title }).confidence, 'weight 0 changes nothing but the reasons');
    assert.ok(off.reasons.some((r) => r.kind === 'example'));
    assert.throws(
      () => createClassifier({ examples: series, exampleWeight: 2 }),
      (e: unknown) => e instanceof WooKitInputError && e.code === 'classifier-invalid-options',
    );
  },
);

test('examples: a title unlike every example is classified as without them, and gets no example reason', () => {
  const learned = createClassifier({ examples: own });
  for (const title of ['Convenant Veilig Uitgaan 2025', 'Verordening afvalstoffenheffing 2025', 'xyz', '']) {
    const a = classify({ title });
    const b = learned.classify({ title });
    assert.equal(b.category, a.category, title);
    assert.equal(b.confidence, a.confidence, title);
    assert.equal(
      b.reasons.some((r) => r.kind === 'example'),
      false,
      title,
    );
  }
});

test('examples: categories may be given as TOOI code, URI or article; anything else is refused with a path', () => {
  assert.equal(resolveCategory('c_3baef532'), 'c_3baef532');
  assert.equal(resolveCategory('https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532'), 'c_3baef532');
  assert.equal(resolveCategory('3.3.2i'), 'c_3baef532');
  assert.equal(resolveCategory('art. 3.1'), 'c_816e508d');
  assert.equal(resolveCategory('woo'), undefined);
  const cases: Array<[unknown, string]> = [
    [
      [
        { title: 'a', category: 'c_3baef532' },
        { title: 'b', category: 'nonsense' },
      ],
      '/examples/1/category',
    ],
    [[{ title: 7, category: 'c_3baef532' }], '/examples/0/title'],
    [[null], '/examples/0'],
    [[{ title: 'a', category: 'c_3baef532', summary: 3 }], '/examples/0/summary'],
  ];
  for (const [examples, path] of cases) {
    assert.throws(
      () => createClassifier({ examples: examples as ClassificationExample[] }),
      (e: unknown) => {
        assert.ok(e instanceof WooKitInputError);
        assert.equal(e.code, 'classifier-invalid-example');
        assert.equal(e.path, path);
        assert.ok(e.messageIn('nl').length > 0 && e.messageIn('en').length > 0);
        return true;
      },
    );
  }
});

test('examplesFromJsonLines: reads good lines, skips and reports bad ones with their line number', () => {
  const text = [
    JSON.stringify({ title: 'Update windpark Zuid', category: COUNCIL, summary: 'Raadsinformatie' }),
    '{ not json',
    JSON.stringify({ title: 'Zonder categorie' }),
    '',
    JSON.stringify({ title: 'Woo-besluit kermis', category: '3.3.2i', documentType: 'besluit' }),
  ].join('\n');
  const read = examplesFromJsonLines(text);
  assert.deepEqual(read.examples, [
    { title: 'Update windpark Zuid', category: COUNCIL, summary: 'Raadsinformatie' },
    { title: 'Woo-besluit kermis', category: 'c_3baef532', documentType: 'besluit' },
  ]);
  assert.deepEqual(
    read.errors.map((e) => [e.line, e.error.code]),
    [
      [2, 'classifier-invalid-example'],
      [3, 'classifier-invalid-example'],
    ],
  );
});

test(
  'examplesFromPublications: a DiWoo sitemap read by core gives title, description, document type and ' + 'category',
  () => {
    const xml = toDiwooSitemap([examplePublication]).files[0]!.xml;
    const read = fromDiwooSitemap(xml);
    assert.deepEqual(read.errors, []);
    assert.deepEqual(examplesFromPublications(read.publications), [
      {
        title: examplePublication.officialTitle,
        category: 'c_3baef532',
        summary: examplePublication.description,
        documentType: examplePublication.documentType,
      },
    ]);
    assert.deepEqual(examplesFromPublications([{ ...examplePublication, informationCategories: [] }]), []);
  },
);

test(
  'example index: the nearest neighbours come first, similarity 1 for the same title, and votes add up ' +
    'per category',
  () => {
    const index = createExampleIndex(own);
    const vote = index.vote('Update windpark Zuid');
    assert.equal(vote.neighbours[0]!.title, 'Update windpark Zuid');
    assert.ok(Math.abs(vote.neighbours[0]!.similarity - 1) < 1e-6);
    for (let i = 1; i < vote.neighbours.length; i++)
      assert.ok(vote.neighbours[i - 1]!.similarity >= vote.neighbours[i]!.similarity);
    assert.ok((vote.strength.get(COUNCIL) ?? 0) > 0.9);
    assert.equal(createExampleIndex([]).vote('iets').neighbours.length, 0);
  },
);

test('examples: 10,000 examples are accepted and answers stay valid (property)', () => {
  const big = Array.from({ length: 10_000 }, (_, i) => ({
    title: `Stand van zaken project ${i} ${['windpark', 'zwembad', 'haven', 'school'][i % 4]}`,
    category: i % 3 === 0 ? COUNCIL : 'c_8c840238',
  }));
  const learned = createClassifier({ examples: big });
  assert.equal(learned.examples, 10_000);
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (title) => {
      const r = learned.classify({ title });
      assert.ok(r.category === null || officialCodes.has(r.category));
      assert.ok(r.confidence >= 0 && r.confidence <= 1);
      assert.deepEqual(learned.classify({ title }), r, 'deterministic');
    }),
    { numRuns: 200 },
  );
});
