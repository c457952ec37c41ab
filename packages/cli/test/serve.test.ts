import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

test('woo-kit serve token create, list and revoke keep only a hash of the key', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-cli-serve-'));
  const database = join(dir, 'serve.sqlite');
  try {
    const created = await runCli([
      'serve',
      'token',
      'create',
      '--name',
      'zaaksysteem',
      '--role',
      'caseworker',
      '--database',
      database,
    ]);
    assert.equal(created.code, 0, created.stderr);
    const key = JSON.parse(created.stdout) as { id: string; key: string; scopes: string[] };
    assert.match(key.key, /^wk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(key.scopes, ['requests:read', 'requests:write']);
    const listed = await runCli(['serve', 'token', 'list', '--database', database]);
    assert.equal(listed.code, 0);
    assert.ok(listed.stdout.includes(key.id));
    assert.ok(!listed.stdout.includes(key.key), 'the key itself is never shown again');
    const revoked = await runCli(['serve', 'token', 'revoke', key.id, '--database', database]);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.equal((await runCli(['serve', 'token', 'revoke', key.id, '--database', database])).code, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('woo-kit serve: bad options and configuration give one clear line and exit code 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-cli-serve-'));
  try {
    const config = join(dir, 'woo-kit.json');
    writeFileSync(config, JSON.stringify({ prot: 8080 }));
    const typo = await runCli(['serve', '--config', config]);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unknown setting "prot"/);
    const role = await runCli([
      'serve',
      'token',
      'create',
      '--name',
      'x',
      '--role',
      'boss',
      '--database',
      join(dir, 'x.sqlite'),
    ]);
    assert.equal(role.code, 2);
    assert.match(role.stderr, /--role must be one of reader, caseworker, admin/);
    const help = await runCli(['serve', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /DATABASE_URL/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
