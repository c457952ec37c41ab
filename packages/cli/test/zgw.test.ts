import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline } from '@woo-kit/deadlines';
import { createZgwClient } from '@woo-kit/zgw';
import { runCli } from './run-cli.js';
// The ZGW test helpers of @woo-kit/zgw: a zaak as Open Zaak JSON, and the local test server that
// validates every request and its own answers against the official OpenAPI documents.
import { buildZaak } from '../../zgw/test/build-zaak.js';
import { runScenario } from '../../zgw/test/scenario.js';
import { startZgwServer, RSIN, type ZgwTestServer } from '../../zgw/test/zgw-server.js';

const lines = (s: string): Record<string, unknown>[] =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const CLIENT_ID = 'woo-kit-cli-test';
const SECRET = 'cli-secret-4b1d9e2a-never-printed';
let server: ZgwTestServer;

before(async () => {
  server = await startZgwServer({ clientId: CLIENT_ID, secret: SECRET });
});
after(async () => {
  await server.close();
  assert.deepEqual(server.problems, []);
});

test('zgw deadline --jsonl: one line per case; bad lines give a typed error line and the batch goes on', async () => {
  const good = buildZaak({
    receivedOn: '2025-03-03',
    events: [
      { date: '2025-03-11', hour: 0, minute: 30, event: { type: 'suspend', reden: 'Zienswijze derde gevraagd' } },
      { date: '2025-03-20', hour: 11, minute: 0, event: { type: 'resume' } },
    ],
  });
  const noStart = { ...good, zaak: { ...good.zaak, startdatum: 'maandag' } };
  const input = [
    JSON.stringify(good),
    '{"zaak":',
    JSON.stringify({ audittrail: [] }),
    JSON.stringify(noStart),
    '',
    JSON.stringify(good),
  ].join('\n');
  const r = await runCli(['zgw', 'deadline', '--jsonl', '--today', '2025-04-01'], input);
  assert.equal(r.code, 1);
  const out = lines(r.stdout);
  assert.equal(out.length, 5);
  const first = out[0]!;
  for (const key of [
    'zaak',
    'identificatie',
    'receivedOn',
    'deadline',
    'uiterlijkeEinddatumAfdoening',
    'differsByDays',
    'warnings',
    'steps',
    'reasons',
  ])
    assert.ok(key in first, key);
  assert.equal(first['zaak'], good.zaak['url']);
  assert.equal(first['identificatie'], 'WOO-2025-0001');
  assert.equal(
    first['deadline'],
    computeDeadline({
      receivedOn: '2025-03-03',
      suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-11', endedOn: '2025-03-20' }],
    }).deadline,
  );
  assert.equal(first['uiterlijkeEinddatumAfdoening'], '2025-03-31');
  assert.equal(first['differsByDays'], -9);
  assert.deepEqual(
    out.slice(1, 4).map((o) => (o['error'] as { code: string }).code),
    ['invalid-json', 'zaak-missing', 'zaak-missing-date'],
  );
  assert.equal((out[3]!['error'] as { path: string }).path, '/zaak/startdatum');
  assert.deepEqual(out[4], first);
});

