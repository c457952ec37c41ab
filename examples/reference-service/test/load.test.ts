import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServiceServer, openService } from '../src/index.js';
import { runLoad } from '../scripts/load.js';

test('a burst of concurrent requests with overlapping retries loses nothing and duplicates nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-load-test-'));
  const { handler, store } = openService({ file: join(dir, 'load.sqlite'), seed: false });
  const server = createServiceServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const result = await runLoad(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 120, 20);
    assert.equal(result.keys, 120);
    assert.equal(result.failed, 0);
    assert.equal(result.created, 120);
    assert.equal(result.replayed, result.posts - 120);
    assert.deepEqual(result.lost, []);
    assert.deepEqual(result.duplicated, []);
    assert.equal(store.countRequests(), 120);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
