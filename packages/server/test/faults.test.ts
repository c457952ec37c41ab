// Under load and faults: rate limit, a crash (SIGKILL) in the middle of a burst, a locked or
// unreachable database, and errors that never show a stack trace.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createWooServer } from '../src/app.js';
import { openPostgres, openSqlite } from '../src/store/db.js';
import { openStore, WooStore } from '../src/store/store.js';
import { databases, forEachDatabase, postRequest, testDatabase, validRequest } from './support/harness.js';

const here = dirname(fileURLToPath(import.meta.url));

async function serve(store: WooStore): Promise<{ base: string; close(): Promise<void> }> {
  const woo = createWooServer({ store, today: () => '2025-03-28' });
  const server = createServer((req, res) => void woo.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

forEachDatabase(
  'rate limit',
  (ctx) => {
    test('the public POST is limited per client: 429 with Retry-After, and nothing stored', async () => {
      const before = await ctx.store.countRequests();
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const response = await postRequest(ctx.base);
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after');
          assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'too-many-requests');
        }
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, `Retry-After ${retryAfter}`);
      assert.equal(await ctx.store.countRequests(), before + 3);
      // Reading is not limited.
      assert.equal((await fetch(`${ctx.base}/api/timeliness`)).status, 200);
    });
  },
  { rateLimit: { limit: 3, windowMs: 60_000 } },
);

forEachDatabase(
  'rate limit behind a reverse proxy',
  (ctx) => {
    test('with trustProxy, clients are told apart by X-Forwarded-For', async () => {
      const as = (address: string) =>
        postRequest(ctx.base, validRequest, `proxy-${Math.random()}`, { 'x-forwarded-for': `${address}, 10.0.0.1` });
      assert.equal((await as('192.0.2.1')).status, 201);
      assert.equal((await as('192.0.2.1')).status, 429);
      assert.equal((await as('192.0.2.2')).status, 201, 'another client still gets through');
    });
  },
  { rateLimit: { limit: 1 }, trustProxy: true },
);

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'support/child-server.ts')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, base: line.trim() });
    });
    child.once('exit', (code) => reject(new Error(`child server exited early (${code})`)));
  });
}

for (const kind of databases) {
  describe(`crash during a burst (${kind})`, () => {
    test(
      'after SIGKILL and a restart, every request that got ' + 'a 201 is there, none twice, none half-written',
      async (t) => {
        const db = await testDatabase(kind);
        const env =
          'file' in db.location
            ? { WOO_KIT_TEST_DATABASE: db.location.file }
            : { DATABASE_URL: db.location.databaseUrl };
        try {
          let { child, base } = await startChild(env);
          const created = new Map<string, string>(); // key → id
          const keys = Array.from({ length: 400 }, (_, i) => `crash-${kind}-${i}`);
          let next = 0;
          let killed = false;
          const worker = async () => {
            while (next < keys.length) {
              const key = keys[next++]!;
              try {
                const response = await postRequest(
                  base,
                  { ...validRequest, subject: `Crashtest ${key}: alle stukken` },
                  key,
                );
                if (response.status === 201) created.set(key, ((await response.json()) as { id: string }).id);
              } catch {
                // The server died: this request may or may not have been stored.
              }
              if (!killed && created.size >= 60) {
                killed = true;
                child.kill('SIGKILL');
              }
            }
          };
          await Promise.all(Array.from({ length: 16 }, worker));
          assert.ok(killed, 'the server was killed in the middle of the burst');
          await new Promise((resolve) =>
            child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
          );
          ({ child, base } = await startChild(env));
          try {
            const store = await openStore(db.location);
            try {
              const stored = await store.listRequests();
              t.diagnostic(
                `${created.size} answered 201 before or during the kill; ${stored.length} stored after the restart`,
              );
              const ids = stored.map((s) => s.request.id);
              assert.equal(new Set(ids).size, ids.length, 'no reference twice');
              const storedKeys = stored.map((s) => s.idempotencyKey);
              assert.equal(new Set(storedKeys).size, storedKeys.length, 'no key twice');
              for (const [key, id] of created) {
                const row = stored.find((s) => s.request.id === id);
                assert.ok(row, `${id} (201) is there`);
                assert.equal(row.idempotencyKey, key);
              }
              for (const s of stored) {
                // Not half-written: every row is a whole, valid request with its token hash.
                assert.match(s.tokenHash, /^[0-9a-f]{64}$/);
                assert.match(s.request.subject, /^Crashtest crash-/);
                assert.equal(s.request.receivedOn, '2025-03-28');
              }
              // Retrying every key after the restart creates nothing twice and loses nothing.
              for (const key of keys.slice(0, 120)) {
                const response = await postRequest(
                  base,
                  { ...validRequest, subject: `Crashtest ${key}: alle stukken` },
                  key,
                );
                assert.ok(response.status === 200 || response.status === 201, `${key}: ${response.status}`);
                const { id } = (await response.json()) as { id: string };
                if (created.has(key)) assert.equal(id, created.get(key));
              }
              const after = await store.listRequests();
              assert.equal(new Set(after.map((s) => s.request.id)).size, after.length);
              assert.equal(new Set(after.map((s) => s.idempotencyKey)).size, after.length);
            } finally {
              await store.close();
            }
          } finally {
            child.kill('SIGTERM');
          }
        } finally {
          await db.drop();
        }
      },
    );
  });
}

