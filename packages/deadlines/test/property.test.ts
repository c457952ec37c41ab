// Property tests: the real implementation against a second, deliberately simple one written here.
// The oracle walks day by day over UTC `Date` values, with its own holiday rules (Easter by Gauss's
// algorithm, the monarch's day as a lookup of plain rules), and counts running days one at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeDeadline, type SuspensionInput } from '../src/index.js';

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const time = (s: string): number => Date.parse(`${s}T00:00:00Z`);

function gaussEaster(y: number): number {
  const a = y % 19,
    b = y % 4,
    c = y % 7,
    k = Math.floor(y / 100);
  const p = Math.floor((13 + 8 * k) / 25),
    q = Math.floor(k / 4);
  const M = (15 - p + k - q) % 30,
    N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30,
    e = (2 * b + 4 * c + 6 * d + N) % 7;
  if (d === 29 && e === 6) return Date.UTC(y, 3, 19);
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) return Date.UTC(y, 3, 18);
  return Date.UTC(y, 2, 22 + d + e);
}

const holidayCache = new Map<number, Set<string>>();
function naiveHolidays(y: number): Set<string> {
  let set = holidayCache.get(y);
  if (set) return set;
  const easter = gaussEaster(y);
  const list = [
    Date.UTC(y, 0, 1),
    easter - 2 * DAY,
    easter + DAY,
    easter + 39 * DAY,
    easter + 50 * DAY,
    Date.UTC(y, 4, 5),
    Date.UTC(y, 11, 25),
    Date.UTC(y, 11, 26),
  ];
  let monarch: number;
  if (y >= 2014) monarch = new Date(Date.UTC(y, 3, 27)).getUTCDay() === 0 ? Date.UTC(y, 3, 26) : Date.UTC(y, 3, 27);
  else if (y >= 1981)
    monarch = new Date(Date.UTC(y, 3, 30)).getUTCDay() === 0 ? Date.UTC(y, 3, 29) : Date.UTC(y, 3, 30);
  else if (y >= 1949) monarch = new Date(Date.UTC(y, 3, 30)).getUTCDay() === 0 ? Date.UTC(y, 4, 1) : Date.UTC(y, 3, 30);
  else monarch = new Date(Date.UTC(y, 7, 31)).getUTCDay() === 0 ? Date.UTC(y, 8, 1) : Date.UTC(y, 7, 31);
  list.push(monarch);
  set = new Set(list.map(iso));
  holidayCache.set(y, set);
  return set;
}
const closed = (t: number): boolean => {
  const d = new Date(t);
  return d.getUTCDay() === 0 || d.getUTCDay() === 6 || naiveHolidays(d.getUTCFullYear()).has(iso(t));
};
const atw = (t: number): number => {
  while (closed(t)) t += DAY;
  return t;
};

interface Oracle {
  firstTermEnd: string;
  deadline: string;
  alternative: string | undefined;
  suspendedDays: number;
  postponementValid: boolean | undefined;
  clarification: string;
}

function oracle(receivedOn: string, postponedOn: string | undefined, suspensions: SuspensionInput[]): Oracle {
  const received = time(receivedOn);
  let undatedDays = 0;
  const periods: { start: number; last: number; added: boolean }[] = [];
  for (const s of suspensions) {
    if ('endedOn' in s) {
      // Woo 4.4 lid 3 "tot en met" vs Awb 4:15 "tot"
      periods.push({
        start: time(s.notifiedOn) + DAY,
        last: time(s.endedOn) - (s.kind === 'aanvulling' ? DAY : 0),
        added: false,
      });
    } else if (s.notifiedOn === undefined) undatedDays += s.days;
    else periods.push({ start: time(s.notifiedOn) + DAY, last: time(s.notifiedOn) + s.days * DAY, added: false });
  }
  // Walks `count` running days after `from`; a period is added once the walk reaches its start.
  const walk = (from: number, count: number, suspended: Set<number>, periodsAdded: Set<number>): number => {
    let day = from;
    while (count > 0) {
      day += DAY;
      periods.forEach((p, i) => {
        if (!periodsAdded.has(i) && p.start <= day) {
          periodsAdded.add(i);
          for (let t = p.start; t <= p.last; t += DAY) suspended.add(t);
        }
      });
      if (!suspended.has(day)) count--;
    }
    return day;
  };
  const suspended = new Set<number>();
  const added = new Set<number>();
  const firstRaw = walk(received, 28 + undatedDays, suspended, added);
  const firstTermEnd = atw(firstRaw);
  let deadline = firstTermEnd;
  let alternative: number | undefined;
  let postponementValid: boolean | undefined;
  let counted = new Set(suspended);
  if (postponedOn !== undefined) {
    postponementValid = time(postponedOn) <= firstTermEnd;
    if (postponementValid) {
      const altSuspended = new Set(suspended);
      const altAdded = new Set(added);
      deadline = atw(walk(firstRaw, 14, suspended, added));
      alternative = atw(walk(firstTermEnd, 14, altSuspended, altAdded));
      counted = suspended;
    }
  }
  return {
    firstTermEnd: iso(firstTermEnd),
    deadline: iso(deadline),
    alternative: alternative === undefined || alternative === deadline ? undefined : iso(alternative),
    suspendedDays: undatedDays + counted.size,
    postponementValid,
    clarification: iso(atw(received + 14 * DAY)),
  };
}

