import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WooKitInputError, validateWooRequest } from '@woo-kit/core';
import { computeDeadline } from '@woo-kit/deadlines';
import {
  checkZaak,
  outcomeOfWording,
  readMoment,
  resolveMapping,
  wooRequestFromZaak,
  type ZaakBundle,
} from '../src/index.js';
import { buildZaak, type Timed } from './build-zaak.js';

const codes = (ws: readonly { code: string }[]): string[] => ws.map((w) => w.code);
const bundle = (
  receivedOn: string,
  events: Timed[] = [],
  extra: Partial<Parameters<typeof buildZaak>[0]> = {},
): ZaakBundle => buildZaak({ receivedOn, events, ...extra }) as unknown as ZaakBundle;

test('time stamps become Dutch calendar dates: 23:30 UTC in winter is the next day, in summer 22:30 UTC is', () => {
  assert.equal(readMoment('2025-01-06T23:30:00Z')!.date, '2025-01-07');
  assert.equal(readMoment('2025-01-06T22:59:59.999999Z')!.date, '2025-01-06');
  assert.equal(readMoment('2025-07-07T22:30:00.871098Z')!.date, '2025-07-08');
  assert.equal(readMoment('2025-07-07T21:59:00Z')!.date, '2025-07-07');
  assert.equal(readMoment('2025-01-06T23:30:00+01:00')!.date, '2025-01-06');
  assert.equal(readMoment('2025-01-06T18:30:00-05:00')!.date, '2025-01-07');
  // Without offset: Dutch local time, the date as written.
  assert.deepEqual(readMoment('2025-01-06T23:30:00'), {
    ms: Date.UTC(2025, 0, 6, 22, 30),
    date: '2025-01-06',
    naive: true,
  });
  assert.equal(readMoment('2025-07-06T23:30:00')!.ms, Date.UTC(2025, 6, 6, 21, 30));
  assert.equal(readMoment('2025-01-06')!.date, '2025-01-06');
  // The last Sunday of October: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time; both 26 Oct.
  assert.equal(readMoment('2025-10-25T22:30:00Z')!.date, '2025-10-26');
  for (const bad of ['2025-02-30T10:00:00Z', '06-01-2025', 'gisteren', '', 42, null, '2025-01-06T25:00:00Z'])
    assert.equal(readMoment(bad), undefined, String(bad));
});

test(
  'a zaak without events: received on startdatum, four ' + 'weeks (Woo 4.4 lid 1), no warnings, a valid WooRequest',
  () => {
    const b = bundle('2025-03-03');
    const { request, warnings } = wooRequestFromZaak(b);
    assert.deepEqual(warnings, []);
    assert.equal(request.receivedOn, '2025-03-03');
    assert.equal(request.id, 'WOO-2025-0001');
    assert.equal(validateWooRequest(request).ok, true);
    const c = checkZaak(b, { today: '2025-03-10' });
    assert.equal(c.deadline, '2025-03-31');
    assert.equal(c.uiterlijkeEinddatumAfdoening, '2025-03-31');
    assert.equal(c.differsByDays, 0);
    assert.deepEqual(c.reasons, []);
    // registratiedatum as the mapping's date of receipt
    const other = { ...b, zaak: { ...b.zaak, registratiedatum: '2025-02-28' } };
    assert.equal(wooRequestFromZaak(other, { receivedOn: 'registratiedatum' }).request.receivedOn, '2025-02-28');
  },
);

