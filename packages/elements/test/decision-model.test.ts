// <woo-decision>'s pure parts in Node: the search model, reading a decision, the objection term and
// the ground texts (their Dutch sources must be core's registry texts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exceptionGrounds, exceptionKindNote, withholdingGroundArticles, type InventoryItem } from '@woo-kit/core';
import { DecisionModel, EMPTY_DECISION_QUERY, fold } from '../src/components/woo-decision/decision-model.js';
import { objectionDeadline, readDecision, InvalidDecisionError } from '../src/components/woo-decision/decision-data.js';
import { groundLabel, groundProtects, kindNote } from '../src/components/woo-decision/ground-text.js';
import { storyDecision } from '../src/components/woo-decision/woo-decision.stories.js';

const doc = (over: Partial<InventoryItem>): InventoryItem => ({
  id: '1',
  matter: 'M-1',
  name: 'Doc',
  fileType: 'pdf',
  date: '2024-01-01',
  assessment: 'public',
  grounds: [],
  ...over,
});

test('ground texts: Dutch sources are exactly the registry texts, for every ground and kind', () => {
  for (const g of exceptionGrounds) {
    if (!g.isGround && g.article !== '5.3') continue;
    const article = g.article as Parameters<typeof groundLabel>[0];
    assert.equal(groundLabel(article), g.labelNl);
    assert.equal(groundProtects(article), g.protects.nl);
  }
  for (const k of ['absolute', 'relative', 'temporary', 'extraReasons', 'specialAccess'] as const)
    assert.equal(kindNote(k), exceptionKindNote(k).nl);
});

test('the model filters by words (all must occur, accents folded), assessment and ground', () => {
  const model = new DecisionModel([
    doc({ id: '1', name: 'Financiële notitie fietsbrug', date: '2024-03-01' }),
    doc({ id: '2', name: 'Offerte', assessment: 'notPublic', grounds: ['5.1.2f'], date: '2024-01-01' }),
    doc({
      id: '3',
      name: 'Mail over de fietsbrug',
      fileType: 'email',
      familyId: '3',
      assessment: 'partlyPublic',
      grounds: ['5.1.2e'],
      date: '2024-02-01',
    }),
    doc({ id: '4', name: 'Bijlage tekening', familyId: '3', date: '2023-01-01' }),
  ]);
  const ids = (q: Partial<typeof EMPTY_DECISION_QUERY>) =>
    model.filter({ ...EMPTY_DECISION_QUERY, ...q }).map((i) => model.items[i]!.id);
  assert.deepEqual(ids({}), ['1', '3', '4', '2']); // newest first; the attachment right after its e-mail
  assert.deepEqual(ids({ sort: 'date-asc' }), ['2', '3', '4', '1']);
  assert.deepEqual(ids({ text: 'financiele' }), ['1']);
  assert.deepEqual(ids({ text: 'fietsbrug mail' }), ['3']);
  assert.deepEqual(ids({ text: 'fiets' }), ['1', '3']);
  assert.deepEqual(ids({ text: 'fietsb' }), ['1', '3']);
  assert.deepEqual(ids({ assessment: 'notPublic' }), ['2']);
  assert.deepEqual(ids({ ground: '5.1.2e' }), ['3']);
  assert.equal(model.isAttachment(3), true);
  assert.equal(model.isAttachment(2), false);
});

test('property: the model gives what a plain filter over every document gives', () => {
  const itemArb = fc.record({
    name: fc.string({ maxLength: 12, unit: fc.constantFrom(...'abcé xyz'.split('')) }),
    assessment: fc.constantFrom(
      'public' as const,
      'partlyPublic' as const,
      'notPublic' as const,
      'alreadyPublic' as const,
    ),
    ground: fc.constantFrom(...withholdingGroundArticles.slice(0, 4)),
    day: fc.integer({ min: 1, max: 28 }),
  });
  fc.assert(
    fc.property(
      fc.array(itemArb, { maxLength: 40 }),
      fc.array(fc.string({ maxLength: 4, unit: fc.constantFrom(...'abce xyz'.split('')) }), { maxLength: 5 }),
      (raw, typed) => {
        const items = raw.map((r, i) =>
          doc({
            id: String(i),
            name: r.name,
            assessment: r.assessment,
            grounds: [r.ground],
            date: `2024-01-${String(r.day).padStart(2, '0')}`,
          }),
        );
        const model = new DecisionModel(items);
        // Typing character by character, as a person does, with the incremental search.
        for (const text of typed) {
          const words = fold(text).split(/\s+/).filter(Boolean);
          const got = new Set(model.filter({ ...EMPTY_DECISION_QUERY, text }));
          const want = new Set(
            items
              .map((_, i) => i)
              .filter((i) =>
                words.every((w) => fold(`${items[i]!.name}\u0001${items[i]!.id}\u0001\u0001\u0001M-1`).includes(w)),
              ),
          );
          assert.deepEqual(got, want);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('readDecision leaves out bad rows and counts them; a bad decision is an error', () => {
  const bad = {
    ...storyDecision,
    inventory: [...storyDecision.inventory, { id: 'x' }, doc({ assessment: 'notPublic' })],
  };
  const read = readDecision(bad);
  assert.equal(read.skipped, 2);
  assert.equal(read.decision.inventory.length, storyDecision.inventory.length);
  assert.throws(() => readDecision({ ...storyDecision, decidedOn: 'gisteren' }), InvalidDecisionError);
  assert.throws(() => readDecision([]), InvalidDecisionError);
});

test(
  'objection term: six weeks from the day after the decision is made known (Awb 6:7, 6:8), Atw moves a closed ' + 'day',
  () => {
    // Wednesday 30 April 2025 + 42 days = Wednesday 11 June 2025.
    assert.equal(objectionDeadline({ ...storyDecision, decidedOn: '2025-04-30' }), '2025-06-11');
    // Announced Friday 11 April 2025: + 42 days = Friday 23 May 2025.
    assert.equal(
      objectionDeadline({ ...storyDecision, decidedOn: '2025-04-10', announcedOn: '2025-04-11' }),
      '2025-05-23',
    );
    // Saturday 17 May 2025 + 42 = Saturday 28 June 2025 → Monday 30 June 2025 (Atw art. 1).
    assert.equal(objectionDeadline({ ...storyDecision, decidedOn: '2025-05-17' }), '2025-06-30');
  },
);
