// Dates are calendar dates: the results must not change with the TZ environment variable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = `
import { computeDeadline, deadlineStatus, holidaysInYear, timelinessStatistics } from './src/index.js';
const out = [];
for (let m = 1; m <= 12; m++) for (const d of [1, 15, 28]) {
  const receivedOn = '2025-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0');
  const suspensions = [{ kind: 'zienswijze', notifiedOn: receivedOn, endedOn: receivedOn }];
  out.push(JSON.stringify(computeDeadline({ receivedOn, postponedOn: receivedOn, suspensions })));
}
out.push(JSON.stringify(deadlineStatus({ receivedOn: '2023-03-30' }, '2023-04-28')));
out.push(JSON.stringify(holidaysInYear(2025)));
const decided = [{ receivedOn: '2025-01-06', decidedOn: '2025-01-20' }];
out.push(JSON.stringify(timelinessStatistics(decided, { today: '2025-04-01' })));
console.log(out.join('\\n'));
`;

function runIn(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
}

test('results are the same under TZ=Pacific/Kiritimati, America/Los_Angeles and UTC', () => {
  const kiritimati = runIn('Pacific/Kiritimati');
  const losAngeles = runIn('America/Los_Angeles');
  const utc = runIn('UTC');
  assert.ok(kiritimati.includes('"deadline"'));
  assert.equal(kiritimati, losAngeles);
  assert.equal(kiritimati, utc);
});

test('todayInAmsterdam gives the Dutch calendar date as YYYY-MM-DD, whatever the TZ variable', async () => {
  const { todayInAmsterdam } = await import('../src/index.js');
  const { todayCases } = await import('./today-cases.js');
  for (const { at, date } of todayCases) assert.equal(todayInAmsterdam(Date.parse(at)), date, at);
  assert.match(todayInAmsterdam(), /^\d{4}-\d{2}-\d{2}$/);
});
