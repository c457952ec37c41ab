import { computeDeadline } from '../src/index.js';
import { fromDayNumber, toDayNumber } from '@woo-kit/core';
const base = toDayNumber('2022-01-01');
const inputs = Array.from({ length: 10000 }, (_, i) => ({ receivedOn: fromDayNumber(base + (i * 37) % 6935) }));
const inputsP = inputs.map((x, i) => ({ ...x, postponedOn: fromDayNumber(toDayNumber(x.receivedOn) + 20 + (i % 12)) }));
for (const [name, list] of [['plain', inputs], ['postponed', inputsP]] as const) {
  for (let round = 0; round < 3; round++) {
    const N = 2_000_000; let s = 0; const t = performance.now();
    for (let i = 0; i < N; i++) s += computeDeadline(list[i % 10000]).deadline.length;
    const ms = performance.now() - t;
    console.log(name, Math.round(N / ms * 1000), '/s', s);
  }
}