test('a zienswijze suspension set late in a winter evening starts the next Dutch day (Woo 4.4 lid 3)', () => {
  // Flag set at 23:30 Dutch time on Mon 10 March would be 10 March; here it is set at 23:30 UTC = 00:30 on 11 March.
  const b = bundle('2025-03-03', [
    {
      date: '2025-03-11',
      hour: 0,
      minute: 30,
      event: { type: 'suspend', reden: 'Zienswijze derde-belanghebbende gevraagd' },
    },
    { date: '2025-03-20', hour: 16, minute: 0, event: { type: 'resume' } },
  ]);
  const entry = b.audittrail.find((e) => e.actie === 'partial_update')!;
  assert.equal(entry.aanmaakdatum, '2025-03-10T23:30:00.123456Z');
  const r = wooRequestFromZaak(b);
  assert.deepEqual(
    r.suspensions.map(({ kind, notifiedOn, endedOn }) => ({ kind, notifiedOn, endedOn })),
    [{ kind: 'zienswijze', notifiedOn: '2025-03-11', endedOn: '2025-03-20' }],
  );
  const c = checkZaak(b, { today: '2025-04-01' });
  const expected = computeDeadline({
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-11', endedOn: '2025-03-20' }],
  });
  assert.equal(c.deadline, expected.deadline);
  assert.equal(c.deadline, '2025-04-09'); // 31 March + 9 suspended days (12 … 20 March)
  assert.equal(c.differsByDays, -9);
  assert.deepEqual(codes(c.reasons), ['suspension-not-in-zaak-date']);
  assert.match(c.reasons[0]!.message.en, /suspension from 2025-03-11 to 2025-03-20 \(9 days\) did not move your date/);
  assert.equal(c.reasons[0]!.rule, 'Woo 4.4 lid 3');
  assert.ok(c.steps.some((s) => s.key === 'suspension.zienswijze' && s.rule === 'Woo 4.4 lid 3'));
});

test('the kind comes from the reden: aanvulling for "aanvull" and "4:15", else a warning and the default', () => {
  const m = resolveMapping();
  for (const [reden, kind] of [
    ['Verzoek om aanvulling', 'aanvulling'],
    ['Opgeschort ex art. 4:15 Awb', 'aanvulling'],
    ['Aanvullende gegevens nodig', 'aanvulling'],
    ['ZIENSWIJZE gevraagd', 'zienswijze'],
  ] as const) {
    const b = bundle('2025-03-03', [
      { date: '2025-03-05', hour: 10, minute: 0, event: { type: 'suspend', reden } },
      { date: '2025-03-12', hour: 10, minute: 0, event: { type: 'resume' } },
    ]);
    const r = wooRequestFromZaak(b);
    assert.equal(r.suspensions[0]!.kind, kind, reden);
    assert.deepEqual(r.warnings, [], reden);
  }
  const b = bundle('2025-03-03', [
    { date: '2025-03-05', hour: 10, minute: 0, event: { type: 'suspend', reden: 'Wachten op afdeling' } },
    { date: '2025-03-12', hour: 10, minute: 0, event: { type: 'resume' } },
  ]);
  const r = wooRequestFromZaak(b);
  assert.equal(r.suspensions[0]!.kind, 'aanvulling');
  assert.deepEqual(codes(r.warnings), ['suspension-kind-assumed']);
  assert.equal(wooRequestFromZaak(b, { otherSuspension: 'zienswijze' }).suspensions[0]!.kind, 'zienswijze');
  // Awb 4:15 lid 1 "tot": 6 … 11 March suspended (6 days), the end day is not.
  assert.equal(checkZaak(b, { today: '2025-04-01' }).deadline, '2025-04-07'); // 31 March + 6 = 6 April, a Sunday (Atw)
  assert.equal(m.otherSuspension, 'aanvulling');
});

