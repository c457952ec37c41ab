// startServer, what `woo-kit serve` runs: migrations on start, the retention job, configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, migrations, openStore, startServer } from '../src/index.js';

test('on start the server runs the migrations and its retention job by itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-serve-'));
  const database = join(dir, 'serve.sqlite');
  try {
    const store = await openStore({ file: database });
    await store.seed(
      [
        {
          id: 'WOO-2023-0001',
          receivedOn: '2023-01-10',
          channel: 'email',
          subject: 'Oud verzoek',
          requester: { email: 'oud@voorbeeld.nl' },
          events: [{ type: 'decided', on: '2023-02-01', outcome: 'notHeld' }],
        },
      ],
      [],
      { closedOn: () => '2023-02-01' },
    );
    const versions = await store.db.all<{ version: number }>('SELECT version FROM woo_schema_migrations');
    assert.deepEqual(
      versions.map((v) => Number(v.version)),
      migrations.map((m) => m.version),
    );
    assert.deepEqual(await store.migrate(), [], 'a second run applies nothing');
    await store.close();
    const logs: Record<string, unknown>[] = [];
    const running = await startServer(
      { port: 0, host: '127.0.0.1', database, retentionMonths: 12 },
      { logger: (r) => logs.push(r), today: () => '2025-03-28' },
    );
    try {
      for (let i = 0; i < 50 && !logs.some((l) => l['msg'] === 'retention'); i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.equal(logs.find((l) => l['msg'] === 'retention')?.['erased'], 1);
      assert.equal((await running.store.getRequest('WOO-2023-0001'))!.request.requester, undefined);
      assert.equal((await fetch(`${running.url}/robots.txt`)).headers.get('referrer-policy'), 'no-referrer');
    } finally {
      await running.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('configuration: file, then environment, then options; typos stop the start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-config-'));
  try {
    const file = join(dir, 'woo-kit.json');
    writeFileSync(file, JSON.stringify({ port: 9000, publicOrigin: 'https://www.voorbeeld.nl', retentionMonths: 6 }));
    const config = loadConfig(file, { DATABASE_URL: 'postgres://u:p@127.0.0.1/woo' }, { port: '9100' });
    assert.equal(config.port, 9100);
    assert.equal(config.databaseUrl, 'postgres://u:p@127.0.0.1/woo');
    assert.equal(config.retentionMonths, 6);
    assert.equal(config.host, '127.0.0.1');
    assert.throws(() => loadConfig(undefined, {}, { port: 'tachtig' }), ConfigError);
    assert.throws(() => loadConfig(undefined, {}, { publicOrigin: 'https://www.voorbeeld.nl/pad/' }), ConfigError);
    writeFileSync(file, JSON.stringify({ oidc: { issuer: 'https://login.voorbeeld.nl' } }));
    assert.throws(() => loadConfig(file, {}, {}), /oidc.audience is required/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
