import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  validateContactPoint,
  validateDecision,
  validateOrganisation,
  validatePublication,
  validateWooRequest,
} from '@woo-kit/core';
import { runCli } from './run-cli.js';

const cases = {
  request: validateWooRequest,
  publication: validatePublication,
  contact: validateContactPoint,
  decision: validateDecision,
  organisation: validateOrganisation,
} as const;

for (const [kind, validate] of Object.entries(cases)) {
  test(`example ${kind} prints a valid document as pretty JSON`, async () => {
    const r = await runCli(['example', kind]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^\{\n {2}"/);
    const value: unknown = JSON.parse(r.stdout);
    assert.equal(validate(value).ok, true);
  });
}

test('example without or with an unknown kind is a usage error', async () => {
  const none = await runCli(['example']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /usage: woo-kit example/);
  assert.equal((await runCli(['example', 'letter'])).code, 2);
});
