/**
 * A bounded burst against the woo-kit server on this machine: `requests` new requests, sent with
 * `concurrency` at a time; every one is sent 1 to 3 times with the same Idempotency-Key (retries
 * overlap on purpose). Then it checks that nothing was lost or duplicated: every key got one
 * reference, every reference is stored exactly once.
 *
 *   pnpm --filter @woo-kit/server load [-- --url http://localhost:8000 --key wk_… --requests 300 --concurrency 30]
 *
 * The check reads the stored requests with an API key of role reader (`--key`, or WOO_KIT_API_KEY).
 * Without --url it starts its own server on a temporary SQLite database. Only loopback addresses are
 * allowed as a target. The burst is bounded in count and time and stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHttpServer, createWooServer, newApiKey, openStore, scopesOfRole } from '../src/index.js';

export interface LoadResult {
  readonly keys: number;
  readonly posts: number;
  readonly created: number;
  readonly replayed: number;
  readonly failed: number;
  readonly lost: string[];
  readonly duplicated: string[];
  readonly seconds: number;
}

export async function runLoad(
  url: string,
  apiKey: string,
  requests = 300,
  concurrency = 30,
  deadlineMs = 60_000,
): Promise<LoadResult> {
  const target = new URL(url);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(target.hostname))
    throw new Error(`load: only loopback targets are allowed, not ${target.hostname}`);
  const started = Date.now();
  const idsByKey = new Map<string, Set<string>>();
  let posts = 0;
  let created = 0;
  let replayed = 0;
  let failed = 0;
  const send = async (key: string, i: number) => {
    posts += 1;
    const response = await fetch(new URL('/api/requests', target), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({
        subject: `Belastingtest ${i}: alle stukken over onderwerp ${i}`,
        preferredResponse: 'documents',
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 201) created += 1;
    else if (response.status === 200) replayed += 1;
    else {
      failed += 1;
      return;
    }
    const { id } = (await response.json()) as { id: string };
    idsByKey.get(key)!.add(id);
  };
  const run = Date.now().toString(36);
  const jobs = Array.from({ length: requests }, (_, i) => async () => {
    const key = `load-${run}-${i}`;
    idsByKey.set(key, new Set());
    const tries = 1 + (i % 3);
    // Retries of one key go out together, as a client that times out and retries would send them.
    await Promise.all(Array.from({ length: tries }, () => send(key, i).catch(() => void (failed += 1))));
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length && Date.now() - started < deadlineMs) await jobs[next++]!();
    }),
  );
  const listing = await fetch(new URL('/api/requests', target), { headers: { authorization: `Bearer ${apiKey}` } });
  if (!listing.ok)
    throw new Error(`load: cannot list the stored requests (HTTP ${listing.status}); give an API key of role reader`);
  const stored = ((await listing.json()) as { items: { id: string }[] }).items.map((r) => r.id);
  const storedCount = new Map<string, number>();
  for (const id of stored) storedCount.set(id, (storedCount.get(id) ?? 0) + 1);
  const lost: string[] = [];
  const duplicated: string[] = [];
  for (const [key, ids] of idsByKey) {
    if (ids.size !== 1) duplicated.push(`${key}: ${ids.size} references`);
    for (const id of ids) {
      const n = storedCount.get(id) ?? 0;
      if (n === 0) lost.push(id);
      if (n > 1) duplicated.push(`${id} stored ${n} times`);
    }
  }
  return {
    keys: idsByKey.size,
    posts,
    created,
    replayed,
    failed,
    lost,
    duplicated,
    seconds: (Date.now() - started) / 1000,
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  let url = option('url', '');
  let key = option('key', process.env['WOO_KIT_API_KEY'] ?? '');
  let stop = async () => {};
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'woo-kit-load-'));
    const store = await openStore({ file: join(dir, 'load.sqlite') });
    const reader = newApiKey();
    await store.createApiKey({ id: reader.id, name: 'load', keyHash: reader.keyHash, scopes: scopesOfRole.reader });
    key = reader.key;
    const server = createHttpServer(createWooServer({ store, rateLimit: { limit: 1_000_000 } }).handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = () =>
      new Promise((resolve) =>
        server.close(() => void store.close().then(() => (rmSync(dir, { recursive: true, force: true }), resolve()))),
      );
  }
  const result = await runLoad(url, key, Number(option('requests', '300')), Number(option('concurrency', '30')));
  await stop();
  console.log(
    `load: ${result.keys} requests, ${result.posts} POSTs (${result.created} created, ${result.replayed} ` +
      `replayed, ${result.failed} failed) in ${result.seconds.toFixed(1)} s`,
  );
  console.log(`load: lost ${result.lost.length}, duplicated ${result.duplicated.length}`);
  for (const line of [...result.lost, ...result.duplicated].slice(0, 20)) console.log(`  ${line}`);
  return result.lost.length || result.duplicated.length || result.failed || result.created !== result.keys ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