test(
  'a messy audit trail (shuffled, repeated, failed, other zaak, bad time) gives the same deadline and reports ' +
    'what was ignored',
  () => {
    const events: Timed[] = [
      { date: '2025-03-05', hour: 10, minute: 0, event: { type: 'suspend', reden: 'zienswijze gevraagd' } },
      { date: '2025-03-07', hour: 11, minute: 0, event: { type: 'touch' } },
      { date: '2025-03-12', hour: 23, minute: 59, event: { type: 'resume' } },
      { date: '2025-03-20', hour: 8, minute: 0, event: { type: 'extend', duur: 'P14D' } },
      { date: '2025-04-10', hour: 14, minute: 0, event: { type: 'decide', wording: 'deels verstrekt' } },
    ];
    const clean = bundle('2025-03-03', events);
    const cleanCheck = checkZaak(clean, { today: '2025-05-01' });
    assert.deepEqual(codes(cleanCheck.warnings), ['grounds-unknown']);
    const trail = [...clean.audittrail];
    const suspend = trail.find(
      (e) =>
        (e.wijzigingen as { nieuw: { opschorting?: { indicatie: boolean } } }).nieuw?.opschorting?.indicatie === true &&
        e.actie === 'partial_update',
    )!;
    const messy: unknown[] = [
      ...trail.slice().reverse(),
      { ...suspend }, // the same entry twice
      // set again while suspended
      { ...suspend, uuid: 'aaaaaaaa-0000-4000-8000-000000000001', aanmaakdatum: '2025-03-08T10:00:00Z' },
      {
        ...suspend,
        uuid: 'aaaaaaaa-0000-4000-8000-000000000002',
        resultaat: 400,
        aanmaakdatum: '2025-03-01T10:00:00Z',
      }, // failed
      {
        ...suspend,
        uuid: 'aaaaaaaa-0000-4000-8000-000000000003',
        hoofdObject: 'http://127.0.0.1:8000/zaken/api/v1/zaken/other',
        aanmaakdatum: '2025-03-02T10:00:00Z',
      },
      { ...suspend, uuid: 'aaaaaaaa-0000-4000-8000-000000000004', aanmaakdatum: 'gisteren' },
      'not an entry',
      { ...suspend, uuid: 'aaaaaaaa-0000-4000-8000-000000000005', resource: 'rol' },
    ];
    const c = checkZaak({ ...clean, audittrail: messy as ZaakBundle['audittrail'] }, { today: '2025-05-01' });
    assert.equal(c.deadline, cleanCheck.deadline);
    assert.deepEqual(c.input, cleanCheck.input);
    assert.deepEqual(codes(c.warnings).sort(), [
      'audit-entry-bad-time',
      'audit-entry-duplicate',
      'audit-entry-failed',
      'audit-entry-other-zaak',
      'audit-entry-unreadable',
      'grounds-unknown',
      'suspension-repeated',
    ]);
    for (const w of c.warnings)
      assert.ok(
        w.message.nl && w.message.en && (w.code === 'grounds-unknown' || w.path?.startsWith('/audittrail/')),
        w.code,
      );
    // The facts: zienswijze 5 … 12 March (7 days), postponed in time, decided 10 April.
    assert.deepEqual(c.input, {
      receivedOn: '2025-03-03',
      postponedOn: '2025-03-20',
      suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-05', endedOn: '2025-03-12' }],
      decidedOn: '2025-04-10',
    });
    assert.equal(c.deadline, computeDeadline(c.input).deadline);
    assert.equal(c.decidedOnTime, true);
    assert.equal(c.request.events!.at(-1)!.type, 'decided');
    assert.equal((c.request.events!.at(-1) as { outcome: string }).outcome, 'partlyDisclosed');
  },
);

test(
  'partial_update bodies with only the changed fields, and ' + 'time stamps with an offset or none, read the same',
  () => {
    const events: Timed[] = [
      { date: '2025-11-03', hour: 23, minute: 30, event: { type: 'suspend', reden: 'Aanvulling gevraagd' } },
      { date: '2025-11-10', hour: 0, minute: 15, event: { type: 'resume' } },
    ];
    const a = checkZaak(bundle('2025-10-27', events), { today: '2025-12-01' });
    const b = checkZaak(
      bundle('2025-10-27', events, { partial: () => true, style: (i) => (i % 2 ? 'offset' : 'naive') }),
      { today: '2025-12-01' },
    );
    assert.deepEqual(b.input, a.input);
    assert.deepEqual(a.input.suspensions, [{ kind: 'aanvulling', notifiedOn: '2025-11-03', endedOn: '2025-11-10' }]);
    assert.deepEqual(codes(b.warnings), ['time-without-offset']);
  },
);

