// Dates of law do not depend on the machine's time zone: the reading tests pass the same under a time
// zone 14 hours ahead of UTC and one 8 hours behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));

for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
  test(`the zaak reading tests pass with TZ=${tz}`, () => {
    // NODE_TEST_CONTEXT would make the child report to this runner instead of writing TAP.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/from-zaak.test.ts'],
      { cwd: dir, env: { ...env, TZ: tz }, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stdout.slice(-2000));
    assert.match(r.stdout, /^# fail 0$/m);
    assert.doesNotMatch(r.stdout, /^# pass 0$/m);
  });
}
