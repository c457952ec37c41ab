// The ZGW client against the local test server (127.0.0.1). Every request the client sends and every
// answer it accepts is validated against the official OpenAPI documents (the client's `validate` hook),
// and the server validates its own side too (`server.problems` stays empty).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline } from '@woo-kit/deadlines';
import {
  checkZaak,
  createZgwClient,
  identificatieFor,
  rolCreateFromRequest,
  zaakCreateFromRequest,
  ZgwError,
  type ZgwClientOptions,
} from '../src/index.js';
import { exchangeValidator, loadApis, type Api, type Checked } from './openapi.js';
import { runScenario } from './scenario.js';
import { startZgwServer, RSIN, type ZgwTestServer } from './zgw-server.js';

const CLIENT_ID = 'woo-kit-test';
const SECRET = 'test-secret-7f3a9c1e-not-used-anywhere-else';
let server: ZgwTestServer;
let apis: Api[];
const seen: Checked[] = [];
const noWait = async (): Promise<void> => {};

before(async () => {
  apis = await loadApis();
  server = await startZgwServer({ clientId: CLIENT_ID, secret: SECRET });
});
after(async () => {
  await server.close();
  assert.deepEqual(server.problems, []);
});

const client = (o: Partial<ZgwClientOptions> = {}) =>
  createZgwClient({
    zakenUrl: server.zakenUrl,
    catalogiUrl: server.catalogiUrl,
    clientId: CLIENT_ID,
    secret: SECRET,
    requestsPerSecond: 1000,
    sleep: noWait,
    validate: exchangeValidator(apis, seen),
    ...o,
  });

const target = () => ({
  zakenUrl: server.zakenUrl,
  zaaktype: server.zaaktype,
  eindStatustype: server.statustypen.find((s) => s['isEindstatus'])!['url'] as string,
  resultaattype: server.resultaattypen['deels verstrekt']!['url'] as string,
  bronorganisatie: RSIN,
  at: (iso: string) => (server.now = Date.parse(iso)),
});

test(
  'a request lived through the Zaken API (create, suspend, resume, extend, decide) reads back to the legal ' +
    'deadline',
  async () => {
    const c = client();
    const zaak = await runScenario(c, target(), 'WOO-2025-0101', '2025-03-03');
    assert.equal(zaak.uiterlijkeEinddatumAfdoening, '2025-03-31'); // startdatum + P28D, not moved, as Open Zaak does
    const bundle = await c.bundle(zaak);
    assert.equal(bundle.audittrail.length >= 6, true);
    const check = checkZaak(bundle, { today: '2025-05-01' });
    const facts = {
      receivedOn: '2025-03-03',
      postponedOn: '2025-03-25',
      suspensions: [{ kind: 'zienswijze' as const, notifiedOn: '2025-03-11', endedOn: '2025-03-20' }],
      decidedOn: '2025-04-10',
    };
    assert.deepEqual(check.input, facts);
    assert.equal(check.deadline, computeDeadline(facts).deadline);
    assert.equal(check.deadline, '2025-04-23'); // 31 March + 9 suspended days = 9 April, + 14 days (Woo 4.4 lid 2)
    assert.equal(check.differsByDays, -23);
    assert.deepEqual(
      check.reasons.map((r) => r.code),
      ['suspension-not-in-zaak-date', 'postponement-not-in-zaak-date'],
    );
    assert.equal(check.decidedOnTime, true);
    assert.deepEqual(
      check.warnings.map((w) => w.code),
      ['grounds-unknown'],
    );
    // Every exchange was checked against the documents, and there were some of each kind.
    const ops = new Set(seen.map((s) => s.operationId));
    for (const op of [
      'zaak_list',
      'zaak_create',
      'zaak_partial_update',
      'zaak_retrieve',
      'audittrail_list',
      'status_list',
      'status_create',
      'resultaat_create',
      'resultaat_retrieve',
      'zaaktype_read',
      'statustype_read',
      'resultaattype_read',
    ])
      assert.ok(ops.has(op), op);
    assert.deepEqual(server.problems, []);
  },
);

test('paging: every zaak of the zaaktype, over several pages', async () => {
  const c = client();
  for (let i = 0; i < 5; i++)
    await c.createZaak({
      identificatie: `WOO-PAGE-${i}`,
      bronorganisatie: RSIN,
      zaaktype: server.zaaktype,
      verantwoordelijkeOrganisatie: RSIN,
      startdatum: '2025-06-02',
    });
  const ids: string[] = [];
  for await (const z of c.zaken({ zaaktype: server.zaaktype })) ids.push(z.identificatie!);
  for (let i = 0; i < 5; i++) assert.ok(ids.includes(`WOO-PAGE-${i}`));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(server.log.some((l) => l.path.includes('page=3')));
});

