// The demo's sample figures of voice and effect: deterministic, nothing after today, nothing personal,
// and a dashboard that shows both sides of the threshold (a term seen on few days stays hidden).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectFigures } from '../src/effect/store.js';
import { screenText } from '../src/effect/screen.js';
import { sampleFeedback, seedEffectDemo } from '../src/demo/index.js';
import { openStore } from '../src/store/store.js';

test('sample feedback is the same for the same seed, never after today, and holds no personal data', () => {
  const today = '2026-12-06';
  const list = sampleFeedback(today);
  assert.deepEqual(sampleFeedback(today), list);
  assert.ok(list.length > 200, `${list.length} answers`);
  assert.ok(list.every((f) => f.day <= today && f.day >= '2026-06-06'));
  for (const f of list) if (f.text) assert.equal(screenText(f.text).text, f.text);
  assert.ok(list.some((f) => f.pageKind === 'decision' && f.outcome && f.decisionTime));
});

test('the seeded demo database gives figures with terms above the threshold only, once', async () => {
  const store = await openStore({ file: ':memory:' });
  try {
    assert.equal(await seedEffectDemo(store.db, '2026-12-06'), true);
    assert.equal(await seedEffectDemo(store.db, '2026-12-06'), false, 'an already filled database is left alone');
    const figures = await effectFigures(store.db, '2026-12-06');
    const terms = figures.missedTerms.map((t) => t.term);
    assert.ok(terms.includes('hondenbelasting'));
    assert.ok(!terms.includes('kapvergunning eik'), 'a term seen on few days does not show');
    const [rare] = await store.db.all<{ days: number | string }>(
      "SELECT COUNT(DISTINCT day) AS days FROM woo_search_misses WHERE term = 'kapvergunning eik'",
    );
    assert.equal(Number(rare?.days), 3, 'it is in the database, on 3 days');
    assert.ok(figures.missedTerms.every((t) => t.days >= 5));
    assert.ok(
      figures.requestChoices.length >= 6 && figures.requestChoices.every((m) => m.answeredWithoutRequest <= m.answer),
    );
    assert.ok(figures.feedback.byOutcome.length >= 3 && figures.feedback.byDecisionTime.length >= 3);
  } finally {
    await store.close();
  }
});
