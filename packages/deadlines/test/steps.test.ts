// Step keys and values: every step has a stable key from the list in step-fixtures.ts and the values
// its text uses, as plain JSON, so that other languages can render it (README "Step keys").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeDeadline, deadlineStatus, holidaysInYear, type StepKey, type SuspensionInput } from '../src/index.js';
import { CLOSED_DAY_REASONS, everyKindOfStep, STEP_KEYS, type Explained } from './step-fixtures.js';

/** The value names of each key; `?` marks one that is not always there. */
const SCHEMA: Record<StepKey, string> = {
  received: 'receivedOn',
  'four-weeks': 'end',
  'suspension.zienswijze': 'counted notifiedOn from endedOn suspendedDays? overlapDays? end',
  'suspension.aanvulling': 'counted notifiedOn from endedOn suspendedDays? overlapDays? end',
  'suspension.instemming': 'counted days from? suspendedDays? overlapDays? end',
  'suspension.overmacht': 'counted days from? suspendedDays? overlapDays? end',
  atw: 'end reason movedTo',
  postponement: 'postponedOn firstTermEnd countedFrom end',
  'postponement-too-late': 'postponedOn firstTermEnd',
  deadline: 'deadline',
  alternative: 'firstTermEnd deadline',
  clarification: 'due',
  abuse: 'due',
  'notice-of-default': 'deadline from',
  appeal: 'noticeOn from alternativeFrom',
  release: 'decisionOn releaseOn',
  penalty: '',
  'status.within-term': 'today days workingDays',
  'status.suspended': 'today days workingDays',
  'status.postponed': 'today days workingDays',
  'status.late': 'today days workingDays',
  'status.decided-on-time': 'decidedOn',
  'status.decided-late': 'decidedOn days workingDays',
  statistics: 'today',
};
const COUNTS = new Set(['days', 'workingDays', 'suspendedDays', 'overlapDays']);
const dutchDate = new Intl.DateTimeFormat('nl', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Checks one step: a known key, JSON-safe values of the documented names and types, shown in its Dutch text. */
function check(s: Explained): void {
  assert.ok((STEP_KEYS as readonly string[]).includes(s.key), `unknown key ${s.key}`);
  const values = s.values as Record<string, unknown>;
  assert.deepEqual(JSON.parse(JSON.stringify(values)), values, 'JSON-safe');
  assert.equal(Object.getPrototypeOf(values), Object.prototype);
  const names = SCHEMA[s.key].split(' ').filter(Boolean);
  for (const name of names) if (!name.endsWith('?')) assert.ok(name in values, `${s.key}: ${name} missing`);
  for (const [name, v] of Object.entries(values)) {
    assert.ok(names.includes(name) || names.includes(`${name}?`), `${s.key}: unexpected ${name}`);
    if (name === 'counted') assert.equal(typeof v, 'boolean');
    else if (COUNTS.has(name)) assert.ok(Number.isInteger(v) && (v as number) >= 0, `${s.key}.${name} = ${String(v)}`);
    else if (name === 'reason')
      assert.ok((CLOSED_DAY_REASONS as readonly unknown[]).includes(v), `reason ${String(v)}`);
    else {
      assert.ok(isDate(v), `${s.key}.${name} = ${String(v)}`);
      // The text shows the date written out ("donderdag 27 april 2023").
      assert.ok(
        s.explanation.nl.includes(dutchDate.format(new Date(`${v}T00:00:00Z`))),
        `${s.key}: ${name} not in "${s.explanation.nl}"`,
      );
    }
  }
  if (values['counted'] === true) assert.ok('suspendedDays' in values);
  if (values['counted'] === false) assert.ok(!('suspendedDays' in values) && /Telt niet/.test(s.explanation.nl));
}

test('every key, in a stable list (a key is never renamed or removed)', () => {
  const seen = new Set(everyKindOfStep().map((s) => s.key));
  assert.deepEqual([...seen].sort(), [...STEP_KEYS].sort());
  assert.deepEqual(STEP_KEYS, [
    'received',
    'four-weeks',
    'suspension.zienswijze',
    'suspension.aanvulling',
    'suspension.instemming',
    'suspension.overmacht',
    'atw',
    'postponement',
    'postponement-too-late',
    'deadline',
    'alternative',
    'clarification',
    'abuse',
    'notice-of-default',
    'appeal',
    'release',
    'penalty',
    'status.within-term',
    'status.suspended',
    'status.postponed',
    'status.late',
    'status.decided-on-time',
    'status.decided-late',
    'statistics',
  ]);
  for (const s of everyKindOfStep()) check(s);
});

test("the values of King's Day 2023 with a postponement, by hand", () => {
  const r = computeDeadline({ receivedOn: '2023-03-30', postponedOn: '2023-04-20' });
  const by = (key: string) => r.steps.find((s) => s.key === key)!;
  assert.deepEqual(by('received').values, { receivedOn: '2023-03-30' });
  assert.deepEqual(by('four-weeks').values, { end: '2023-04-27' });
  assert.deepEqual(by('atw'), {
    rule: 'Atw art. 1',
    date: '2023-04-28',
    key: 'atw',
    values: { end: '2023-04-27', reason: 'kings-day', movedTo: '2023-04-28' },
    explanation: {
      nl:
        'De termijn eindigt op donderdag 27 april 2023, een feestdag (Koningsdag). Dan schuift hij door naar de ' +
        'volgende werkdag: vrijdag 28 april 2023.',
      en:
        "The term ends on Thursday 27 April 2023, a public holiday (King's Day), so it moves to the next " +
        'working day: Friday 28 April 2023.',
    },
  });
  assert.deepEqual(by('postponement').values, {
    postponedOn: '2023-04-20',
    firstTermEnd: '2023-04-28',
    countedFrom: '2023-04-27',
    end: '2023-05-11',
  });
  assert.deepEqual(by('appeal').values, { noticeOn: '2023-05-12', from: '2023-05-27', alternativeFrom: '2023-05-26' });
  assert.deepEqual(by('release').values, { decisionOn: '2023-05-11', releaseOn: '2023-05-25' });
  assert.deepEqual(r.alternatives[0], {
    reading: 'atw-before-postponement',
    deadline: '2023-05-12',
    rule: 'Woo 4.4 lid 2; Atw art. 1',
    key: 'alternative',
    values: { firstTermEnd: '2023-04-28', deadline: '2023-05-12' },
    explanation: r.alternatives[0]!.explanation,
  });
  assert.deepEqual([r.related.penalty.key, r.related.penalty.values], ['penalty', {}]);
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(r)).steps[0]), [
    'rule',
    'date',
    'key',
    'values',
    'explanation',
  ]);
});