test('retries with exponential back-off after 503, then gives up with a typed error', async () => {
  const waits: number[] = [];
  const c = client({ backoffMs: 100, retries: 3, sleep: async (ms) => void waits.push(ms) });
  server.failNext(2, 503);
  const zt = await c.get<{ doorlooptijd: string }>(server.zaaktype);
  assert.equal(zt.doorlooptijd, 'P28D');
  assert.deepEqual(waits, [100, 200]);
  // 429 with Retry-After: 2 s is waited for (capped at maxBackoffMs).
  waits.length = 0;
  server.failNext(1, 429, 2);
  await c.get(server.zaaktype);
  assert.deepEqual(waits, [2000]);
  server.failNext(4, 502);
  await assert.rejects(
    c.get(server.zaaktype),
    (e: unknown) => e instanceof ZgwError && e.code === 'zgw-http' && e.status === 502 && e.messages.nl.includes('502'),
  );
  // A 404 is not retried.
  waits.length = 0;
  await assert.rejects(
    c.get(`${server.zakenUrl}/zaken/00000000-0000-4000-8000-000000000000`),
    (e: unknown) => e instanceof ZgwError && e.status === 404,
  );
  assert.deepEqual(waits, []);
});

test('a request that hangs times out, and is retried', async () => {
  // The server answers a hanging request only after 10 s; the client gives up after 300 ms.
  const c = client({ timeoutMs: 300, retries: 1 });
  server.hangNext(1, 10_000);
  const zt = await c.get<{ doorlooptijd: string }>(server.zaaktype);
  assert.equal(zt.doorlooptijd, 'P28D');
  server.hangNext(2, 10_000);
  await assert.rejects(
    c.get(server.zaaktype),
    (e: unknown) => e instanceof ZgwError && e.code === 'zgw-timeout' && e.messages.nl.includes('300 ms'),
  );
});

test('a bounded number of requests per second (virtual clock)', async () => {
  let t = 1_000_000;
  const starts: number[] = [];
  const c = client({
    requestsPerSecond: 4,
    now: () => t,
    sleep: async (ms) => void (t += ms),
    fetch: (input, init) => {
      starts.push(t);
      return fetch(input, init);
    },
  });
  for (let i = 0; i < 6; i++) await c.get(server.zaaktype);
  assert.deepEqual(
    starts.map((s) => s - starts[0]!),
    [0, 250, 500, 750, 1000, 1250],
  );
});

test('createZaak is idempotent: a zaaksysteem that fails after creating gets no second zaak', async () => {
  const c = client();
  const body = {
    identificatie: 'WOO-IDEMPOTENT-1',
    bronorganisatie: RSIN,
    zaaktype: server.zaaktype,
    verantwoordelijkeOrganisatie: RSIN,
    startdatum: '2025-06-02',
    omschrijving: 'Woo-verzoek',
  };
  server.failAfterCreate();
  const first = await c.createZaak(body);
  assert.equal(first.created, true);
  const again = await c.createZaak(body);
  assert.equal(again.created, false);
  assert.equal(again.zaak.url, first.zaak.url);
  const found: string[] = [];
  for await (const z of c.zaken({ zaaktype: server.zaaktype }))
    if (z.identificatie === body.identificatie) found.push(z.url!);
  assert.equal(found.length, 1);
  // The POST that failed after creating was sent once; the zaak was then found by looking it up.
  assert.equal(
    server.log.filter((l) => l.method === 'POST' && l.path === '/zaken/api/v1/zaken' && l.status === 500).length,
    1,
  );
});

test(
  'ZGW JWT: a wrong secret is refused; the secret ' + 'appears in no error; the token goes to no other host',
  async () => {
    const wrong = client({ secret: 'another-secret' });
    const error = await wrong.get(server.zaaktype).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof ZgwError && error.status === 403);
    const text =
      JSON.stringify((error as ZgwError).toJSON()) + String((error as Error).stack) + JSON.stringify(client());
    assert.ok(!text.includes('another-secret') && !text.includes(SECRET));
    let called = 0;
    const c = client({
      fetch: (input, init) => {
        called += 1;
        return fetch(input, init);
      },
    });
    await assert.rejects(
      c.get('http://127.0.0.2:9/zaken/api/v1/zaken'),
      (e: unknown) => e instanceof ZgwError && e.code === 'zgw-origin-not-allowed',
    );
    assert.equal(called, 0);
  },
);

