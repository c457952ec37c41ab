// requestTimelinessStatistics: the same figures as timelinessStatistics over deadlineInputFromRequest,
// for any mix of requests (property test), the split by outcome, and its errors and `invalid: 'skip'`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DecisionOutcome, WooRequest, WooRequestEvent } from '@woo-kit/core';
import { deadlineInputFromRequest, timelinessStatistics } from '../src/index.js';
import { requestTimelinessStatistics } from '../src/requests.js';

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const OUTCOMES: DecisionOutcome[] = [
  'disclosed',
  'partlyDisclosed',
  'refused',
  'notHeld',
  'alreadyPublic',
  'notHandled',
];

/** The long way: each request through deadlineInputFromRequest, then timelinessStatistics. */
function longWay(requests: readonly WooRequest[], today: string, extraHolidays?: string[]) {
  const records = requests.map((r) => ({
    ...deadlineInputFromRequest(r, today),
    ...(r.agreedDeadline ? { agreedDeadline: r.agreedDeadline } : {}),
  }));
  return timelinessStatistics(records, { today, ...(extraHolidays ? { extraHolidays } : {}) });
}

// A request received in 2023–2025 with any of: a clarification or zienswijze (answered or not, with or
// without an answer-by day), a postponement (in time or late), a decision (before or after `today`), an agreed
// deadline.
const request = fc
  .record({
    received: fc
      .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 11, 31) })
      .map((t) => Math.floor(t / DAY) * DAY),
    clarification: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 20 }),
        length: fc.integer({ min: 0, max: 30 }),
        answered: fc.boolean(),
        answerBy: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    zienswijze: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 40 }),
        length: fc.integer({ min: 0, max: 30 }),
        answered: fc.boolean(),
      }),
      { nil: undefined },
    ),
    postponed: fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }),
    decided: fc.option(fc.record({ after: fc.integer({ min: 0, max: 200 }), outcome: fc.constantFrom(...OUTCOMES) }), {
      nil: undefined,
    }),
    agreed: fc.option(fc.integer({ min: 20, max: 150 }), { nil: undefined }),
  })
  .map(({ received, clarification, zienswijze, postponed, decided, agreed }): WooRequest => {
    const on = (days: number) => iso(received + days * DAY);
    const events: WooRequestEvent[] = [];
    if (clarification) {
      events.push({
        type: 'clarificationAsked',
        on: on(clarification.after),
        ...(clarification.answerBy !== undefined ? { answerBy: on(clarification.after + clarification.answerBy) } : {}),
      } as WooRequestEvent);
      if (clarification.answered)
        events.push({
          type: 'clarificationAnswered',
          on: on(clarification.after + clarification.length),
        } as WooRequestEvent);
    }
    if (zienswijze) {
      events.push({ type: 'zienswijzeAsked', on: on(zienswijze.after) } as WooRequestEvent);
      if (zienswijze.answered)
        events.push({ type: 'zienswijzeReceived', on: on(zienswijze.after + zienswijze.length) } as WooRequestEvent);
    }
    if (postponed !== undefined) events.push({ type: 'postponed', on: on(postponed) } as WooRequestEvent);
    if (decided) events.push({ type: 'decided', on: on(decided.after), outcome: decided.outcome } as WooRequestEvent);
    events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    return {
      id: `WOO-${received}`,
      receivedOn: on(0),
      channel: 'webForm',
      subject: 'Stukken over de fietsbrug',
      ...(agreed !== undefined ? { agreedDeadline: on(agreed) } : {}),
      ...(events.length ? { events } : {}),
    } as WooRequest;
  });

test(
  'requestTimelinessStatistics gives the figures of timelinessStatistics over deadlineInputFromRequest ' + '(property)',
  () => {
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 60 }),
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 6, 1) }),
        fc.option(
          fc.array(fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 6, 1) }), {
            minLength: 1,
            maxLength: 5,
          }),
          { nil: undefined },
        ),
        (requests, todayTime, extra) => {
          const today = iso(Math.floor(todayTime / DAY) * DAY);
          const extraHolidays = extra?.map((t) => iso(Math.floor(t / DAY) * DAY));
          const { outcomes, skipped, ...figures } = requestTimelinessStatistics(requests, {
            today,
            ...(extraHolidays ? { extraHolidays } : {}),
          });
          assert.deepEqual(figures, longWay(requests, today, extraHolidays));
          assert.equal(skipped, 0);
          for (const key of [...OUTCOMES, 'open'] as const) {
            const n = requests.filter(
              (r) =>
                (r.events?.find((e) => e.type === 'decided') as { outcome?: string } | undefined)?.outcome ===
                (key === 'open' ? undefined : key),
            ).length;
            assert.equal(outcomes[key], n, key);
          }
        },
      ),
      { numRuns: 300 },
    );
  },
);

