import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const template = fileURLToPath(new URL('./fixtures/productierapport_template.xlsx', import.meta.url));
const lines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test('decision read: the real template as JSON lines, then a summary by assessment and ground', async () => {
  const { code, stdout, stderr } = await runCli(['decision', 'read', template]);
  assert.equal(code, 0, stderr);
  const out = lines(stdout);
  assert.equal(out.length, 5);
  assert.deepEqual(
    out.slice(0, 4).map((d) => [d.id, d.assessment]),
    [
      ['10001', 'partlyPublic'],
      ['10002', 'public'],
      ['10003', 'alreadyPublic'],
      ['10004', 'public'],
    ],
  );
  assert.deepEqual(out[4], {
    summary: {
      rows: 4,
      documents: 4,
      errors: 0,
      byAssessment: { public: 2, partlyPublic: 1, notPublic: 0, alreadyPublic: 1 },
      byGround: { '5.1.1c': 1, '5.1.2e': 1 },
      suspended: 1,
    },
  });
  assert.match(stderr, /4 documents read from 4 rows/);
  assert.match(stderr, /5\.1\.2e\s+1/);
});

test('decision read: bad rows are error lines with row and column; good rows still come out; exit 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'woo-kit-decision-'));
  try {
    const file = join(dir, 'inventaris.csv');
    await writeFile(
      file,
      'ID;Matter;Document;Datum;Beoordeling;Beoordelingsgrond\n1;M-1;Goed;2020-01-02;Openbaar;\n2;M-1;Fout;' +
        '2020-13-01;Niet openbaar;5.1.2e;\n',
    );
    const { code, stdout } = await runCli(['decision', 'read', file]);
    assert.equal(code, 1);
    const out = lines(stdout);
    assert.equal(out[0]?.id, '1');
    const error = out[1]?.error as Record<string, unknown>;
    assert.equal(error.code, 'invalid-date');
    assert.equal(error.row, 3);
    assert.equal(error.column, 'Datum (D)');
    assert.deepEqual((out[2]?.summary as Record<string, unknown>).errors, 1);
    // A limit the caller sets gives a typed error line, not an exhausted process.
    const limited = await runCli(['decision', 'read', file, '--max-rows', '1']);
    assert.equal(limited.code, 1);
    assert.equal((lines(limited.stdout)[0]?.error as Record<string, unknown>).code, 'inventory-too-many-rows');
    const small = await runCli(['decision', 'read', template, '--max-file-mb', '0.001']);
    assert.equal((lines(small.stdout)[0]?.error as Record<string, unknown>).code, 'inventory-too-large');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('decision: usage errors exit 2', async () => {
  assert.equal((await runCli(['decision'])).code, 2);
  assert.equal((await runCli(['decision', 'read'])).code, 2);
  assert.equal((await runCli(['decision', 'read', template, '--format', 'pdf'])).code, 2);
  assert.equal((await runCli(['decision', 'read', template, '--max-rows', '-3'])).code, 2);
  const missing = await runCli(['decision', 'read', '/nonexistent/x.xlsx']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /ENOENT/);
});

test('example and validate know woo-decision and inventory-item', async () => {
  const example = await runCli(['example', 'woo-decision']);
  assert.equal(example.code, 0);
  const valid = await runCli(['validate', 'woo-decision', '--json'], example.stdout);
  assert.equal(valid.code, 0, valid.stdout + valid.stderr);
  const bad = await runCli(
    ['validate', 'inventory-item', '--json'],
    JSON.stringify({
      id: '1',
      matter: 'M-1',
      name: 'x',
      fileType: 'pdf',
      date: '2020-01-01',
      assessment: 'notPublic',
      grounds: [],
    }),
  );
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /grounds-required/);
});
