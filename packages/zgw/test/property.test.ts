// Property tests: random Woo cases (suspensions of both kinds, a postponement, a decision), written as
// the JSON of a zaaksysteem with a noisy audit trail (shuffled, repeated entries, partial bodies, time
// stamps in UTC, with an offset or without, changes late in the evening), read back with checkZaak,
// give exactly what computeDeadline of @woo-kit/deadlines gives for the same facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateWooRequest } from '@woo-kit/core';
import { computeDeadline, type SuspensionInput } from '@woo-kit/deadlines';
import { checkZaak, type ZaakBundle } from '../src/index.js';
import { addDays, buildZaak, type StampStyle, type Timed, type Wording } from './build-zaak.js';

const ZIENSWIJZE = [
  'Zienswijze derde-belanghebbende gevraagd',
  'zienswijze (Woo 4.4 lid 3)',
  'Wacht op ZIENSWIJZE van betrokkene',
];
const AANVULLING = ['Verzoek om aanvulling', 'Aanvulling gevraagd (art. 4:15 Awb)', 'opschorting 4:15 Awb'];
// Wall-clock times in the Netherlands, late evening and just after midnight included.
const TIMES: [number, number][] = [
  [0, 5],
  [0, 30],
  [8, 0],
  [12, 34],
  [17, 45],
  [22, 59],
  [23, 30],
  [23, 59],
];

const stepArb = fc.record({
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 25 })),
  time: fc.integer({ min: 0, max: TIMES.length - 1 }),
  choice: fc.integer({ min: 0, max: 9 }),
  reden: fc.integer({ min: 0, max: 2 }),
  duur: fc.constantFrom('P14D', 'P2W', 'P10D', 'P20D'),
});

const caseArb = fc.record({
  received: fc.integer({ min: 0, max: 5 * 365 }).map((n) => addDays('2023-01-02', n)),
  steps: fc.array(stepArb, { maxLength: 9 }),
  decide: fc.option(
    fc.record({
      gap: fc.integer({ min: 0, max: 30 }),
      time: fc.integer({ min: 0, max: TIMES.length - 1 }),
      wording: fc.constantFrom<Wording>('verstrekt', 'niet aanwezig'),
    }),
  ),
  todayGap: fc.integer({ min: 0, max: 40 }),
  styles: fc.array(fc.constantFrom<StampStyle>('utc', 'offset', 'naive'), { minLength: 30, maxLength: 30 }),
  partial: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 60, maxLength: 60 }),
  orderMode: fc.constantFrom('as-is', 'reversed', 'shuffled'),
  duplicates: fc.array(fc.nat(59), { maxLength: 4 }),
  // Entries that must be ignored: failed changes, changes of another zaak, reads (index, kind, time shift).
  junk: fc.array(
    fc.record({
      of: fc.nat(59),
      kind: fc.constantFrom('failed', 'other-zaak', 'retrieve'),
      shiftDays: fc.integer({ min: -5, max: 40 }),
    }),
    { maxLength: 4 },
  ),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Turns random steps into a consistent timeline and the facts computeDeadline needs. */
function timeline(c: Case) {
  const events: Timed[] = [];
  const suspensions: SuspensionInput[] = [];
  let date = c.received;
  let minutes = 9 * 60; // the zaak is created at 09:00 on the day of receipt
  let open: { kind: 'zienswijze' | 'aanvulling'; on: string } | undefined;
  let postponedOn: string | undefined;
  const at = (gap: number, time: number): { date: string; hour: number; minute: number } => {
    let [h, m] = TIMES[time]!;
    if (gap === 0 && minutes < 23 * 60 + 58) {
      // later the same day
      minutes = Math.max(minutes + 1, h * 60 + m > minutes ? h * 60 + m : minutes + 1);
    } else {
      date = addDays(date, Math.max(gap, 1));
      minutes = h * 60 + m;
    }
    h = Math.floor(minutes / 60);
    m = minutes % 60;
    return { date, hour: h, minute: m };
  };
  for (const s of c.steps) {
    const when = at(s.gap, s.time);
    if (open === undefined && s.choice < 5) {
      const kind = s.choice % 2 ? 'zienswijze' : 'aanvulling';
      const reden = (kind === 'zienswijze' ? ZIENSWIJZE : AANVULLING)[s.reden]!;
      events.push({ ...when, event: { type: 'suspend', reden } });
      open = { kind, on: when.date };
    } else if (open !== undefined && s.choice < 5) {
      events.push({ ...when, event: { type: 'resume' } });
      suspensions.push({ kind: open.kind, notifiedOn: open.on, endedOn: when.date });
      open = undefined;
    } else if (postponedOn === undefined && s.choice < 7) {
      events.push({ ...when, event: { type: 'extend', duur: s.duur } });
      postponedOn = when.date;
    } else {
      events.push({ ...when, event: { type: 'touch' } });
    }
  }
  let decidedOn: string | undefined;
  if (c.decide) {
    if (open !== undefined) {
      const when = at(0, 0);
      events.push({ ...when, event: { type: 'resume' } });
      suspensions.push({ kind: open.kind, notifiedOn: open.on, endedOn: when.date });
      open = undefined;
    }
    const when = at(c.decide.gap, c.decide.time);
    events.push({ ...when, event: { type: 'decide', wording: c.decide.wording } });
    decidedOn = when.date;
  }
  const today = addDays(date, c.todayGap);
  // A suspension still running stands still up to today: Woo 4.4 lid 3 "tot en met" today, Awb 4:15 "tot" the day
  // after.
  if (open !== undefined)
    suspensions.push({
      kind: open.kind,
      notifiedOn: open.on,
      endedOn: open.kind === 'zienswijze' ? today : addDays(today, 1),
    });
  const facts = {
    receivedOn: c.received,
    ...(postponedOn ? { postponedOn } : {}),
    ...(suspensions.length ? { suspensions } : {}),
    ...(decidedOn ? { decidedOn } : {}),
  };
  return { events, facts, today };
}

