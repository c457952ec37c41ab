// The pure parts of <woo-feedback> and <woo-effect-dashboard>: checks, the body sent, reading the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { characters, checkFeedback, feedbackBody, safeSubject } from '../src/components/woo-feedback/feedback-model.js';
import { readEffect, shares, sumBy } from '../src/components/woo-effect-dashboard/effect-model.js';

test('feedback: an answer is needed; at most 500 characters, counted as people count them', () => {
  assert.deepEqual(checkFeedback({ answer: '', text: '' }), [{ field: 'answer', problem: 'answer-missing' }]);
  assert.deepEqual(checkFeedback({ answer: 'yes', text: '😀'.repeat(500) }), []);
  assert.equal(characters('😀é'), 2);
  assert.deepEqual(checkFeedback({ answer: 'no', text: 'x'.repeat(501) }), [
    { field: 'text', problem: 'text-too-long' },
  ]);
});

test(
  'feedback: the body holds where, the answer, the text and ' + 'the language; never a request reference or token',
  () => {
    assert.equal(safeSubject('WOO-2025-0042'), '');
    assert.equal(safeSubject('x'.repeat(40)), '');
    assert.equal(safeSubject('gm0390-2025-fietsbrug'), 'gm0390-2025-fietsbrug');
    const context = {
      pageKind: 'request-status',
      subject: 'woo-2025-0042',
      outcome: 'refused',
      daysToDecision: 12,
      language: 'pl',
    };
    assert.deepEqual(feedbackBody({ answer: 'no', text: '  ' }, context), {
      answer: 'no',
      pageKind: 'request-status',
      language: 'pl',
    });
    assert.deepEqual(
      feedbackBody({ answer: 'yes', text: ' ok ' }, { ...context, pageKind: 'decision', subject: 'besluit-1' }),
      {
        answer: 'yes',
        pageKind: 'decision',
        subject: 'besluit-1',
        text: 'ok',
        language: 'pl',
        outcome: 'refused',
        daysToDecision: 12,
      },
    );
  },
);

test('effect figures: wrong records are left out, not shown half; shares and sums', () => {
  const data = readEffect({
    feedback: {
      total: { yes: 3, partly: 1, no: 0 },
      perKindAndMonth: [
        { pageKind: 'search', month: '2025-01', yes: 1, partly: 1, no: 0 },
        { pageKind: 'search', month: '2025-02', yes: 2, partly: 0, no: 0 },
        { pageKind: 'search', month: '2025-13', yes: 2, partly: 0, no: 0 },
        { pageKind: 'search', month: '2025-03', yes: -1, partly: 0, no: 0 },
      ],
      byOutcome: [{ outcome: 'refused', yes: 0, partly: 0, no: 1 }, { yes: 1 }],
      byDecisionTime: 'nope',
    },
    requestChoices: [
      { month: '2025-01', answer: 2, documents: 1, answerThenRequest: 1, answeredWithoutRequest: 1 },
      { month: '2025-02' },
    ],
    missedTerms: [
      { term: 'afval', days: 5, noResults: 5, nothingOpened: 0 },
      { term: '', days: 9, noResults: 1, nothingOpened: 0 },
    ],
  });
  assert.equal(data.perKindAndMonth.length, 2);
  assert.equal(data.byOutcome.length, 1);
  assert.deepEqual(data.byDecisionTime, []);
  assert.equal(data.requestChoices.length, 1);
  assert.deepEqual(
    data.missedTerms.map((t) => t.term),
    ['afval'],
  );
  assert.equal(data.minimumDays, 5);
  assert.deepEqual(
    sumBy(data.perKindAndMonth, (r) => r.pageKind),
    [{ key: 'search', counts: { yes: 3, partly: 1, no: 0 } }],
  );
  assert.deepEqual(shares({ yes: 3, partly: 1, no: 0 }), { yes: 0.75, partly: 0.25, no: 0 });
  assert.equal(shares({ yes: 0, partly: 0, no: 0 }), null);
  assert.throws(() => readEffect([]));
});
