import { computeDeadline } from '../src/index.js';
import { fromDayNumber, toDayNumber } from '@woo-kit/core';
const base = toDayNumber('2022-01-01');
const inputs = Array.from({ length: 10000 }, (_, i) => ({ receivedOn: fromDayNumber(base + (i * 37) % 6935) }));
const inputsP = inputs.map((x, i) => ({ receivedOn: x.receivedOn, postponedOn: fromDayNumber(toDayNumber(x.receivedOn) + 20 + (i % 12)) }));
const N = 3_000_000; let s = 0; const t = performance.now();
for (let i = 0; i < N; i++) s += computeDeadline(inputsP[i % 10000]).deadline.length;
console.log(Math.round(N / (performance.now() - t) * 1000));
