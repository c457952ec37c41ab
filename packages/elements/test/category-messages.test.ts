// The translated category messages are generated from @woo-kit/core: the committed file must be what
// the generator makes from the current registry, so a changed text in core cannot go unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { informationCategories } from '@woo-kit/core';
import { categoryMessagesSource } from '../scripts/generate-category-messages.mjs';

test('src/internal/category-messages.ts is up to date with the categories of @woo-kit/core', () => {
  const committed = readFileSync(new URL('../src/internal/category-messages.ts', import.meta.url), 'utf8');
  assert.equal(
    committed,
    categoryMessagesSource(),
    'run: node scripts/generate-category-messages.mjs && npx lit-localize extract',
  );
  for (const category of informationCategories) {
    assert.ok(committed.includes(`category.${category.code}.label`));
    assert.ok(committed.includes(`category.${category.code}.explanation`));
  }
});
