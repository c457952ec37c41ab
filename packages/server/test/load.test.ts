// A burst of concurrent submissions with overlapping retries, against both databases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLoad } from '../scripts/load.js';
import { forEachDatabase } from './support/harness.js';

forEachDatabase('load', (ctx) => {
  test('a burst of concurrent requests with overlapping retries loses nothing and duplicates nothing', async () => {
    const before = await ctx.store.countRequests();
    const result = await runLoad(ctx.base, ctx.keys.reader, 120, 20);
    assert.equal(result.keys, 120);
    assert.equal(result.failed, 0);
    assert.equal(result.created, 120);
    assert.equal(result.replayed, result.posts - 120);
    assert.deepEqual(result.lost, []);
    assert.deepEqual(result.duplicated, []);
    assert.equal(await ctx.store.countRequests(), before + 120);
  });
});