describe('database faults', () => {
  test('a locked SQLite database answers 503 with Retry-After, never a stack trace', async () => {
    const db = await testDatabase('sqlite');
    const file = (db.location as { file: string }).file;
    const store = new WooStore(openSqlite(file, { busyTimeoutMs: 100 }));
    await store.migrate();
    const server = await serve(store);
    const locker = new Database(file);
    try {
      locker.exec('BEGIN EXCLUSIVE');
      const response = await postRequest(server.base);
      assert.equal(response.status, 503);
      assert.ok(Number(response.headers.get('retry-after')) > 0);
      const text = await response.text();
      assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'service-unavailable');
      assert.doesNotMatch(text, /SQLITE|at .*\.ts|stack/i);
      locker.exec('ROLLBACK');
      assert.equal((await postRequest(server.base)).status, 201, 'works again once the lock is gone');
    } finally {
      locker.close();
      await server.close();
      await store.close();
      await db.drop();
    }
  });

  test('a locked PostgreSQL table answers 503 with Retry-After once the lock wait runs out', async () => {
    const db = await testDatabase('postgres');
    const url = (db.location as { databaseUrl: string }).databaseUrl;
    const store = new WooStore(openPostgres(url, { lockTimeoutMs: 200 }));
    await store.migrate();
    const server = await serve(store);
    const locker = openPostgres(url);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holding = locker.transaction(async (tx) => {
      await tx.exec('LOCK TABLE woo_requests IN ACCESS EXCLUSIVE MODE');
      locked();
      await held;
    });
    try {
      await lockTaken;
      const response = await postRequest(server.base);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.doesNotMatch(await response.text(), /lock|55P03|stack/i);
      release();
      await holding;
      assert.equal((await postRequest(server.base)).status, 201, 'works again once the lock is gone');
    } finally {
      release();
      await holding.catch(() => undefined);
      await locker.close();
      await server.close();
      await store.close();
      await db.drop();
    }
  });

  test('an unreachable PostgreSQL answers 503 with Retry-After on every route that needs it', async () => {
    // Port 1 on loopback: nothing listens there, so connecting fails at once.
    const store = new WooStore(openPostgres('postgres://nobody:nothing@127.0.0.1:1/none', { connectTimeoutMs: 500 }));
    const server = await serve(store);
    try {
      for (const response of [
        await postRequest(server.base),
        await fetch(`${server.base}/api/timeliness`),
        await fetch(`${server.base}/api/requests/WOO-2025-0001`, { headers: { authorization: 'Bearer abc' } }),
      ]) {
        assert.equal(response.status, 503);
        assert.equal(response.headers.get('retry-after'), '5');
        const text = await response.text();
        assert.doesNotMatch(text, /ECONNREFUSED|at .*\.(ts|js)|stack/i);
      }
      // robots.txt needs no database and keeps working.
      assert.equal((await fetch(`${server.base}/robots.txt`)).status, 200);
    } finally {
      await server.close();
      await store.close();
    }
  });

  test('a bug is a 500 with a typed JSON error and no stack trace', async () => {
    const store = new WooStore(openSqlite(':memory:'));
    await store.migrate();
    store.listPublications = () => Promise.reject(new TypeError('secret internals at /srv/app.js:12'));
    const server = await serve(store);
    try {
      const response = await fetch(`${server.base}/api/publications`);
      assert.equal(response.status, 500);
      const text = await response.text();
      assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'internal-error');
      assert.doesNotMatch(text, /secret|internals|app\.js/);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