test(
  'zgw report: the zaken of a zaaktype from a Zaken API, one line each, then the on-time statistics; the secret ' +
    'is never printed',
  async () => {
    const client = createZgwClient({
      zakenUrl: server.zakenUrl,
      clientId: CLIENT_ID,
      secret: SECRET,
      requestsPerSecond: 1000,
    });
    const at = (iso: string) => (server.now = Date.parse(iso));
    const target = {
      zakenUrl: server.zakenUrl,
      zaaktype: server.zaaktype,
      eindStatustype: server.statustypen.find((s) => s['isEindstatus'])!['url'] as string,
      resultaattype: server.resultaattypen['verstrekt']!['url'] as string,
      bronorganisatie: RSIN,
      at,
    };
    await runScenario(client, target, 'WOO-CLI-1', '2025-03-03');
    // Two open zaken: one received in April, one suspended and still suspended.
    at('2025-04-01T08:00:00Z');
    await client.createZaak({
      identificatie: 'WOO-CLI-2',
      bronorganisatie: RSIN,
      zaaktype: server.zaaktype,
      verantwoordelijkeOrganisatie: RSIN,
      startdatum: '2025-04-01',
    });
    const { zaak } = await client.createZaak({
      identificatie: 'WOO-CLI-3',
      bronorganisatie: RSIN,
      zaaktype: server.zaaktype,
      verantwoordelijkeOrganisatie: RSIN,
      startdatum: '2025-04-01',
    });
    at('2025-04-07T09:00:00Z');
    await client.patchZaak(zaak.url!, { opschorting: { indicatie: true, reden: 'Verzoek om aanvulling' } });

    const env = { ZGW_CLIENT_ID: CLIENT_ID, ZGW_SECRET: SECRET };
    const {
      code,
      stdout: out,
      stderr: err,
    } = await runCli(
      [
        'zgw',
        'report',
        '--base-url',
        server.zakenUrl,
        '--zaaktype',
        server.zaaktype,
        '--today',
        '2025-04-20',
        '--requests-per-second',
        '1000',
      ],
      '',
      env,
    );
    assert.equal(err, '');
    assert.equal(code, 0);
    const result = lines(out);
    assert.equal(result.length, 4);
    const byId = new Map(result.slice(0, 3).map((l) => [l['identificatie'], l]));
    assert.equal(byId.get('WOO-CLI-1')!['deadline'], '2025-04-23');
    assert.equal(byId.get('WOO-CLI-1')!['decidedOn'], '2025-04-10');
    assert.equal(byId.get('WOO-CLI-2')!['deadline'], '2025-04-29');
    // Suspended since 7 April (Awb 4:15 lid 1): standing still on 8 … 20 April as of today, 13 days.
    assert.equal(
      byId.get('WOO-CLI-3')!['deadline'],
      computeDeadline({
        receivedOn: '2025-04-01',
        suspensions: [{ kind: 'aanvulling', notifiedOn: '2025-04-07', endedOn: '2025-04-21' }],
      }).deadline,
    );
    const stats = result[3]!['statistics'] as {
      requests: number;
      decided: number;
      open: number;
      withinLegalDeadline: { count: number };
    };
    assert.deepEqual([stats.requests, stats.decided, stats.open, stats.withinLegalDeadline.count], [3, 1, 2, 1]);
    assert.ok(!out.includes(SECRET) && !err.includes(SECRET));
    assert.deepEqual(server.problems, []);
  },
);

test(
  'zgw report: usage errors (no secret in the environment, no zaaktype) and a zaaksysteem that refuses the ' + 'token',
  async () => {
    const noSecret = await runCli(
      ['zgw', 'report', '--base-url', server.zakenUrl, '--zaaktype', server.zaaktype, '--client-id', 'x'],
      '',
      {},
    );
    assert.equal(noSecret.code, 2);
    const r = await runCli(['zgw', 'report', '--base-url', server.zakenUrl]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--zaaktype/);
    const refused = await runCli(
      ['zgw', 'report', '--base-url', server.zakenUrl, '--zaaktype', server.zaaktype, '--retries', '0'],
      '',
      { ZGW_CLIENT_ID: CLIENT_ID, ZGW_SECRET: 'wrong-secret-value' },
    );
    assert.equal(refused.code, 1);
    assert.equal((lines(refused.stdout)[0]!['error'] as { code: string }).code, 'zgw-http');
    assert.ok(!refused.stdout.includes('wrong-secret-value') && !refused.stderr.includes('wrong-secret-value'));
  },
);

test('zgw deadline --mapping: a mapping file is read and checked once (a bad one is a usage error)', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-zgw-'));
  const good = join(dir, 'good.json');
  const bad = join(dir, 'bad.json');
  writeFileSync(good, JSON.stringify({ receivedOn: 'registratiedatum' }));
  writeFileSync(bad, JSON.stringify({ otherSuspension: 'vakantie' }));
  const zaak = buildZaak({ receivedOn: '2025-03-03', events: [] });
  const line = JSON.stringify({ ...zaak, zaak: { ...zaak.zaak, registratiedatum: '2025-03-04' } });
  const r = await runCli(['zgw', 'deadline', '--jsonl', '--mapping', good, '--today', '2025-03-10'], line);
  assert.equal(r.code, 0);
  assert.equal(lines(r.stdout)[0]!['receivedOn'], '2025-03-04');
  const u = await runCli(['zgw', 'deadline', '--jsonl', '--mapping', bad], line);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /otherSuspension/);
});