test('a flag set and cleared on one day suspends nothing, with a warning', () => {
  const b = bundle('2025-03-03', [
    { date: '2025-03-05', hour: 9, minute: 0, event: { type: 'suspend', reden: 'zienswijze' } },
    { date: '2025-03-05', hour: 9, minute: 5, event: { type: 'resume' } },
  ]);
  const c = checkZaak(b, { today: '2025-03-06' });
  assert.equal(c.deadline, '2025-03-31');
  assert.deepEqual(codes(c.warnings), ['suspension-same-day']);
});

test('a suspension still running: the term stands still up to today', () => {
  const b = bundle('2025-03-03', [
    { date: '2025-03-10', hour: 9, minute: 0, event: { type: 'suspend', reden: 'Zienswijze' } },
  ]);
  const c = checkZaak(b, { today: '2025-03-20' });
  assert.equal(
    c.deadline,
    computeDeadline({
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' }],
    }).deadline,
  );
  assert.deepEqual(codes(c.reasons), ['suspension-not-in-zaak-date', 'suspension-running']);
  assert.equal(c.reading.suspensions[0]!.endedOn, undefined);
  assert.equal(checkZaak(b, { today: '2025-03-21' }).deadline > c.deadline, true);
});

test(
  'postponement: the first verlenging counts as two weeks; a duur other than P14D/P2W/P10D warns; too late is a ' +
    'reason',
  () => {
    const inTime = bundle('2025-03-03', [
      { date: '2025-03-25', hour: 12, minute: 0, event: { type: 'extend', duur: 'P3W' } },
    ]);
    const c = checkZaak(inTime, { today: '2025-03-26' });
    assert.equal(c.deadline, '2025-04-14');
    assert.equal(c.postponementValid, true);
    assert.deepEqual(codes(c.warnings), ['verlenging-duur']);
    assert.deepEqual(codes(c.reasons), ['postponement-not-in-zaak-date']);
    // Registered at 23:30 UTC on 31 March = 1 April in the Netherlands: after the first term (31 March).
    const late = bundle(
      '2025-03-03',
      [{ date: '2025-04-01', hour: 1, minute: 30, event: { type: 'extend', duur: 'P14D' } }],
      { uiterlijkeEinddatumAfdoening: '2025-04-14' },
    );
    const l = checkZaak(late, { today: '2025-04-02' });
    assert.equal(l.postponementValid, false);
    assert.equal(l.deadline, '2025-03-31');
    assert.equal(l.differsByDays, 14);
    assert.ok(codes(l.reasons).includes('postponement-too-late'));
    assert.match(
      l.reasons.find((x) => x.code === 'postponement-too-late')!.message.en,
      /registered on 2025-04-01, after the first term ended \(2025-03-31\), which Woo 4.4 lid 2 does not allow/,
    );
    // A second verlenging does not count (one postponement only).
    const twice = bundle('2025-03-03', [
      { date: '2025-03-25', hour: 12, minute: 0, event: { type: 'extend', duur: 'P14D' } },
      { date: '2025-04-08', hour: 12, minute: 0, event: { type: 'extend', duur: 'P28D' } },
    ]);
    const t = checkZaak(twice, { today: '2025-04-09' });
    assert.equal(t.deadline, '2025-04-14');
    assert.deepEqual(codes(t.warnings), ['verlenging-changed']);
  },
);

