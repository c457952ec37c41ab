import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleContactPoint, examplePublication, exampleWooRequest } from '@woo-kit/core';
import fc from 'fast-check';
import { jsonErrorOffset } from '../src/commands/validate.js';
import { runCli } from './run-cli.js';

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

test('a valid request from stdin: exit 0 and a summary', async () => {
  const r = await runCli(['validate', 'request'], pretty(exampleWooRequest));
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '1 document gecontroleerd: 1 geldig, 0 ongeldig (0 fouten).\n');
});

test('errors in one pretty document carry the line of the value and its path', async () => {
  const doc = { ...exampleWooRequest, receivedOn: '2025-02-30' };
  delete (doc as Record<string, unknown>)['subject'];
  const r = await runCli(['validate', 'request', '--lang', 'en'], pretty(doc));
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  // "receivedOn" is on line 3 of the pretty document; the missing "subject" points at the object (line 1).
  assert.deepEqual(lines.slice(0, -1).sort(), [
    'line 1: /subject: required — The field "subject" is missing. It is required.',
    'line 3: /receivedOn: invalid-date — This date does not exist or is not written as YYYY-MM-DD.',
  ]);
  assert.equal(lines.at(-1), '1 document checked: 0 valid, 1 invalid (2 errors).');
});

test('JSON lines: one document per line, errors by input line, invalid JSON reported', async () => {
  const input = [
    JSON.stringify(exampleWooRequest),
    '',
    JSON.stringify({ ...exampleWooRequest, channel: 'fax' }),
    '{ not json',
    JSON.stringify({ ...exampleWooRequest, events: [{ type: 'released', on: '2025-03-04' }] }),
  ].join('\n');
  const r = await runCli(['validate', 'request'], input);
  assert.equal(r.code, 1);
  const out = r.stdout.trimEnd().split('\n');
  assert.match(out[0]!, /^line 3: \/channel: not-allowed-value — Deze waarde is niet toegestaan\./);
  assert.match(out[1]!, /^line 4: \/: invalid-json — Dit is geen geldige JSON/);
  assert.match(out[2]!, /^line 5: \/events\/0: invalid-transition — /);
  assert.equal(out[3], '4 documenten gecontroleerd: 1 geldig, 3 ongeldig (3 fouten).');
});

test('--json prints one machine-readable result per document', async () => {
  const input = `${JSON.stringify(examplePublication)}\n${JSON.stringify({ ...examplePublication, language: 'xx' })}\n`;
  const r = await runCli(['validate', 'publication', '--json'], input);
  assert.equal(r.code, 1);
  const rows = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(rows[0], { line: 1, ok: true });
  assert.deepEqual(rows[1], {
    line: 2,
    ok: false,
    errors: [
      {
        line: 2,
        path: '/language',
        code: 'unknown-language',
        message: {
          nl: 'Deze waarde staat niet in de lijst van de talen (zoals NLD).',
          en: 'This value is not in the list of the languages (such as NLD).',
        },
      },
    ],
  });
});

test('reads a FILE; a missing file or unknown kind is exit code 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-validate-'));
  try {
    const file = join(dir, 'contact.json');
    writeFileSync(file, pretty(exampleContactPoint));
    const ok = await runCli(['validate', 'contact', file]);
    assert.equal(ok.code, 0);
    const missing = await runCli(['validate', 'contact', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal((await runCli(['validate', 'letter'])).code, 2);
  assert.equal((await runCli(['validate'])).code, 2);
});

test('empty input and a broken pretty document are invalid JSON (exit 1)', async () => {
  const empty = await runCli(['validate', 'request'], '');
  assert.equal(empty.code, 1);
  assert.match(empty.stdout, /invalid-json/);
  const broken = await runCli(['validate', 'request', '--lang', 'en'], '{\n  "id": "x",\n  "subject": \n}\n');
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /^line 4: \/: invalid-json — /);
});

test('property: the JSON syntax scan agrees with JSON.parse', () => {
  const parses = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      assert.equal(jsonErrorOffset(JSON.stringify(value)), -1);
      assert.equal(jsonErrorOffset(JSON.stringify(value, null, 2)), -1);
    }),
  );
  const jsonish = fc.array(
    fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"\\u12"',
      '1',
      '-0.5e3',
      '01',
      'true',
      'nul',
      ' ',
      '\n',
      '"\n"',
    ),
    { maxLength: 12 },
  );
  fc.assert(
    fc.property(jsonish, (parts) => {
      const text = parts.join('');
      assert.equal(jsonErrorOffset(text) === -1, parses(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
