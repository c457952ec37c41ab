// @woo-kit/zgw runs in Node and in browsers: its sources import no Node built-ins, and the single-file
// browser bundle (dist/bundle/woo-kit-zgw.min.js, built by `pnpm build`) works on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildZaak } from './build-zaak.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));

test('no source file imports a Node built-in or anything outside core, deadlines and jose', () => {
  for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(src + file, 'utf8');
    for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
      assert.ok(
        spec!.startsWith('./') ||
          ['@woo-kit/core', '@woo-kit/deadlines', '@woo-kit/deadlines/requests', 'jose'].includes(spec!),
        `${file} imports ${spec}`,
      );
    }
  }
});

test('the browser bundle checks a zaak on its own', async () => {
  const bundle = fileURLToPath(new URL('../dist/bundle/woo-kit-zgw.min.js', import.meta.url));
  const text = readFileSync(bundle, 'utf8');
  assert.ok(!/from\s*["']node:/.test(text) && !/require\(/.test(text));
  const zgw = (await import(pathToFileURL(bundle).href)) as typeof import('../src/index.js');
  const b = buildZaak({
    receivedOn: '2025-03-03',
    events: [
      { date: '2025-03-11', hour: 0, minute: 30, event: { type: 'suspend', reden: 'zienswijze' } },
      { date: '2025-03-20', hour: 10, minute: 0, event: { type: 'resume' } },
    ],
  });
  const check = zgw.checkZaak(b as never, { today: '2025-04-01' });
  assert.equal(check.deadline, '2025-04-09');
  assert.equal(typeof zgw.createZgwClient, 'function');
});