const FIRST = time('2022-01-01');
const LAST = time('2040-12-31');
const day = fc.integer({ min: 0, max: (LAST - FIRST) / DAY });
const suspension = fc.oneof(
  fc.record({
    kind: fc.constantFrom('zienswijze' as const, 'aanvulling' as const),
    after: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 0, max: 35 }),
  }),
  fc.record({
    kind: fc.constantFrom('instemming' as const, 'overmacht' as const),
    after: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    length: fc.integer({ min: 0, max: 40 }),
  }),
);
const request = fc.record({
  received: day,
  postponedAfter: fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
  suspensions: fc.array(suspension, { maxLength: 4 }),
});

interface Generated {
  received: number;
  postponedAfter: number | undefined;
  suspensions: { kind: SuspensionInput['kind']; after?: number | undefined; length: number }[];
}

function toInput(r: Generated): {
  receivedOn: string;
  postponedOn: string | undefined;
  suspensions: SuspensionInput[];
} {
  const received = FIRST + r.received * DAY;
  const suspensions: SuspensionInput[] = r.suspensions.map((s) => {
    if (s.kind === 'zienswijze' || s.kind === 'aanvulling') {
      const notified = received + (s.after ?? 0) * DAY;
      return { kind: s.kind, notifiedOn: iso(notified), endedOn: iso(notified + s.length * DAY) };
    }
    return s.after === undefined
      ? { kind: s.kind, days: s.length }
      : { kind: s.kind, days: s.length, notifiedOn: iso(received + s.after * DAY) };
  });
  const postponedOn = r.postponedAfter === undefined ? undefined : iso(received + r.postponedAfter * DAY);
  return { receivedOn: iso(received), postponedOn, suspensions };
}

test('computeDeadline agrees with the day-by-day oracle (2022–2040, random postponements and suspensions)', () => {
  fc.assert(
    fc.property(request, (r) => {
      const input = toInput(r);
      const expected = oracle(input.receivedOn, input.postponedOn, input.suspensions);
      const actual = computeDeadline(
        input.postponedOn === undefined ? { receivedOn: input.receivedOn, suspensions: input.suspensions } : input,
      );
      assert.equal(actual.firstTermEnd, expected.firstTermEnd, 'firstTermEnd');
      assert.equal(actual.deadline, expected.deadline, 'deadline');
      assert.equal(actual.suspendedDays, expected.suspendedDays, 'suspendedDays');
      assert.equal(actual.postponementValid, expected.postponementValid, 'postponementValid');
      assert.equal(actual.alternatives[0]?.deadline, expected.alternative, 'alternative');
      assert.equal(actual.related.clarificationRequestDue, expected.clarification, 'clarification');
      assert.equal(actual.related.ingebrekestellingFrom, iso(time(expected.deadline) + DAY));
      assert.equal(actual.related.appealForFailureToDecideFrom, iso(time(expected.deadline) + 16 * DAY));
    }),
    { numRuns: 3000 },
  );
});

test('the plain case agrees with the oracle for every receipt day 2022–2040', () => {
  for (let t = FIRST; t <= LAST; t += DAY) {
    const receivedOn = iso(t);
    const expected = oracle(receivedOn, undefined, []);
    assert.equal(computeDeadline({ receivedOn }).deadline, expected.deadline, receivedOn);
  }
});

test('invariants: the deadline is a working day, never before receipt + 28 days, and grows with suspensions', () => {
  fc.assert(
    fc.property(request, (r) => {
      const input = toInput(r);
      const result = computeDeadline(
        input.postponedOn === undefined ? { receivedOn: input.receivedOn, suspensions: input.suspensions } : input,
      );
      const d = time(result.deadline);
      assert.ok(!closed(d));
      assert.ok(d >= time(input.receivedOn) + 28 * DAY);
      assert.ok(d >= time(result.firstTermEnd));
      const without = computeDeadline({ receivedOn: input.receivedOn });
      assert.ok(time(result.firstTermEnd) >= time(without.firstTermEnd));
    }),
    { numRuns: 1000 },
  );
});
