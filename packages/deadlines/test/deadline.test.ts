import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WooKitError } from '@woo-kit/core';
import { computeDeadline, type DeadlineInput } from '../src/index.js';

const deadline = (input: DeadlineInput | unknown): string => computeDeadline(input).deadline;

test('Woo 4.4 lid 1: receipt + 28 days, the same weekday', () => {
  const r = computeDeadline({ receivedOn: '2025-03-03' });
  assert.equal(r.deadline, '2025-03-31');
  assert.equal(r.firstTermEnd, '2025-03-31');
  assert.equal(r.suspendedDays, 0);
  assert.equal('postponementValid' in r, false);
  assert.deepEqual(r.alternatives, []);
});

test("Atw: King's Day 2023 with a postponement (woo-reference §3.2)", () => {
  const first = computeDeadline({ receivedOn: '2023-03-30' });
  assert.equal(first.firstTermEnd, '2023-04-28'); // Thu 27 April is King's Day
  const r = computeDeadline({ receivedOn: '2023-03-30', postponedOn: '2023-04-20' });
  assert.equal(r.postponementValid, true);
  assert.equal(r.firstTermEnd, '2023-04-28');
  assert.equal(r.deadline, '2023-05-11'); // default: raw end + 14, then the Atw
  assert.equal(r.alternatives.length, 1);
  assert.equal(r.alternatives[0]!.deadline, '2023-05-12'); // Atw first, then + 14
  assert.equal(r.alternatives[0]!.reading, 'atw-before-postponement');
});

test("Atw: King's Day on a Sunday (2025) and Easter weeks", () => {
  assert.equal(deadline({ receivedOn: '2025-03-29' }), '2025-04-28'); // Sat 26 April (King's Day) → Mon
  assert.equal(deadline({ receivedOn: '2025-03-30' }), '2025-04-28'); // Sun 27 April → Mon
  assert.equal(deadline({ receivedOn: '2025-03-21' }), '2025-04-22'); // Good Friday 18 April → Tue after Easter Monday
  assert.equal(deadline({ receivedOn: '2024-03-01' }), '2024-04-02'); // Good Friday 29 March 2024 → Tue 2 April
  assert.equal(deadline({ receivedOn: '2025-03-24' }), '2025-04-22'); // Easter Monday 21 April → Tue
  assert.equal(deadline({ receivedOn: '2025-05-01' }), '2025-05-30'); // Ascension Day 29 May → Fri
  assert.equal(deadline({ receivedOn: '2025-05-12' }), '2025-06-10'); // Whit Monday 9 June → Tue
  assert.equal(deadline({ receivedOn: '2026-04-07' }), '2026-05-06'); // 5 May 2026 (Tuesday) → Wed
});

test('Atw: year ends', () => {
  assert.equal(deadline({ receivedOn: '2025-11-27' }), '2025-12-29'); // Thu 25 Dec → Fri 26 Dec → weekend → Mon
  assert.equal(deadline({ receivedOn: '2025-11-28' }), '2025-12-29');
  assert.equal(deadline({ receivedOn: '2026-12-04' }), '2027-01-04'); // Fri 1 Jan 2027 → Mon 4 Jan
  const r = computeDeadline({ receivedOn: '2025-11-27', postponedOn: '2025-12-20' });
  assert.equal(r.deadline, '2026-01-08'); // Thu 25 Dec + 14 = Thu 8 Jan 2026
  assert.equal(r.alternatives[0]?.deadline, '2026-01-12'); // Mon 29 Dec + 14
});

test('leap days', () => {
  assert.equal(deadline({ receivedOn: '2024-02-01' }), '2024-02-29');
  assert.equal(deadline({ receivedOn: '2024-02-29' }), '2024-03-28');
  assert.equal(deadline({ receivedOn: '2023-02-01' }), '2023-03-01');
  assert.equal(deadline({ receivedOn: '2024-01-31' }), '2024-02-28');
  assert.equal(deadline({ receivedOn: '2100-02-01' }), '2100-03-01'); // 2100 is not a leap year
});

test('Woo 4.4 lid 3: zienswijze suspends from the day after notice up to and including endedOn', () => {
  const r = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' }],
  });
  assert.equal(r.suspendedDays, 10); // 11–20 March
  assert.equal(r.deadline, '2025-04-10');
  assert.equal(r.firstTermEnd, '2025-04-10');
  assert.ok(r.steps.some((s) => s.rule === 'Woo 4.4 lid 3' && s.date === '2025-03-11'));
});

test('Awb 4:15 lid 1 sub a: aanvulling suspends until, not including, endedOn', () => {
  const r = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'aanvulling', notifiedOn: '2025-03-10', endedOn: '2025-03-20' }],
  });
  assert.equal(r.suspendedDays, 9); // 11–19 March
  assert.equal(r.deadline, '2025-04-09');
  const zero = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'aanvulling', notifiedOn: '2025-03-10', endedOn: '2025-03-10' }],
  });
  assert.equal(zero.suspendedDays, 0);
  assert.equal(zero.deadline, '2025-03-31');
});

