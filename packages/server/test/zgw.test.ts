// The ZGW back end against the local ZGW test server of @woo-kit/zgw (127.0.0.1), which validates
// every request it gets and every answer it gives against the official OpenAPI documents; the server's
// ZGW client validates its side too. Runs against SQLite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WooRequest, WooRequestEvent } from '@woo-kit/core';
import { createZgwClient, identificatieFor, type ZgwClient, type ZgwZaak } from '@woo-kit/zgw';
import { createWooServer, type WooServer } from '../src/app.js';
import { newApiKey, scopesOfRole } from '../src/auth.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { startServer } from '../src/index.js';
import type { LogRecord } from '../src/log.js';
import { publicStatistics } from '../src/statistics.js';
import { openStore, type WooStore } from '../src/store/store.js';
import { createZgwBackend, type ZgwBackend } from '../src/zgw/backend.js';
import type { ZgwBackendConfig } from '../src/zgw/config.js';
import { exchangeValidator, loadApis, type Api } from '../../zgw/test/openapi.js';
import { RSIN, startZgwServer, type ZgwTestServer } from '../../zgw/test/zgw-server.js';
import {
  bearer,
  databases,
  fromStatusUrl,
  postRequest,
  testDatabase,
  TODAY,
  validRequest,
  type DatabaseKind,
  type TestDatabase,
} from './support/harness.js';

const CLIENT_ID = 'woo-kit-server-test';
const SECRET = 'zgw-secret-3b9e1d7c-only-in-this-test';
const noWait = async (): Promise<void> => {};

interface Stack {
  zgw: ZgwTestServer;
  store: WooStore;
  backend: ZgwBackend;
  woo: WooServer;
  base: string;
  staffKey: string;
  logs: LogRecord[];
  /** The back end's clock (ms); tests move it. */
  clock: number;
  today: string;
  /** A client of the test's own, to play the case worker in the zaaksysteem. */
  caseworker: ZgwClient;
  close(): Promise<void>;
}

let apis: Api[];

async function stack(kind: DatabaseKind, extra: Partial<ZgwBackendConfig> = {}): Promise<Stack> {
  apis ??= await loadApis();
  const zgw = await startZgwServer({ clientId: CLIENT_ID, secret: SECRET });
  const db: TestDatabase = await testDatabase(kind);
  const store = await openStore(db.location);
  const key = newApiKey();
  await store.createApiKey({ id: key.id, name: 'test reader', keyHash: key.keyHash, scopes: scopesOfRole.reader });
  const s = {
    zgw,
    store,
    logs: [] as LogRecord[],
    clock: Date.UTC(2025, 2, 28, 9),
    today: TODAY,
    staffKey: key.key,
  } as Stack;
  const config: ZgwBackendConfig = {
    zakenUrl: zgw.zakenUrl,
    catalogiUrl: zgw.catalogiUrl,
    zaaktype: zgw.zaaktype,
    roltype: zgw.roltype,
    bronorganisatie: RSIN,
    clientId: CLIENT_ID,
    secret: SECRET,
    requestsPerSecond: 1000,
    timeoutMs: 2000,
    // These tests look at the zaak right after the receipt: wait for the filing (the slow test sets less).
    filingWaitMs: 60_000,
    ...extra,
  };
  s.backend = createZgwBackend({
    config,
    store,
    logger: (r) => s.logs.push(r),
    now: () => s.clock,
    client: { validate: exchangeValidator(apis), sleep: noWait },
  });
  s.woo = createWooServer({
    store,
    zgw: s.backend,
    today: () => s.today,
    publicOrigin: 'https://www.voorbeeld.nl',
    logger: (r) => s.logs.push(r),
    rateLimit: { limit: 1000 },
  });
  const server: Server = createServer((req, res) => void s.woo.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  s.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  s.caseworker = createZgwClient({
    zakenUrl: zgw.zakenUrl,
    catalogiUrl: zgw.catalogiUrl,
    clientId: CLIENT_ID,
    secret: SECRET,
    requestsPerSecond: 1000,
    sleep: noWait,
    validate: exchangeValidator(apis),
  });
  s.close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await zgw.close();
    await store.close();
    await db.drop();
  };
  return s;
}