test('the decision: the first status of the last statustype; outcome from the resultaattype wording', () => {
  const b = bundle('2025-03-03', [
    { date: '2025-03-28', hour: 23, minute: 45, event: { type: 'decide', wording: 'geweigerd' } },
  ]);
  const r = wooRequestFromZaak(b);
  assert.deepEqual(r.decision, { decidedOn: '2025-03-28', outcome: 'refused', outcomeKnown: true });
  const c = checkZaak(b, { today: '2025-04-20' });
  assert.equal(c.decidedOn, '2025-03-28');
  assert.equal(c.decidedOnTime, true);
  // No statustypen: einddatum with a warning.
  const { statustypen: _, ...noTypes } = b;
  assert.deepEqual(codes(wooRequestFromZaak(noTypes).warnings), ['decision-from-einddatum', 'grounds-unknown']);
  // An unknown wording warns and uses the mapping's unknownOutcome; a configured wording is used.
  const odd = { ...b, resultaattype: { ...b.resultaattype!, omschrijving: 'Besluit genomen' } };
  const o = wooRequestFromZaak(odd);
  assert.deepEqual(codes(o.warnings), ['outcome-unknown']);
  assert.equal(o.decision!.outcome, 'disclosed');
  assert.equal(wooRequestFromZaak(odd, { outcomes: { 'Besluit genomen.': 'notHeld' } }).decision!.outcome, 'notHeld');
});

test('the outcome table knows the common wordings', () => {
  const m = resolveMapping();
  const cases: [string, string | undefined][] = [
    ['Verstrekt', 'disclosed'],
    ['Openbaar gemaakt', 'disclosed'],
    ['Toegekend', 'disclosed'],
    ['Deels verstrekt', 'partlyDisclosed'],
    ['Gedeeltelijk openbaar gemaakt', 'partlyDisclosed'],
    ['Woo-verzoek deels toegewezen', 'partlyDisclosed'],
    ['Geweigerd', 'refused'],
    ['Afgewezen', 'refused'],
    ['Openbaarmaking geweigerd', 'refused'],
    ['Niet aanwezig', 'notHeld'],
    ['Geen documenten aangetroffen', 'notHeld'],
    ['Reeds openbaar', 'alreadyPublic'],
    ['Buiten behandeling gesteld', 'notHandled'],
    ['Ingetrokken', 'withdrawn'],
    ['Afgebroken', undefined],
    ['', undefined],
  ];
  for (const [wording, outcome] of cases) assert.equal(outcomeOfWording(wording, m), outcome, wording);
});

test('a withdrawn request has no decision date; the WooRequest gets a withdrawn event', () => {
  const b = bundle('2025-03-03', [
    { date: '2025-03-10', hour: 10, minute: 0, event: { type: 'decide', wording: 'verstrekt' } },
  ]);
  const w = { ...b, resultaattype: { ...b.resultaattype!, omschrijving: 'Verzoek ingetrokken' } };
  const c = checkZaak(w, { today: '2025-03-11' });
  assert.equal(c.decidedOn, null);
  assert.equal(c.request.events!.at(-1)!.type, 'withdrawn');
});

test('what cannot be read past throws a typed error; what can gives warnings', () => {
  const b = bundle('2025-03-03');
  assert.throws(
    () => wooRequestFromZaak({} as ZaakBundle),
    (e: unknown) => e instanceof WooKitInputError && e.code === 'zaak-missing' && e.path === '/zaak',
  );
  assert.throws(
    () => wooRequestFromZaak({ ...b, zaak: { ...b.zaak, startdatum: '2025-02-30' } }),
    (e: unknown) =>
      e instanceof WooKitInputError &&
      e.code === 'zaak-missing-date' &&
      e.path === '/zaak/startdatum' &&
      e.messages.nl.length > 0,
  );
  const noTrail = wooRequestFromZaak({ zaak: b.zaak } as unknown as ZaakBundle);
  assert.deepEqual(codes(noTrail.warnings), ['no-audittrail']);
  // The zaak is suspended, but the audit trail does not say since when.
  const flagged = wooRequestFromZaak({
    ...b,
    zaak: { ...b.zaak, opschorting: { indicatie: true, reden: 'zienswijze' } },
  });
  assert.deepEqual(codes(flagged.warnings), ['opschorting-not-in-audittrail']);
  const extended = wooRequestFromZaak({ ...b, zaak: { ...b.zaak, verlenging: { reden: 'omvang', duur: 'P14D' } } });
  assert.deepEqual(codes(extended.warnings), ['verlenging-not-in-audittrail']);
});