/** The audit trail as a messy zaaksysteem returns it. */
function noisy(trail: readonly unknown[], c: Case): unknown[] {
  let list = [...trail];
  for (const d of c.duplicates) if (list.length) list.push(list[d % trail.length]);
  c.junk.forEach((j, n) => {
    const e = trail[j.of % trail.length] as Record<string, unknown>;
    const at = new Date(
      Date.parse(String(e['aanmaakdatum']).replace(/(\.\d{3})\d+/, '$1')) + j.shiftDays * 86_400_000,
    ).toISOString();
    const copy = { ...e, uuid: `eeeeeeee-0000-4000-8000-${String(n).padStart(12, '0')}`, aanmaakdatum: at };
    if (j.kind === 'failed') list.push({ ...copy, resultaat: 400 });
    else if (j.kind === 'other-zaak')
      list.push({
        ...copy,
        hoofdObject: 'http://127.0.0.1:8000/zaken/api/v1/zaken/00000000-0000-4000-8000-0000000000ff',
      });
    else list.push({ ...copy, actie: 'retrieve' });
  });
  if (c.orderMode === 'reversed') list.reverse();
  if (c.orderMode === 'shuffled') {
    list = list
      .map((e, i) => [c.order[i % c.order.length]! + i * 1e-9, e] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, e]) => e);
  }
  return list;
}

test(
  'property: a zaak written as ZGW JSON (noisy audit trail) reads back to exactly what computeDeadline gives ' +
    'for the same facts',
  () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { events, facts, today } = timeline(c);
        const built = buildZaak({
          receivedOn: c.received,
          events,
          style: (i) => c.styles[i % 30]!,
          partial: (i) => c.partial[i % 30]!,
        });
        const bundle = { ...built, audittrail: noisy(built.audittrail, c) } as unknown as ZaakBundle;
        const check = checkZaak(bundle, { today });
        const expected = computeDeadline(facts);
        assert.deepEqual(JSON.parse(JSON.stringify(check.result)), JSON.parse(JSON.stringify(expected)));
        assert.equal(check.deadline, expected.deadline);
        // Only what the noise explains is reported.
        const allowed = new Set([
          'audit-entry-duplicate',
          'time-without-offset',
          'verlenging-duur',
          'suspension-same-day',
          'audit-entry-failed',
          'audit-entry-other-zaak',
        ]);
        for (const w of check.warnings) assert.ok(allowed.has(w.code), `unexpected warning ${w.code}`);
        const zaakCopies = c.duplicates.filter(
          (d) => (built.audittrail[d % built.audittrail.length] as { resource: string }).resource === 'zaak',
        ).length;
        assert.equal(check.warnings.filter((w) => w.code === 'audit-entry-duplicate').length, zaakCopies);
        const junkOf = (kind: string) =>
          c.junk.filter(
            (j) =>
              j.kind === kind &&
              (built.audittrail[j.of % built.audittrail.length] as { resource: string }).resource === 'zaak',
          ).length;
        assert.equal(check.warnings.filter((w) => w.code === 'audit-entry-failed').length, junkOf('failed'));
        assert.equal(check.warnings.filter((w) => w.code === 'audit-entry-other-zaak').length, junkOf('other-zaak'));
        assert.equal(validateWooRequest(check.request).ok, true);
      }),
      { numRuns: 400 },
    );
  },
);

test('property: the order of the audit trail and repeated entries never change the result', () => {
  fc.assert(
    fc.property(caseArb, (c) => {
      const { events, today } = timeline(c);
      const built = buildZaak({ receivedOn: c.received, events });
      const plain = checkZaak(built as unknown as ZaakBundle, { today });
      const messy = checkZaak({ ...built, audittrail: noisy(built.audittrail, c) } as unknown as ZaakBundle, { today });
      assert.deepEqual(messy.input, plain.input);
      assert.deepEqual(
        messy.reading.suspensions.map(({ from: _f, to: _t, ...s }) => s),
        plain.reading.suspensions.map(({ from: _f, to: _t, ...s }) => s),
      );
    }),
    { numRuns: 200 },
  );
});