test('suspension values: overlap, an undated agreement, one that does not count', () => {
  const r = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [
      { kind: 'aanvulling', notifiedOn: '2025-03-15', endedOn: '2025-03-25' },
      { kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' },
      { kind: 'instemming', days: 7 },
      { kind: 'zienswijze', notifiedOn: '2025-06-30', endedOn: '2025-07-10' },
    ],
  });
  assert.deepEqual(
    r.steps.filter((s) => s.key.startsWith('suspension.')).map((s) => [s.key, s.values]),
    [
      ['suspension.instemming', { counted: true, days: 7, suspendedDays: 7, end: '2025-04-07' }],
      [
        'suspension.zienswijze',
        {
          counted: true,
          notifiedOn: '2025-03-10',
          from: '2025-03-11',
          endedOn: '2025-03-20',
          suspendedDays: 10,
          end: '2025-04-17',
        },
      ],
      [
        'suspension.aanvulling',
        {
          counted: true,
          notifiedOn: '2025-03-15',
          from: '2025-03-16',
          endedOn: '2025-03-25',
          suspendedDays: 9,
          overlapDays: 5,
          end: '2025-04-21',
        },
      ],
      [
        'suspension.zienswijze',
        { counted: false, notifiedOn: '2025-06-30', from: '2025-07-01', endedOn: '2025-07-10', end: '2025-04-21' },
      ],
    ],
  );
  const status = deadlineStatus({ receivedOn: '2025-03-03', postponedOn: '2025-03-28' }, '2025-04-22').steps.at(-1)!;
  assert.deepEqual([status.key, status.values], ['status.late', { today: '2025-04-22', days: 8, workingDays: 4 }]);
});

