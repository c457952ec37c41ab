// pnpm bench: how much reading a zaak costs on top of the deadline itself, in one run. Figures only;
// no test asserts on time.
//
// - baseline: computeDeadline on the facts, as if someone had typed in the dates;
// - woo-kit:  checkZaak on the same cases as a zaaksysteem returns them (a full Open Zaak style audit
//   trail of about ten entries with the whole zaak before and after, shuffled), steps not read.
import { computeDeadline } from '@woo-kit/deadlines';
import { checkZaak, wooRequestFromZaak, type ZaakBundle } from '../src/index.js';
import { addDays, buildZaak, type Timed } from '../test/build-zaak.js';

const N = 2000;
const cases = Array.from({ length: N }, (_, i) => {
  const received = addDays('2023-01-02', (i * 37) % 1500);
  const s = addDays(received, 3 + (i % 9));
  const e = addDays(s, 2 + (i % 11));
  const p = addDays(received, 20 + (i % 12));
  const d = addDays(received, 30 + (i % 15));
  const kind = i % 2 ? 'zienswijze' : 'aanvulling';
  const events: Timed[] = [
    {
      date: s,
      hour: 23,
      minute: 30,
      event: { type: 'suspend', reden: kind === 'zienswijze' ? 'Zienswijze gevraagd' : 'Aanvulling gevraagd' },
    },
    { date: addDays(s, 1), hour: 10, minute: 0, event: { type: 'touch' } },
    { date: e, hour: 9, minute: 15, event: { type: 'resume' } },
    { date: p, hour: 12, minute: 0, event: { type: 'extend', duur: 'P14D' } },
    { date: d, hour: 16, minute: 0, event: { type: 'decide', wording: 'verstrekt' } },
  ];
  const built = buildZaak({ receivedOn: received, events, style: (k) => (k % 3 ? 'utc' : 'offset') });
  const bundle = { ...built, audittrail: [...built.audittrail].reverse() } as unknown as ZaakBundle;
  const facts = {
    receivedOn: received,
    postponedOn: p,
    suspensions: [{ kind, notifiedOn: s, endedOn: e }],
    decidedOn: d,
  };
  return { bundle, facts };
});

function time(label: string, fn: () => void): number {
  for (let i = 0; i < 2; i++) fn(); // warm up
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2]!;
  console.log(
    `${label.padEnd(34)} ${median.toFixed(1).padStart(8)} ms for ${N} cases  ` +
      `(${((median * 1000) / N).toFixed(1)} µs each)`,
  );
  return median;
}

let sink = 0;
const base = time('baseline: computeDeadline(facts)', () => {
  for (const c of cases) sink += computeDeadline(c.facts).suspendedDays;
});
const zgw = time('woo-kit: checkZaak(bundle)', () => {
  for (const c of cases) sink += checkZaak(c.bundle, { today: '2030-01-01' }).suspendedDays;
});
console.log(`checkZaak / computeDeadline: ${(zgw / base).toFixed(1)}×  (checksum ${sink})`);
time('  of which wooRequestFromZaak', () => {
  for (const c of cases) sink += wooRequestFromZaak(c.bundle).suspensions.length;
});
time('  computeDeadline + steps', () => {
  for (const c of cases) sink += computeDeadline(c.facts).steps.length;
});
