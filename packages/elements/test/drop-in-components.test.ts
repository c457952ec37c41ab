// The drop-in loader knows every component the package defines: a new component added to
// src/woo-kit.ts (the single-file drop-in) but not to src/drop-in/components.ts would never load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);

test('the drop-in folder loads every component of the package', () => {
  const folders = readdirSync(new URL('components/', src))
    .filter((name) => name.startsWith('woo-'))
    .sort();
  const singleFile = [
    ...readFileSync(new URL('woo-kit.ts', src), 'utf8').matchAll(/components\/(woo-[a-z-]+)\/define\.js/g),
  ]
    .map((m) => m[1])
    .sort();
  const loader = [
    ...readFileSync(new URL('drop-in/components.ts', src), 'utf8').matchAll(/^\s*'(woo-[a-z-]+)': \(\) =>/gm),
  ]
    .map((m) => m[1])
    .sort();
  assert.deepEqual(singleFile, folders);
  assert.deepEqual(loader, folders);
});