test('closed-day reasons: every Atw holiday by its key, Saturday, Sunday and an extra holiday', () => {
  const seen = new Set<string>();
  const key = (en: string) => en.toLowerCase().replace("'", '').replace(/ /g, '-');
  for (const year of [2000, 2013, 2014, 2023, 2024, 2025, 2026, 2027]) {
    for (const h of holidaysInYear(year)) {
      const end = new Date(`${h.date}T00:00:00Z`);
      const receivedOn = new Date(end.getTime() - 28 * 864e5).toISOString().slice(0, 10);
      const atw = computeDeadline({ receivedOn }).steps.find((s) => s.key === 'atw');
      assert.ok(atw && atw.key === 'atw', h.date);
      const weekend = end.getUTCDay() % 6 === 0;
      assert.equal(atw.values.reason, weekend ? (end.getUTCDay() ? 'saturday' : 'sunday') : key(h.name.en), h.date);
      seen.add(atw.values.reason);
    }
  }
  const extra = computeDeadline({ receivedOn: '2025-03-03', extraHolidays: ['2025-03-31'] }).steps.find(
    (s) => s.key === 'atw',
  );
  assert.deepEqual(extra?.values, { end: '2025-03-31', reason: 'extra-holiday', movedTo: '2025-04-01' });
  seen.add('extra-holiday');
  assert.deepEqual([...seen].sort(), [...CLOSED_DAY_REASONS].sort());
});

// Random requests, as in property.test.ts, with a status on a random day.
const DAY = 864e5;
const FIRST = Date.UTC(1990, 0, 1);
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const request = fc.record({
  received: fc.integer({ min: 0, max: 20000 }),
  postponedAfter: fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
  decidedAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  todayAfter: fc.integer({ min: 0, max: 150 }),
  extra: fc.option(fc.integer({ min: 20, max: 60 }), { nil: undefined }),
  suspensions: fc.array(
    fc.record({
      kind: fc.constantFrom('zienswijze' as const, 'aanvulling' as const, 'instemming' as const, 'overmacht' as const),
      after: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      length: fc.integer({ min: 0, max: 40 }),
    }),
    { maxLength: 4 },
  ),
});

test('property: every step, alternative and penalty of random requests has a known key and JSON-safe values', () => {
  fc.assert(
    fc.property(request, (r) => {
      const received = FIRST + r.received * DAY;
      const suspensions: SuspensionInput[] = r.suspensions.map((s) =>
        s.kind === 'zienswijze' || s.kind === 'aanvulling'
          ? {
              kind: s.kind,
              notifiedOn: iso(received + (s.after ?? 0) * DAY),
              endedOn: iso(received + ((s.after ?? 0) + s.length) * DAY),
            }
          : s.after === undefined
            ? { kind: s.kind, days: s.length }
            : { kind: s.kind, days: s.length, notifiedOn: iso(received + s.after * DAY) },
      );
      const input = {
        receivedOn: iso(received),
        suspensions,
        ...(r.postponedAfter === undefined ? {} : { postponedOn: iso(received + r.postponedAfter * DAY) }),
        ...(r.decidedAfter === undefined ? {} : { decidedOn: iso(received + r.decidedAfter * DAY) }),
        ...(r.extra === undefined ? {} : { extraHolidays: [iso(received + r.extra * DAY)] }),
      };
      const result = computeDeadline(input);
      for (const s of [...result.steps, ...result.alternatives, result.related.penalty]) check(s);
      const status = deadlineStatus(input, iso(received + r.todayAfter * DAY));
      assert.equal(status.steps.at(-1)!.key, `status.${status.stage}`);
      for (const s of status.steps) check(s);
      // JSON round trip keeps keys and values.
      const json = JSON.parse(JSON.stringify(result)) as { steps: Explained[] };
      assert.deepEqual(
        json.steps.map((s) => [s.key, s.values]),
        result.steps.map((s) => [s.key, s.values]),
      );
    }),
    { numRuns: 1500 },
  );
});
