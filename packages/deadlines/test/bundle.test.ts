// The browser bundle shortens internal property names (those ending in `_`, rollup.config.mjs). A name
// used as a string would break only there, so the built bundle must give what the sources give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as source from '../src/index.js';

const bundleUrl = new URL('../dist/bundle/woo-kit-deadlines.min.js', import.meta.url);

const inputs = [
  { receivedOn: '2023-03-30', postponedOn: '2023-04-20' },
  {
    receivedOn: '2025-04-01',
    suspensions: [
      { kind: 'zienswijze', notifiedOn: '2025-04-03', endedOn: '2025-04-20' },
      { kind: 'instemming', days: 5 },
    ],
    decidedOn: '2025-06-02',
  },
  {
    receivedOn: '2024-12-20',
    postponedOn: '2025-01-10',
    suspensions: [{ kind: 'aanvulling', notifiedOn: '2025-01-20', endedOn: '2025-01-31' }],
    extraHolidays: ['2025-01-27'],
  },
  { receivedOn: '2025-01-06', postponedOn: '2025-03-01' },
];

test(
  'the built bundle computes what the sources compute (deadlines, status, statistics)',
  { skip: !existsSync(bundleUrl) && 'not built (pnpm build)' },
  async () => {
    const bundle = (await import(bundleUrl.href)) as typeof source;
    const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    for (const input of inputs) {
      assert.deepEqual(json(bundle.computeDeadline(input)), json(source.computeDeadline(input)));
      assert.deepEqual(
        json(bundle.deadlineStatus(input, '2025-05-01')),
        json(source.deadlineStatus(input, '2025-05-01')),
      );
    }
    const records = [...inputs, { receivedOn: '2025-02-03', decidedOn: '2025-02-20', agreedDeadline: '2025-02-14' }];
    assert.deepEqual(
      json(bundle.timelinessStatistics(records, { today: '2025-07-01' })),
      json(source.timelinessStatistics(records, { today: '2025-07-01' })),
    );
  },
);