test('requestTimelinessStatistics: outcomes, and the figures of a small hand-checked set', () => {
  const requests = [
    {
      id: 'A',
      receivedOn: '2025-01-06',
      subject: 'a',
      events: [{ type: 'decided', on: '2025-01-20', outcome: 'disclosed' }],
    },
    {
      id: 'B',
      receivedOn: '2025-01-13',
      subject: 'b',
      events: [
        { type: 'postponed', on: '2025-02-01' },
        { type: 'decided', on: '2025-02-20', outcome: 'refused', grounds: ['5.1.2e'] },
      ],
    },
    {
      id: 'C',
      receivedOn: '2025-01-20',
      subject: 'c',
      agreedDeadline: '2025-04-01',
      events: [{ type: 'decided', on: '2025-03-31', outcome: 'partlyDisclosed', grounds: ['5.1.2e'] }],
    },
    {
      id: 'D',
      receivedOn: '2025-02-03',
      subject: 'd',
      events: [
        { type: 'clarificationAsked', on: '2025-02-05' },
        { type: 'clarificationAnswered', on: '2025-02-10' },
      ],
    },
    { id: 'E', receivedOn: '2025-03-25', subject: 'e' },
  ] as unknown as WooRequest[];
  const s = requestTimelinessStatistics(requests, { today: '2025-04-01' });
  assert.deepEqual(s.outcomes, {
    disclosed: 1,
    partlyDisclosed: 1,
    refused: 1,
    notHeld: 0,
    alreadyPublic: 0,
    notHandled: 0,
    open: 2,
  });
  assert.equal(s.skipped, 0);
  // As in status.test.ts, where the same requests are given as records.
  assert.deepEqual(s.withinLegalDeadline, { count: 2, of: 4, share: 0.5 });
  assert.deepEqual(s.withinAgreedTerm, { count: 3, of: 4, share: 0.75 });
  assert.equal(s.openLate, 1);
  assert.equal(s.postponed, 1);
  assert.equal(s.suspendedDays, 4);
  assert.equal(s.medianDaysToDecision, 38);
});

test(
  'requestTimelinessStatistics: a bad request throws with its index and the path in the request, or is ' + 'skipped',
  () => {
    const good = { id: 'A', receivedOn: '2025-01-06', channel: 'email', subject: 'a' };
    const cases: [unknown, string, string][] = [
      [{ ...good, receivedOn: '2025-02-30' }, 'invalid-date', '/1/receivedOn'],
      [{ ...good, receivedOn: undefined }, 'missing-received-on', '/1/receivedOn'],
      [{ ...good, receivedOn: '1850-01-01' }, 'date-out-of-range', '/1/receivedOn'],
      [
        {
          ...good,
          events: [
            { type: 'released', on: '2025-02-01' },
            { type: 'decided', on: '2025-01-01', outcome: 'refused' },
          ],
        },
        'decided-before-received',
        '/1/events/1/on',
      ],
      [{ ...good, events: [{ type: 'postponed', on: '2025-13-01' }] }, 'invalid-date', '/1/events/0/on'],
      [
        { ...good, events: [{ type: 'decided', on: '2025-02-01', outcome: 'maybe' }] },
        'invalid-outcome',
        '/1/events/0/outcome',
      ],
      [
        {
          ...good,
          events: [
            { type: 'zienswijzeAsked', on: '2025-02-01' },
            { type: 'zienswijzeReceived', on: '2025-02-31' },
          ],
        },
        'invalid-date',
        '/1/events',
      ],
      [{ ...good, events: {} }, 'invalid-events', '/1/events'],
      [{ ...good, events: [null] }, 'invalid-event', '/1/events/0'],
      [{ ...good, agreedDeadline: 'soon' }, 'invalid-date', '/1/agreedDeadline'],
      [null, 'invalid-input', '/1'],
    ];
    for (const [bad, code, path] of cases) {
      const list = [good, bad, good] as WooRequest[];
      assert.throws(
        () => requestTimelinessStatistics(list, { today: '2025-04-01' }),
        (error: { code?: string; path?: string; messages?: { nl: string; en: string } }) => {
          assert.equal(error.code, code, JSON.stringify(bad));
          assert.equal(error.path, path, JSON.stringify(bad));
          assert.ok(error.messages?.nl && error.messages.en);
          return true;
        },
      );
      const skipped = requestTimelinessStatistics(list, { today: '2025-04-01', invalid: 'skip' });
      assert.equal(skipped.skipped, 1, JSON.stringify(bad));
      assert.equal(skipped.requests, 2);
      assert.equal(skipped.outcomes.open, 2);
    }
    // A bad `today` is not a request's fault: it throws also with `invalid: 'skip'`.
    assert.throws(() => requestTimelinessStatistics([good as WooRequest], { today: '2025-02-30', invalid: 'skip' }), {
      code: 'invalid-date',
      path: '/today',
    });
  },
);