/** The zaken in the test server with this identificatie. */
const zakenWith = (s: Stack, identificatie: string) =>
  s.zgw.zaken().filter((z) => z['identificatie'] === identificatie);

async function staffView(s: Stack, id: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${s.base}/api/requests/${id}`, { headers: bearer(s.staffKey) });
  assert.equal(response.status, 200);
  return (await response.json()) as Record<string, unknown>;
}

const longSubject = (
  `Alle verslagen, e-mails en notities over de herinrichting van het Stationsplein en de ` +
  `fietsbrug. ${'Ook de bijlagen bij de verkeersbesluiten van 2023 en 2024. '.repeat(25)}`
).trim();

for (const kind of databases) {
  describe(`ZGW back end: filing and status (${kind})`, () => {
    let s: Stack;
    before(async () => {
      s = await stack(kind);
    });
    after(async () => {
      await s.close();
      assert.deepEqual(s.zgw.problems, [], 'every exchange met the OpenAPI documents');
      const logs = JSON.stringify(s.logs);
      assert.ok(!logs.includes(SECRET), 'the secret is never logged');
      assert.doesNotMatch(logs, /fatima|Stationsplein/i, 'no personal data or subject in the log');
    });

    test(
      'a submitted request becomes one zaak of the zaaktype, with an initiator rol carrying the ' + 'contact details',
      async () => {
        const key = `zgw-form-${kind}-1`;
        const body = {
          ...validRequest,
          subject: longSubject,
          requester: { name: 'Fatima de Vries', email: 'fatima@voorbeeld.nl', phone: '030 123 45 67' },
        };
        const response = await postRequest(s.base, body, key);
        assert.equal(response.status, 201);
        const receipt = (await response.json()) as { id: string; deadline: string; statusUrl: string };
        assert.ok(
          !JSON.stringify(receipt).includes(SECRET) && !JSON.stringify(receipt).includes(s.zgw.base),
          'no zaaksysteem address or secret for the browser',
        );
        const [zaak, ...more] = zakenWith(s, await identificatieFor(key));
        assert.ok(zaak);
        assert.equal(more.length, 0);
        assert.equal(zaak['zaaktype'], s.zgw.zaaktype);
        assert.equal(zaak['bronorganisatie'], RSIN);
        assert.equal(zaak['startdatum'], TODAY); // the day of receipt (Woo 4.4 lid 1)
        assert.equal(zaak['uiterlijkeEinddatumAfdoening'], receipt.deadline);
        assert.equal(zaak['uiterlijkeEinddatumAfdoening'], '2025-04-25'); // four weeks (Woo 4.4 lid 1)
        const omschrijving = zaak['omschrijving'] as string;
        const toelichting = zaak['toelichting'] as string;
        assert.ok(
          [...omschrijving].length <= 80 &&
            omschrijving.startsWith('Woo-verzoek: Alle verslagen') &&
            omschrijving.endsWith('…'),
        );
        assert.ok([...toelichting].length <= 1000 && toelichting.endsWith('…'));
        assert.deepEqual(zaak['kenmerken'], [{ kenmerk: receipt.id, bron: 'woo-kit' }]);
        // The whole subject stays in the local store.
        const stored = await s.store.getRequest(receipt.id);
        assert.equal(stored?.request.subject, longSubject);
        const rollen = s.zgw.rollen().filter((r) => r['zaak'] === zaak['url']);
        assert.equal(rollen.length, 1);
        const rol = rollen[0]!;
        assert.equal(rol['roltype'], s.zgw.roltype);
        assert.equal(rol['omschrijvingGeneriek'], 'initiator');
        assert.equal(rol['betrokkeneType'], 'natuurlijk_persoon');
        assert.deepEqual(rol['contactpersoonRol'], {
          naam: 'Fatima de Vries',
          emailadres: 'fatima@voorbeeld.nl',
          telefoonnummer: '030 123 45 67',
        });
        const zgw = (await staffView(s, receipt.id))['zgw'] as Record<string, unknown>;
        assert.equal(zgw['state'], 'filed');
        assert.equal(zgw['zaakUrl'], zaak['url']);
        assert.equal(zgw['rolUrl'], rol['url']);
      },
    );

    test('the same submission twice (same Idempotency-Key) gives one zaak and one rol', async () => {
      const key = `zgw-form-${kind}-twice`;
      const first = await postRequest(s.base, validRequest, key);
      assert.equal(first.status, 201);
      const again = await postRequest(s.base, validRequest, key);
      assert.equal(again.status, 200);
      assert.equal(((await again.json()) as { id: string }).id, ((await first.json()) as { id: string }).id);
      const zaken = zakenWith(s, await identificatieFor(key));
      assert.equal(zaken.length, 1);
      assert.equal(s.zgw.rollen().filter((r) => r['zaak'] === zaken[0]!['url']).length, 1);
    });

    test('a zaaksysteem that answers an error after creating the zaak still gets one zaak', async () => {
      const key = `zgw-form-${kind}-fails-after-create`;
      const errorsBefore = s.zgw.log.filter((l) => l.path === '/zaken/api/v1/zaken' && l.status === 500).length;
      s.zgw.failAfterCreate();
      const response = await postRequest(s.base, validRequest, key);
      assert.equal(response.status, 201);
      const { id } = (await response.json()) as { id: string };
      assert.equal(
        s.zgw.log.filter((l) => l.path === '/zaken/api/v1/zaken' && l.status === 500).length,
        errorsBefore + 1,
        'the zaaksysteem did fail once',
      );
      const zaken = zakenWith(s, await identificatieFor(key));
      assert.equal(zaken.length, 1, 'looked up before retrying: no second zaak');
      assert.equal(((await staffView(s, id))['zgw'] as Record<string, unknown>)['state'], 'filed');
      // A retry of the submission afterwards changes nothing.
      assert.equal((await postRequest(s.base, validRequest, key)).status, 200);
      assert.equal(zakenWith(s, await identificatieFor(key)).length, 1);
    });

    test(
      'a zaaksysteem that is down: the requester gets a receipt, the request waits in the queue ' +
        'and is filed later',
      async () => {
        const key = `zgw-form-${kind}-down`;
        s.zgw.down = true;
        const subject = 'Alle stukken over de sluiting van de bibliotheek in de wijk Noord';
        const response = await postRequest(s.base, { ...validRequest, subject }, key);
        assert.equal(response.status, 201, 'a receipt, although the zaaksysteem is down');
        const receipt = (await response.json()) as { id: string; statusUrl: string; deadline: string };
        assert.equal(receipt.deadline, '2025-04-25');
        assert.equal(
          (await s.store.getRequest(receipt.id))?.request.subject,
          subject,
          'what the requester typed is stored',
        );
        let zgw = (await staffView(s, receipt.id))['zgw'] as Record<string, unknown>;
        assert.equal(zgw['state'], 'pending');
        assert.equal(zgw['zaakUrl'], null);
        assert.match(String(zgw['lastError']), /^zgw-http 503$/);
        // The status page works meanwhile, from the local record.
        const { token } = fromStatusUrl(receipt.statusUrl);
        const status = await fetch(`${s.base}/api/requests/${receipt.id}`, { headers: bearer(token) });
        assert.equal(status.status, 200);
        assert.equal(status.headers.get('woo-kit-status-source'), 'local');
        assert.equal(((await status.json()) as WooRequest).subject, subject);
        // Still down: the queue tries, fails and waits longer; nothing is lost.
        s.clock += 31_000;
        assert.deepEqual(await s.backend.runQueue(), { filed: 0, waiting: 1 });
        s.zgw.down = false;
        // Up again, but the next try is not due yet.
        assert.deepEqual(await s.backend.runQueue(), { filed: 0, waiting: 1 });
        s.clock += 61_000;
        assert.deepEqual(await s.backend.runQueue(), { filed: 1, waiting: 0 });
        const zaken = zakenWith(s, await identificatieFor(key));
        assert.equal(zaken.length, 1);
        assert.equal(zaken[0]!['startdatum'], TODAY, 'the day of receipt, not the day it was filed');
        assert.equal(zaken[0]!['uiterlijkeEinddatumAfdoening'], '2025-04-25');
        assert.equal(s.zgw.rollen().filter((r) => r['zaak'] === zaken[0]!['url']).length, 1);
        zgw = (await staffView(s, receipt.id))['zgw'] as Record<string, unknown>;
        assert.equal(zgw['state'], 'filed');
        assert.equal(zgw['attempts'], 3);
        // A second run finds nothing to do.
        assert.deepEqual(await s.backend.runQueue(), { filed: 0, waiting: 0 });
        assert.equal(zakenWith(s, await identificatieFor(key)).length, 1);
      },
    );

    test('the status page reads the zaak: suspension, postponement and decision on the same timeline', async () => {
      const response = await postRequest(s.base, { ...validRequest, subject: longSubject });
      assert.equal(response.status, 201);
      const receipt = (await response.json()) as { id: string; statusUrl: string };
      const { token } = fromStatusUrl(receipt.statusUrl);
      const zaakUrl = ((await staffView(s, receipt.id))['zgw'] as { zaakUrl: string }).zaakUrl;
      const read = async (): Promise<{ request: WooRequest; source: string | null }> => {
        s.clock += 31_000; // past the status cache (statusCacheSeconds, default 30)
        const answer = await fetch(`${s.base}/api/requests/${receipt.id}`, { headers: bearer(token) });
        assert.equal(answer.status, 200);
        return { request: (await answer.json()) as WooRequest, source: answer.headers.get('woo-kit-status-source') };
      };
      const fresh = await read();
      assert.equal(fresh.source, 'zaaksysteem');
      assert.equal(fresh.request.events, undefined, 'received, nothing else yet');
      assert.equal(fresh.request.subject, longSubject, 'the full subject, not the shortened omschrijving');
      assert.equal(fresh.request.requester, undefined, 'no contact details');
      // The case worker works in the zaaksysteem: a zienswijze asked at 23:30 UTC on 1 April, which is
      // 2 April in the Netherlands; answered on 8 April; postponed on 22 April; decided on 6 May.
      const at = (iso: string) => (s.zgw.now = Date.parse(iso));
      at('2025-04-01T23:30:00Z');
      await s.caseworker.patchZaak(zaakUrl, {
        opschorting: { indicatie: true, reden: 'Zienswijze derde-belanghebbende gevraagd' },
      });
      const suspended = await read();
      assert.deepEqual(suspended.request.events, [{ type: 'zienswijzeAsked', on: '2025-04-02' }]);
      at('2025-04-08T10:00:00Z');
      await s.caseworker.patchZaak(zaakUrl, { opschorting: { indicatie: false, reden: '' } });
      at('2025-04-22T12:00:00Z');
      await s.caseworker.patchZaak(zaakUrl, { verlenging: { reden: 'Omvang van de documenten', duur: 'P14D' } });
      const postponed = await read();
      assert.deepEqual(
        postponed.request.events?.map((e) => e.type),
        ['zienswijzeAsked', 'zienswijzeReceived', 'postponed'],
      );
      at('2025-05-06T14:00:00Z');
      const eind = s.zgw.statustypen.find((t) => t['isEindstatus'])!['url'] as string;
      await s.caseworker.post(`${s.zgw.zakenUrl}/resultaten`, {
        zaak: zaakUrl,
        resultaattype: s.zgw.resultaattypen['deels verstrekt']!['url'],
        toelichting: '',
      });
      await s.caseworker.post(`${s.zgw.zakenUrl}/statussen`, {
        zaak: zaakUrl,
        statustype: eind,
        datumStatusGezet: '2025-05-06T14:00:00Z',
        statustoelichting: '',
      });
      const decided = await read();
      assert.equal(decided.source, 'zaaksysteem');
      const expected: WooRequestEvent[] = [
        { type: 'zienswijzeAsked', on: '2025-04-02' },
        { type: 'zienswijzeReceived', on: '2025-04-08' },
        { type: 'postponed', on: '2025-04-22' },
        { type: 'decided', on: '2025-05-06', outcome: 'partlyDisclosed' },
      ];
      assert.deepEqual(decided.request.events, expected);
      assert.equal(decided.request.id, receipt.id);
      // A reload within statusCacheSeconds does not ask the zaaksysteem again.
      const asked = s.zgw.log.length;
      const reload = await fetch(`${s.base}/api/requests/${receipt.id}`, { headers: bearer(token) });
      assert.deepEqual(((await reload.json()) as WooRequest).events, expected);
      assert.equal(s.zgw.log.length, asked);
      // The zaaksysteem down: the page still answers, from the local record.
      s.zgw.down = true;
      const local = await read();
      s.zgw.down = false;
      assert.equal(local.source, 'local');
      assert.equal(local.request.subject, longSubject);
      // A wrong token still gets nothing, and the zaaksysteem is not even asked.
      const calls = s.zgw.log.length;
      assert.equal(
        (await fetch(`${s.base}/api/requests/${receipt.id}`, { headers: bearer('x'.repeat(43)) })).status,
        401,
      );
      assert.equal(s.zgw.log.length, calls);
    });
  });

  describe(`ZGW back end: a slow zaaksysteem (${kind})`, () => {
    let s: Stack;
    before(async () => {
      s = await stack(kind, { filingWaitMs: 200, timeoutMs: 1500 });
    });
    after(async () => {
      await s.close();
      assert.deepEqual(s.zgw.problems, []);
    });

    test(
      'the receipt does not wait for a slow zaaksysteem; a retry meanwhile files nothing twice; ' +
        'one zaak in the end',
      async () => {
        const key = `zgw-slow-${kind}`;
        // The first call (the look-up before creating) gets no answer: the client gives up after its time-out.
        s.zgw.hangNext(1, 5000);
        const response = await postRequest(s.base, validRequest, key);
        assert.equal(response.status, 201);
        const { id } = (await response.json()) as { id: string };
        assert.equal(
          ((await staffView(s, id))['zgw'] as Record<string, unknown>)['state'],
          'pending',
          'answered before the zaak was made',
        );
        // The requester retries while the first try still runs: it holds the request, so nothing is filed twice.
        const again = await postRequest(s.base, validRequest, key);
        assert.equal(again.status, 200);
        let state = 'pending';
        for (let i = 0; i < 100 && state !== 'filed'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          state = String(((await staffView(s, id))['zgw'] as Record<string, unknown>)['state']);
        }
        assert.equal(state, 'filed', 'the try that went on in the background filed it');
        const zaken = zakenWith(s, await identificatieFor(key));
        assert.equal(zaken.length, 1);
        assert.equal(s.zgw.rollen().filter((r) => r['zaak'] === zaken[0]!['url']).length, 1);
      },
    );
  });

  describe(`ZGW back end: statistics from the zaaksysteem (${kind})`, () => {
    let s: Stack;
    before(async () => {
      s = await stack(kind, { statisticsCacheSeconds: 600 });
      s.today = '2025-06-30';
    });
    after(async () => {
      await s.close();
      assert.deepEqual(s.zgw.problems, []);
    });

    /** A zaak lived through the Zaken API; returns the request with the same facts. */
    async function live(
      n: number,
      facts: { receivedOn: string; zienswijze?: [string, string]; postponedOn?: string; decidedOn?: string },
    ): Promise<WooRequest> {
      const at = (date: string) => (s.zgw.now = Date.parse(`${date}T10:00:00Z`));
      at(facts.receivedOn);
      const { zaak } = await s.caseworker.createZaak({
        identificatie: `STAT-${n}`,
        bronorganisatie: RSIN,
        zaaktype: s.zgw.zaaktype,
        verantwoordelijkeOrganisatie: RSIN,
        startdatum: facts.receivedOn,
        omschrijving: 'Woo-verzoek',
      });
      const url = (zaak as ZgwZaak).url!;
      const events: WooRequestEvent[] = [];
      if (facts.zienswijze) {
        at(facts.zienswijze[0]);
        await s.caseworker.patchZaak(url, { opschorting: { indicatie: true, reden: 'Zienswijze gevraagd' } });
        at(facts.zienswijze[1]);
        await s.caseworker.patchZaak(url, { opschorting: { indicatie: false, reden: '' } });
        events.push(
          { type: 'zienswijzeAsked', on: facts.zienswijze[0] },
          { type: 'zienswijzeReceived', on: facts.zienswijze[1] },
        );
      }
      if (facts.postponedOn) {
        at(facts.postponedOn);
        await s.caseworker.patchZaak(url, { verlenging: { reden: 'Omvang', duur: 'P14D' } });
        events.push({ type: 'postponed', on: facts.postponedOn });
      }
      if (facts.decidedOn) {
        at(facts.decidedOn);
        const eind = s.zgw.statustypen.find((t) => t['isEindstatus'])!['url'] as string;
        await s.caseworker.post(`${s.zgw.zakenUrl}/resultaten`, {
          zaak: url,
          resultaattype: s.zgw.resultaattypen['verstrekt']!['url'],
          toelichting: '',
        });
        await s.caseworker.post(`${s.zgw.zakenUrl}/statussen`, {
          zaak: url,
          statustype: eind,
          datumStatusGezet: `${facts.decidedOn}T10:00:00Z`,
          statustoelichting: '',
        });
        events.push({ type: 'decided', on: facts.decidedOn, outcome: 'disclosed' });
      }
      return {
        id: `STAT-${n}`,
        receivedOn: facts.receivedOn,
        channel: 'other',
        subject: 'Woo-verzoek',
        ...(events.length ? { events } : {}),
      };
    }

    test('the on-time statistics are computed from the zaken of the zaaktype, by the law, and cached', async () => {
      const expected = [
        // On time only because the zienswijze suspended the term (Woo 4.4 lid 3): the zaak's own date says late.
        await live(1, { receivedOn: '2025-01-06', zienswijze: ['2025-01-10', '2025-01-20'], decidedOn: '2025-02-12' }),
        await live(2, { receivedOn: '2025-01-07', decidedOn: '2025-01-30' }),
        await live(3, { receivedOn: '2025-01-08', decidedOn: '2025-03-03' }), // late
        // postponed, on time
        await live(4, { receivedOn: '2025-01-13', postponedOn: '2025-02-03', decidedOn: '2025-02-20' }),
        // postponed after the first term: late
        await live(5, { receivedOn: '2025-01-20', postponedOn: '2025-02-20', decidedOn: '2025-02-25' }),
        await live(6, { receivedOn: '2025-02-03' }), // open, overdue
        await live(7, { receivedOn: '2025-06-16' }), // open, within the term
      ];
      const response = await fetch(`${s.base}/api/timeliness`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('woo-kit-statistics-source'), 'zaaksysteem');
      const text = await response.text();
      assert.doesNotMatch(text, /STAT-|Woo-verzoek|127\.0\.0\.1/, 'counts only');
      const statistics = JSON.parse(text) as Record<string, unknown>;
      assert.deepEqual(statistics, publicStatistics(expected, '2025-06-30', 5));
      assert.equal(statistics['requests'], 7);
      // Cached: a new zaak does not show until the cache time has passed.
      await live(8, { receivedOn: '2025-06-17' });
      const listsBefore = s.zgw.log.filter((l) => l.path.startsWith('/zaken/api/v1/zaken?')).length;
      assert.equal(((await (await fetch(`${s.base}/api/timeliness`)).json()) as { requests: number }).requests, 7);
      assert.equal(
        s.zgw.log.filter((l) => l.path.startsWith('/zaken/api/v1/zaken?')).length,
        listsBefore,
        'the zaaksysteem was not asked again',
      );
      s.clock += 601_000;
      assert.equal(((await (await fetch(`${s.base}/api/timeliness`)).json()) as { requests: number }).requests, 8);
      // The zaaksysteem down after the cache time: the last figures, marked as stale.
      s.clock += 601_000;
      s.zgw.down = true;
      const stale = await fetch(`${s.base}/api/timeliness`);
      assert.equal(stale.status, 200);
      assert.equal(stale.headers.get('woo-kit-statistics-source'), 'zaaksysteem; stale');
      assert.equal(((await stale.json()) as { requests: number }).requests, 8);
      // Another day has no figures yet: 503 with a typed error.
      const none = await fetch(`${s.base}/api/timeliness?today=2025-06-29`);
      s.zgw.down = false;
      assert.equal(none.status, 503);
      assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'zaaksysteem-unavailable');
    });
  });
}

describe('ZGW configuration', () => {
  const section = {
    zakenUrl: 'https://zaken.voorbeeld.nl/zaken/api/v1',
    catalogiUrl: 'https://zaken.voorbeeld.nl/catalogi/api/v1',
    zaaktype: 'https://zaken.voorbeeld.nl/catalogi/api/v1/zaaktypen/0b0d7f0a-4f39-4a43-9d8b-5b0c1c3e9a01',
    roltype: 'https://zaken.voorbeeld.nl/catalogi/api/v1/roltypen/00000001-cccc-4ccc-8ccc-cccccccccccc',
    bronorganisatie: RSIN,
    clientId: 'woo-kit',
  };
  test('the secret comes from ZGW_SECRET; a missing or wrong setting stops the start without showing a value', () => {
    const config = loadConfig(undefined, { ZGW_SECRET: 'from-the-environment' }, { zgw: section });
    assert.equal(config.zgw?.secret, 'from-the-environment');
    assert.throws(
      () => loadConfig(undefined, {}, { zgw: section }),
      (e: unknown) => e instanceof ConfigError && /zgw\.secret is required/.test(e.message),
    );
    assert.throws(
      () =>
        loadConfig(
          undefined,
          { ZGW_SECRET: 'x' },
          { zgw: { ...section, zakenUrl: 'http://zaken.voorbeeld.nl/zaken/api/v1' } },
        ),
      (e: unknown) =>
        e instanceof ConfigError &&
        /zgw\.zakenUrl must be an https URL/.test(e.message) &&
        !e.message.includes('voorbeeld'),
    );
    assert.throws(
      () => loadConfig(undefined, { ZGW_SECRET: 'x' }, { zgw: { ...section, bronorganisatie: '12' } }),
      /RSIN/,
    );
    assert.throws(
      () => loadConfig(undefined, { ZGW_SECRET: 'x' }, { zgw: { ...section, sekret: 'typo' } }),
      (e: unknown) => e instanceof ConfigError && /zgw\.sekret/.test(e.message) && !e.message.includes('typo'),
    );
  });
});

describe('woo-kit serve with a zgw section', () => {
  test('startServer files a submission into the zaaksysteem; the secret is in no log line and no answer', async () => {
    apis ??= await loadApis();
    const zgw = await startZgwServer({ clientId: CLIENT_ID, secret: SECRET });
    const db = await testDatabase('sqlite');
    const dir = (db.location as { file: string }).file.replace(/\/[^/]+$/, '');
    const file = `${dir}/woo-kit.json`;
    const section = {
      zakenUrl: zgw.zakenUrl,
      catalogiUrl: zgw.catalogiUrl,
      zaaktype: zgw.zaaktype,
      roltype: zgw.roltype,
      bronorganisatie: RSIN,
      clientId: CLIENT_ID,
    };
    writeFileSync(file, JSON.stringify({ database: (db.location as { file: string }).file, zgw: section }));
    const config = loadConfig(file, { ZGW_SECRET: SECRET }, { port: '0' });
    const lines: string[] = [];
    const running = await startServer(config, { logger: (r) => lines.push(JSON.stringify(r)), today: () => TODAY });
    try {
      const key = 'serve-zgw-1';
      const response = await postRequest(running.url, validRequest, key);
      assert.equal(response.status, 201);
      const text = await response.text();
      assert.equal(zakenWith({ zgw } as Stack, await identificatieFor(key)).length, 1);
      assert.ok(lines.some((l) => l.includes('"msg":"listening"') && l.includes('"zgw":true')));
      assert.ok(lines.some((l) => l.includes('"msg":"zgw filed"')));
      for (const l of [...lines, text]) assert.ok(!l.includes(SECRET), 'the secret is never written');
    } finally {
      await running.close();
      await zgw.close();
      await db.drop();
    }
    assert.deepEqual(zgw.problems, []);
  });
});
