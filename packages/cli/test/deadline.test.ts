import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const lines = (s: string): unknown[] =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

test(
  '--jsonl: one result per line, in order; bad lines ' + 'give an error line and the batch goes on (exit 1)',
  async () => {
    const input = [
      '{"receivedOn":"2023-03-30","postponedOn":"2023-04-20"}',
      '{"receivedOn":"2025-03-28"',
      '{"receivedOn":"2025-02-30"}',
      '{"receivedOn":"2025-03-03","suspensions":[{"kind":"zienswijze","notifiedOn":"2025-03-10",' +
        '"endedOn":"2025-03-09"}]}',
      '',
      '{"receivedOn":"2025-03-03","suspensions":[{"kind":"vakantie","days":3}]}',
      '{"postponedOn":"2025-03-03"}',
      '{"receivedOn":"2025-03-03"}',
    ].join('\n');
    const r = await runCli(['deadline', '--jsonl'], input);
    assert.equal(r.code, 1);
    const out = lines(r.stdout) as Record<string, unknown>[];
    assert.equal(out.length, 7); // the empty line is skipped
    assert.equal(out[0]!['deadline'], '2023-05-11');
    assert.equal(out[0]!['firstTermEnd'], '2023-04-28');
    assert.equal(out[0]!['postponementValid'], true);
    assert.equal((out[0]!['alternatives'] as { deadline: string }[])[0]!.deadline, '2023-05-12');
    assert.ok(Array.isArray(out[0]!['steps']) && (out[0]!['steps'] as unknown[]).length > 5);
    const codes = out.slice(1, 6).map((o) => (o['error'] as { code: string }).code);
    assert.deepEqual(codes, [
      'invalid-json',
      'invalid-date',
      'ended-before-notified',
      'unknown-suspension-kind',
      'missing-received-on',
    ]);
    for (const o of out.slice(1, 6)) {
      const e = o['error'] as { message: { nl: string; en: string } };
      assert.ok(e.message.nl.length > 0 && e.message.en.length > 0);
    }
    assert.equal(out[6]!['deadline'], '2025-03-31');
  },
);

test('--jsonl exits 0 when every line is fine; --today adds a status', async () => {
  const r = await runCli(['deadline', '--jsonl', '--today', '2025-03-24'], '{"receivedOn":"2025-03-03"}\n');
  assert.equal(r.code, 0);
  const [out] = lines(r.stdout) as { status: { stage: string; daysLeft: number; workingDaysLeft: number } }[];
  assert.deepEqual([out!.status.stage, out!.status.daysLeft, out!.status.workingDaysLeft], ['within-term', 7, 5]);
});

test('--received prints the explanation for people, in Dutch by default and in English with --lang en', async () => {
  const nl = await runCli(['deadline', '--received', '2023-03-30', '--postponed', '2023-04-20']);
  assert.equal(nl.code, 0);
  assert.match(nl.stdout, /Uiterlijke beslisdatum: 2023-05-11/);
  assert.match(nl.stdout, /Andere uitleg: 2023-05-12/);
  assert.match(nl.stdout, /Koningsdag/);
  const en = await runCli(['deadline', '--received', '2023-03-30', '--lang', 'en']);
  assert.match(en.stdout, /Decision due by: 2023-04-28/);
  assert.match(en.stdout, /King's Day/);
});

test('--zienswijze and --aanvulling are repeatable; --today shows the status; --json prints JSON', async () => {
  const args = [
    'deadline',
    '--received',
    '2025-03-03',
    '--zienswijze',
    '2025-03-10:2025-03-20',
    '--aanvulling',
    '2025-03-15:2025-03-25',
    '--today',
    '2025-03-18',
  ];
  const text = await runCli(args);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /Uiterlijke beslisdatum: 2025-04-14/);
  assert.match(text.stdout, /Opgeschorte dagen: 14/);
  assert.match(text.stdout, /Stand van zaken \(2025-03-18\): termijn staat stil\./);
  const json = await runCli([...args, '--json']);
  const out = JSON.parse(json.stdout) as { deadline: string; suspendedDays: number; status: { stage: string } };
  assert.deepEqual([out.deadline, out.suspendedDays, out.status.stage], ['2025-04-14', 14, 'suspended']);
});

test('invalid input exits 1 with a typed message; usage errors exit 2', async () => {
  const bad = await runCli(['deadline', '--received', '2025-02-30']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /invalid-date/);
  const ended = await runCli([
    'deadline',
    '--received',
    '2025-03-03',
    '--zienswijze',
    '2025-03-10:2025-03-09',
    '--lang',
    'en',
  ]);
  assert.equal(ended.code, 1);
  assert.match(ended.stderr, /endedOn is before notifiedOn/);
  assert.equal((await runCli(['deadline'])).code, 2);
  assert.equal((await runCli(['deadline', '--received', '2025-03-03', '--zienswijze', '2025-03-10'])).code, 2);
  assert.equal((await runCli(['deadline', '--received', '2025-03-03', '--lang', 'fr'])).code, 2);
  assert.equal((await runCli(['deadline', '--received', '2025-03-03', '--bogus', 'x'])).code, 2);
  const help = await runCli(['deadline', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Exit codes/);
});

test('the output does not depend on TZ (child processes under Pacific/Kiritimati and America/Los_Angeles)', () => {
  const cli = fileURLToPath(new URL('../src/woo-kit.ts', import.meta.url));
  const input = [
    '{"receivedOn":"2023-03-30","postponedOn":"2023-04-20"}',
    '{"receivedOn":"2025-12-31","suspensions":[{"kind":"aanvulling","notifiedOn":"2026-01-02",' +
      '"endedOn":"2026-01-09"}]}',
  ].join('\n');
  const run = (tz: string): string =>
    execFileSync(process.execPath, ['--import', 'tsx', cli, 'deadline', '--jsonl', '--today', '2026-01-20'], {
      input,
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
  const a = run('Pacific/Kiritimati');
  const b = run('America/Los_Angeles');
  assert.ok(a.includes('"deadline"'));
  assert.equal(a, b);
});

test('the status line for people names the stage in the chosen language', async () => {
  const nl = await runCli(['deadline', '--received', '2025-03-03', '--today', '2025-03-24']);
  assert.match(nl.stdout, /^Stand van zaken \(2025-03-24\): termijn loopt\. /m);
  const en = await runCli(['deadline', '--received', '2025-03-03', '--today', '2025-03-24', '--lang', 'en']);
  assert.match(en.stdout, /^Status \(2025-03-24\): term running\. /m);
});
