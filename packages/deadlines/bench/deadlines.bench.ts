// pnpm bench: computeDeadline throughput against two baselines built on date-holidays, in one run,
// and timelinessStatistics over 100,000 requests. Figures only; no test asserts on time.
//
// - naive: steps day by day and asks date-holidays (`isHoliday`) about every day it steps over;
// - competent: precomputes each year's holidays from date-holidays into a Set of ISO strings and
//   steps UTC `Date` objects;
// - woo-kit: computeDeadline (day numbers, a lazily filled per-day table, lazy `steps`).
// Both baselines count Good Friday and 5 May (date-holidays type "school") as holidays, like the Atw.
import { createRequire } from 'node:module';
import { computeDeadline, timelinessStatistics } from '../src/index.js';

const require = createRequire(import.meta.url);
const Holidays = require('date-holidays') as new (country: string) => {
  isHoliday(date: Date): false | { type: string }[];
  getHolidays(year: number): { date: string; type: string }[];
};
const hd = new Holidays('NL');
const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

// Inputs: receipt dates 2022–2040, spread; half of one workload postponed.
const FIRST = Date.UTC(2022, 0, 1);
const SPAN = (Date.UTC(2040, 11, 31) - FIRST) / DAY;
const N_INPUTS = 4096;
const plain = Array.from({ length: N_INPUTS }, (_, i) => ({ receivedOn: iso(FIRST + ((i * 7919) % SPAN) * DAY) }));
const postponed = plain.map((p, i) => ({
  receivedOn: p.receivedOn,
  postponedOn: iso(Date.parse(p.receivedOn) + (14 + (i % 14)) * DAY),
}));

function naive(input: { receivedOn: string; postponedOn?: string }): string {
  const isClosed = (d: Date): boolean => {
    const w = d.getUTCDay();
    if (w === 0 || w === 6) return true;
    const h = hd.isHoliday(new Date(d.getTime() + 12 * 3_600_000)); // noon UTC is the same day in Amsterdam
    return h !== false && h.some((x) => x.type === 'public' || x.type === 'school');
  };
  let d = new Date(Date.parse(input.receivedOn));
  for (let i = 0; i < 28; i++) {
    d = new Date(d.getTime() + DAY);
    isClosed(d); // asks about every day it steps over
  }
  const raw = d;
  while (isClosed(d)) d = new Date(d.getTime() + DAY);
  if (input.postponedOn !== undefined && Date.parse(input.postponedOn) <= d.getTime()) {
    d = new Date(raw.getTime() + 14 * DAY);
    while (isClosed(d)) d = new Date(d.getTime() + DAY);
  }
  return d.toISOString().slice(0, 10);
}

const yearSets = new Map<number, Set<string>>();
function competent(input: { receivedOn: string; postponedOn?: string }): string {
  const closed = (d: Date): boolean => {
    const w = d.getUTCDay();
    if (w === 0 || w === 6) return true;
    const y = d.getUTCFullYear();
    let set = yearSets.get(y);
    if (set === undefined) {
      set = new Set(
        hd
          .getHolidays(y)
          .filter((h) => h.type === 'public' || h.type === 'school')
          .map((h) => h.date.slice(0, 10)),
      );
      yearSets.set(y, set);
    }
    return set.has(d.toISOString().slice(0, 10));
  };
  const d = new Date(Date.parse(input.receivedOn));
  d.setUTCDate(d.getUTCDate() + 28);
  const raw = new Date(d.getTime());
  while (closed(d)) d.setUTCDate(d.getUTCDate() + 1);
  if (input.postponedOn !== undefined && Date.parse(input.postponedOn) <= d.getTime()) {
    d.setTime(raw.getTime());
    d.setUTCDate(d.getUTCDate() + 14);
    while (closed(d)) d.setUTCDate(d.getUTCDate() + 1);
  }
  return d.toISOString().slice(0, 10);
}

const ours = (input: { receivedOn: string; postponedOn?: string }): string => computeDeadline(input).deadline;

// Sanity: the three agree.
for (const input of [...plain.slice(0, 60), ...postponed.slice(0, 60)]) {
  const a = ours(input);
  if (naive(input) !== a || competent(input) !== a) throw new Error(`disagreement on ${JSON.stringify(input)}`);
}

/** Runs `fn` over the inputs for about `ms` milliseconds (after a warm-up); returns calls per second. */
function rate(
  fn: (input: { receivedOn: string; postponedOn?: string }) => string,
  inputs: readonly { receivedOn: string; postponedOn?: string }[],
  ms: number,
): number {
  let sink = 0;
  const warmUntil = performance.now() + ms / 4;
  let i = 0;
  while (performance.now() < warmUntil) for (let k = 0; k < 64; k++) sink += fn(inputs[i++ % inputs.length]!).length;
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let k = 0; k < 256; k++) sink += fn(inputs[i++ % inputs.length]!).length;
    calls += 256;
    now = performance.now();
  }
  if (sink === 0) console.log('');
  return (calls / (now - start)) * 1000;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(12);
console.log(`@woo-kit/deadlines bench (node ${process.version}, one thread)\n`);
for (const [name, inputs] of [
  ['common case: receipt only', plain],
  ['with a postponement', postponed],
] as const) {
  const n = rate(naive, inputs, 1500);
  const c = rate(competent, inputs, 1500);
  const o = rate(ours, inputs, 1500);
  console.log(`${name}`);
  console.log(`  naive (date-holidays per day)      ${fmt(n)} deadlines/s`);
  console.log(`  competent (Set per year + Date)    ${fmt(c)} deadlines/s`);
  console.log(`  woo-kit computeDeadline            ${fmt(o)} deadlines/s`);
  console.log(`  ratio woo-kit / competent          ${(o / c).toFixed(1).padStart(12)}x   (target >= 4x)`);
  console.log(`  ratio woo-kit / naive              ${(o / n).toFixed(0).padStart(12)}x`);
  console.log(`  target >= 1,000,000/s              ${o >= 1_000_000 ? 'met' : 'NOT met'}\n`);
}

// Steps are built on first read; what it costs to read them too:
console.log(
  `  woo-kit computeDeadline + steps    ${fmt(rate((x) => computeDeadline(x).steps[0]!.date, plain, 1000))} ` +
    `deadlines/s\n`,
);

const records = Array.from({ length: 100_000 }, (_, i) => {
  const r = FIRST + ((i * 7919) % (SPAN - 200)) * DAY;
  const record: {
    receivedOn: string;
    decidedOn?: string;
    postponedOn?: string;
    suspensions?: { kind: 'aanvulling'; notifiedOn: string; endedOn: string }[];
  } = {
    receivedOn: iso(r),
  };
  if (i % 3 !== 0) record.decidedOn = iso(r + (10 + (i % 60)) * DAY);
  if (i % 5 === 0) record.postponedOn = iso(r + 20 * DAY);
  if (i % 7 === 0)
    record.suspensions = [{ kind: 'aanvulling', notifiedOn: iso(r + 3 * DAY), endedOn: iso(r + 10 * DAY) }];
  return record;
});
timelinessStatistics(records.slice(0, 5000), { today: '2041-01-01' }); // warm-up
const t0 = performance.now();
const stats = timelinessStatistics(records, { today: '2041-01-01' });
const ms = performance.now() - t0;
console.log(
  `timelinessStatistics over 100,000 requests: ${ms.toFixed(0)} ms (target < 1000 ` +
    `ms: ${ms < 1000 ? 'met' : 'NOT met'}); ${stats.perMonth.length} months, on ` +
    `time ${((stats.withinLegalDeadline.share ?? 0) * 100).toFixed(1)}%`,
);