test('Awb 4:15 lid 2: instemming and overmacht add their days', () => {
  assert.equal(deadline({ receivedOn: '2025-03-03', suspensions: [{ kind: 'instemming', days: 7 }] }), '2025-04-07');
  assert.equal(deadline({ receivedOn: '2025-03-03', suspensions: [{ kind: 'overmacht', days: 3 }] }), '2025-04-03');
  // With a date they are a period like the others: 11–17 March here.
  const r = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [
      { kind: 'instemming', days: 7, notifiedOn: '2025-03-10' },
      { kind: 'zienswijze', notifiedOn: '2025-03-12', endedOn: '2025-03-14' },
    ],
  });
  assert.equal(r.suspendedDays, 7); // the zienswijze lies inside the agreed period
  assert.equal(r.deadline, '2025-04-07');
});

test('overlapping suspensions: days already suspended count once', () => {
  const r = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [
      { kind: 'aanvulling', notifiedOn: '2025-03-15', endedOn: '2025-03-25' }, // 16–24
      { kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' }, // 11–20
    ],
  });
  assert.equal(r.suspendedDays, 14); // 11–24 March
  assert.equal(r.deadline, '2025-04-14');
  assert.ok(r.steps.some((s) => /5 days were already suspended/.test(s.explanation.en)));
});

test('a suspension counts only if it starts on or before the term end', () => {
  const late = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-31', endedOn: '2025-04-10' }],
  });
  assert.equal(late.suspendedDays, 0); // would start 1 April, after the term ended on 31 March
  assert.equal(late.deadline, '2025-03-31');
  assert.ok(late.steps.some((s) => /does not count/i.test(s.explanation.en)));
  const inTime = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-30', endedOn: '2025-04-10' }],
  });
  assert.equal(inTime.suspendedDays, 11); // 31 March – 10 April
  assert.equal(inTime.deadline, '2025-04-11');
});

test('Woo 4.4 lid 2: postponement valid only when notified on or before firstTermEnd', () => {
  // Raw end Sat 26 April 2025 → firstTermEnd Mon 28 April.
  const onTime = computeDeadline({ receivedOn: '2025-03-29', postponedOn: '2025-04-28' });
  assert.equal(onTime.postponementValid, true);
  assert.equal(onTime.deadline, '2025-05-12'); // Sat 10 May → Mon 12 May
  assert.deepEqual(onTime.alternatives, []); // Atw first gives 12 May as well
  const tooLate = computeDeadline({ receivedOn: '2025-03-29', postponedOn: '2025-04-29' });
  assert.equal(tooLate.postponementValid, false);
  assert.equal(tooLate.deadline, '2025-04-28');
  assert.ok(tooLate.steps.some((s) => s.rule === 'Woo 4.4 lid 2' && /too late/.test(s.explanation.en)));
});

test('a suspension can start during the postponed term', () => {
  const r = computeDeadline({
    receivedOn: '2025-03-03',
    postponedOn: '2025-03-25',
    suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-04-07', endedOn: '2025-04-10' }],
  });
  assert.equal(r.firstTermEnd, '2025-03-31');
  assert.equal(r.suspendedDays, 3);
  assert.equal(r.deadline, '2025-04-17'); // 14 April + 3
});

test('related dates (Woo 4.1 lid 5, 4.6, 4.4 lid 5; Awb 6:12) and no Awb 4:17 penalty (Woo 8.2)', () => {
  const r = computeDeadline({ receivedOn: '2023-03-30', postponedOn: '2023-04-20' });
  assert.deepEqual(
    { ...r.related, penalty: undefined },
    {
      clarificationRequestDue: '2023-04-13',
      antiAbuseDecisionDue: '2023-04-13',
      ingebrekestellingFrom: '2023-05-12',
      appealForFailureToDecideFrom: '2023-05-27',
      appealForFailureToDecideFromAlternative: '2023-05-26',
      releaseWhenObjectionExpected: '2023-05-25',
      penalty: undefined,
    },
  );
  assert.equal(r.related.penalty.applies, false);
  assert.equal(r.related.penalty.rule, 'Woo 8.2');
  assert.match(r.related.penalty.explanation.en, /does not apply/);
  // Clarification due on Good Friday 2025 moves to the Tuesday after Easter.
  assert.equal(computeDeadline({ receivedOn: '2025-04-04' }).related.clarificationRequestDue, '2025-04-22');
  // The release counts from the decision when there is one.
  assert.equal(
    computeDeadline({ receivedOn: '2025-03-03', decidedOn: '2025-03-20' }).related.releaseWhenObjectionExpected,
    '2025-04-03',
  );
});