test('an answer that does not meet the standard is refused', async () => {
  const c = client({
    fetch: async () =>
      new Response(JSON.stringify({ count: 1, next: null, previous: null, results: [{ url: 'not a zaak' }] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  });
  await assert.rejects(
    (async () => {
      for await (const _ of c.zaken({ zaaktype: server.zaaktype })) void _;
    })(),
    (e: unknown) => e instanceof ZgwError && e.code === 'zgw-invalid-response',
  );
});

test(
  'the test server holds itself to the documents: a bad request gets 400, a bad answer of its own ' + 'becomes a 500',
  async () => {
    const token = await (async () => {
      const { SignJWT } = await import('jose');
      return new SignJWT({ client_id: CLIENT_ID, user_id: 'test', user_representation: 'test' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(CLIENT_ID)
        .setIssuedAt()
        .sign(new TextEncoder().encode(SECRET));
    })();
    const before = server.problems.length;
    // GET /zaken without the Accept-Crs and Content-Crs headers the Zaken API 1.5.1 requires.
    const bad = await fetch(`${server.zakenUrl}/zaken`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(bad.status, 400);
    assert.ok(server.problems.slice(before).some((p) => p.includes('accept-crs')));
    // A zaak stored with a startdatum that is not a date: the server refuses to send it.
    const url = server.seedZaak(
      {
        identificatie: 'WOO-BROKEN',
        bronorganisatie: RSIN,
        zaaktype: server.zaaktype,
        verantwoordelijkeOrganisatie: RSIN,
        startdatum: '3 maart',
      },
      [],
    );
    const c = client({ retries: 0 });
    await assert.rejects(c.get(url), (e: unknown) => e instanceof ZgwError && e.status === 500);
    assert.ok(server.problems.slice(before).some((p) => p.includes('/startdatum')));
    server.problems.splice(before); // seen and expected; the after() hook checks nothing else went wrong
  },
);

test(
  'a submitted request filed as a zaak: within the length limits, the legal deadline, once per ' + 'idempotency key',
  async () => {
    const c = client();
    const subject =
      `Alle stukken over de herinrichting van het Stationsplein ` +
      `🚉 ${'en de bijbehorende verkeersbesluiten '.repeat(40)}`;
    const request = { id: 'r-1', receivedOn: '2025-04-24', channel: 'webForm' as const, subject };
    const identificatie = await identificatieFor('submission-7d1c2f');
    assert.equal(identificatie, await identificatieFor('submission-7d1c2f'));
    assert.notEqual(identificatie, await identificatieFor('submission-7d1c30'));
    assert.equal(identificatie.length, 36);
    const body = zaakCreateFromRequest(request, { zaaktype: server.zaaktype, bronorganisatie: RSIN, identificatie });
    assert.equal(body.uiterlijkeEinddatumAfdoening, '2025-05-22'); // 24 April + 28 days (Woo 4.4 lid 1)
    assert.ok(
      [...(body['omschrijving'] as string)].length <= 80 && [...(body['toelichting'] as string)].length <= 1000,
    );
    assert.ok(!(body['omschrijving'] as string).includes('\uFFFD'));
    server.failNext(1, 503);
    const made = await c.createZaak(body);
    assert.equal(made.created, true);
    assert.equal(made.zaak.uiterlijkeEinddatumAfdoening, '2025-05-22');
    assert.equal((await c.createZaak(body)).created, false);
    assert.throws(
      () => zaakCreateFromRequest(request, { zaaktype: server.zaaktype, bronorganisatie: '123', identificatie }),
      (e: unknown) => e instanceof Error && (e as { code?: string }).code === 'invalid-rsin',
    );
    assert.deepEqual(server.problems, []);
  },
);

test('the initiator rol carries the contact details within the limits, and is created once', async () => {
  const c = client();
  const request = {
    id: 'WOO-2025-0777',
    receivedOn: '2025-04-24',
    channel: 'webForm' as const,
    subject: 'Verslagen van het overleg over de fietsbrug',
    requester: {
      name: 'Fatima de Vries',
      email: 'fatima@voorbeeld.nl',
      phone: '+31 (0)30 123 45 67 toestel 89',
      postalAddress: { street: 'Dorpsstraat', houseNumber: '1', postalCode: '1234 AB', city: 'Ergens' },
    },
  };
  const identificatie = await identificatieFor('submission-rol-1');
  const { zaak } = await c.createZaak(
    zaakCreateFromRequest(request, { zaaktype: server.zaaktype, bronorganisatie: RSIN, identificatie }),
  );
  assert.deepEqual(zaak.kenmerken, [{ kenmerk: 'WOO-2025-0777', bron: 'woo-kit' }]);
  const body = rolCreateFromRequest(request, { zaak: zaak.url!, roltype: server.roltype });
  assert.equal(body.betrokkeneType, 'natuurlijk_persoon');
  assert.deepEqual(body['contactpersoonRol'], { naam: 'Fatima de Vries', emailadres: 'fatima@voorbeeld.nl' });
  // The telephone number is longer than the 20 characters of telefoonnummer: it goes in the toelichting.
  assert.match(body.roltoelichting, /Telefoon: \+31 \(0\)30 123 45 67 toestel 89/);
  assert.match(body.roltoelichting, /Postadres: Dorpsstraat 1, 1234 AB Ergens/);
  server.failNext(1, 503);
  const first = await c.createRol(body);
  assert.equal(first.created, true);
  assert.equal(first.rol.omschrijvingGeneriek, 'initiator');
  const again = await c.createRol(body);
  assert.equal(again.created, false);
  assert.equal(again.rol.url, first.rol.url);
  assert.equal(server.rollen().filter((r) => r['zaak'] === zaak.url).length, 1);
  const anonymous = rolCreateFromRequest({ ...request, requester: undefined } as never, {
    zaak: zaak.url!,
    roltype: server.roltype,
    betrokkeneType: 'niet_natuurlijk_persoon',
  });
  assert.equal(anonymous['contactpersoonRol'], undefined);
  assert.match(anonymous.roltoelichting, /Zonder contactgegevens/);
  assert.deepEqual(server.problems, []);
});