test('a zaaktype with another doorlooptijd and a zaak date later than the law are explained', () => {
  const b = bundle('2025-03-03', [], { uiterlijkeEinddatumAfdoening: '2025-04-14' });
  const c = checkZaak({ ...b, zaaktype: { ...b.zaaktype!, doorlooptijd: 'P6W' } }, { today: '2025-03-04' });
  assert.equal(c.differsByDays, 14);
  assert.deepEqual(codes(c.reasons), ['doorlooptijd', 'zaak-date-later']);
  const none = checkZaak({ ...b, zaak: { ...b.zaak, uiterlijkeEinddatumAfdoening: null } }, { today: '2025-03-04' });
  assert.equal(none.differsByDays, null);
  assert.deepEqual(codes(none.reasons), ['no-uiterlijke-einddatum']);
});

test(
  'a suspension still running at the decision counts up to the day of the decision, so a decision made during ' +
    'it is on time',
  () => {
    // Received 3 March; zienswijze asked 25 March; decided 10 April while the flag was still set (cleared on 15 April).
    const events: Timed[] = [
      { date: '2025-03-25', hour: 10, minute: 0, event: { type: 'suspend', reden: 'Zienswijze gevraagd' } },
      { date: '2025-04-10', hour: 15, minute: 0, event: { type: 'decide', wording: 'verstrekt' } },
    ];
    const open = checkZaak(bundle('2025-03-03', events), { today: '2025-05-01' });
    const expected = {
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'zienswijze' as const, notifiedOn: '2025-03-25', endedOn: '2025-04-10' }],
      decidedOn: '2025-04-10',
    };
    assert.deepEqual(open.input, expected);
    assert.equal(open.deadline, computeDeadline(expected).deadline);
    assert.equal(open.decidedOnTime, true);
    assert.deepEqual(codes(open.warnings), ['suspension-open-at-decision']);
    assert.equal(validateWooRequest(open.request).ok, true);
    const cleared = checkZaak(
      bundle('2025-03-03', [...events, { date: '2025-04-15', hour: 9, minute: 0, event: { type: 'resume' } }]),
      { today: '2025-05-01' },
    );
    assert.deepEqual(cleared.input, expected);
    assert.deepEqual(codes(cleared.warnings), ['suspension-open-at-decision']);
  },
);

test('URLs of the same resource under another host name (an export) still match by their UUID', () => {
  const b = bundle('2025-03-03', [
    { date: '2025-03-28', hour: 12, minute: 0, event: { type: 'decide', wording: 'verstrekt' } },
  ]);
  const renamed = {
    ...b,
    statussen: b.statussen!.map((s) => ({
      ...s,
      statustype: String(s.statustype).replace('http://127.0.0.1:8000', 'https://openzaak.gemeente.example'),
    })),
    audittrail: b.audittrail.map((e) => ({
      ...e,
      hoofdObject: String(e.hoofdObject).replace('http://127.0.0.1:8000', 'https://openzaak.gemeente.example/'),
    })),
  };
  const r = wooRequestFromZaak(renamed);
  assert.equal(r.decision?.decidedOn, '2025-03-28');
  assert.deepEqual(r.warnings, []);
});

test('a mapping from a file is checked: a wrong value is a typed invalid-mapping error', () => {
  const b = bundle('2025-03-03');
  for (const bad of [
    { zienswijzeWords: 'zienswijze' },
    { receivedOn: 'einddatum' },
    { outcomes: { Verstrekt: 'ja' } },
    { unknownOutcome: 'maybe' },
    { channel: 'fax' },
  ]) {
    assert.throws(
      () => wooRequestFromZaak(b, bad as never),
      (e: unknown) => e instanceof WooKitInputError && e.code === 'invalid-mapping' && e.path!.startsWith('/mapping/'),
      JSON.stringify(bad),
    );
  }
});