test('steps: ordered, each with a rule, an ISO date and texts in both languages; JSON includes them', () => {
  const r = computeDeadline({
    receivedOn: '2023-03-30',
    postponedOn: '2023-04-20',
    suspensions: [{ kind: 'aanvulling', notifiedOn: '2023-04-01', endedOn: '2023-04-03' }],
  });
  const rules = r.steps.map((s) => s.rule);
  assert.deepEqual(rules.slice(0, 3), ['Woo 4.4 lid 1', 'Woo 4.4 lid 1', 'Awb 4:15 lid 1 sub a; Woo 4.1 lid 5']);
  for (const rule of [
    'Woo 4.4 lid 2',
    'Woo 4.1 lid 5',
    'Woo 4.6',
    'Awb 6:12 lid 2',
    'Awb 6:12 lid 2 sub b',
    'Woo 4.4 lid 5',
    'Woo 8.2',
  ])
    assert.ok(rules.includes(rule), rule);
  for (const s of r.steps) {
    assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(s.explanation.nl.length > 10 && s.explanation.en.length > 10);
  }
  assert.equal(r.steps, r.steps); // built once
  const json = JSON.parse(JSON.stringify(r));
  assert.deepEqual(Object.keys(json), [
    'receivedOn',
    'deadline',
    'firstTermEnd',
    'suspendedDays',
    'postponementValid',
    'related',
    'alternatives',
    'steps',
  ]);
  assert.deepEqual(json.steps, r.steps);
  assert.deepEqual(json.alternatives, r.alternatives);
});

test('the Atw step names the reason', () => {
  const r = computeDeadline({ receivedOn: '2023-03-30' });
  const atw = r.steps.find((s) => s.rule === 'Atw art. 1');
  assert.ok(atw);
  assert.equal(atw.date, '2023-04-28');
  assert.match(atw.explanation.nl, /Koningsdag/);
  assert.match(atw.explanation.en, /King's Day/);
});

test('extra holidays move the deadline', () => {
  assert.equal(deadline({ receivedOn: '2025-03-03', extraHolidays: ['2025-03-31'] }), '2025-04-01');
});

const errors: [string, unknown, string][] = [
  ['not an object', 'hello', 'invalid-input'],
  ['null', null, 'invalid-input'],
  ['missing receivedOn', {}, 'missing-received-on'],
  ['impossible date', { receivedOn: '2025-02-30' }, 'invalid-date'],
  ['not a date', { receivedOn: 20250101 }, 'invalid-date'],
  ['out of range', { receivedOn: '1899-12-31' }, 'date-out-of-range'],
  ['postponed before receipt', { receivedOn: '2025-03-03', postponedOn: '2025-03-01' }, 'postponed-before-received'],
  ['decided before receipt', { receivedOn: '2025-03-03', decidedOn: '2025-03-01' }, 'decided-before-received'],
  ['suspensions not a list', { receivedOn: '2025-03-03', suspensions: {} }, 'invalid-suspensions'],
  ['suspension not an object', { receivedOn: '2025-03-03', suspensions: [3] }, 'invalid-suspension'],
  [
    'unknown kind',
    { receivedOn: '2025-03-03', suspensions: [{ kind: 'vakantie', days: 3 }] },
    'unknown-suspension-kind',
  ],
  [
    'missing endedOn',
    { receivedOn: '2025-03-03', suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-04' }] },
    'missing-date',
  ],
  [
    'ended before notified',
    {
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-09' }],
    },
    'ended-before-notified',
  ],
  [
    'notified before receipt',
    {
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'aanvulling', notifiedOn: '2025-03-01', endedOn: '2025-03-09' }],
    },
    'notified-before-received',
  ],
  ['negative days', { receivedOn: '2025-03-03', suspensions: [{ kind: 'overmacht', days: -1 }] }, 'invalid-days'],
  ['fractional days', { receivedOn: '2025-03-03', suspensions: [{ kind: 'instemming', days: 1.5 }] }, 'invalid-days'],
  ['days as text', { receivedOn: '2025-03-03', suspensions: [{ kind: 'instemming', days: '3' }] }, 'invalid-days'],
  ['extra holidays not a list', { receivedOn: '2025-03-03', extraHolidays: '2025-03-31' }, 'invalid-extra-holidays'],
  ['bad extra holiday', { receivedOn: '2025-03-03', extraHolidays: ['2025-02-29'] }, 'invalid-date'],
];

for (const [name, input, code] of errors) {
  test(`input error: ${name} → ${code}`, () => {
    assert.throws(
      () => computeDeadline(input),
      (error: unknown) => {
        assert.ok(error instanceof WooKitError, `a WooKitError, not ${String(error)}`);
        assert.equal(error.code, code);
        assert.ok(error.messages.nl.length > 0 && error.messages.en.length > 0);
        return true;
      },
    );
  });
}

test('errors carry a JSON pointer path', () => {
  try {
    computeDeadline({
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-09' }],
    });
    assert.fail('should throw');
  } catch (error) {
    assert.ok(error instanceof WooKitError);
    assert.equal(error.path, '/suspensions/0/endedOn');
    assert.equal(error.toJSON().code, 'ended-before-notified');
  }
});
