// The messages that depend on a count are generated from one list (scripts/generate-plural-messages.mjs):
// the committed file must be what the generator makes, and every message must have one id per CLDR
// plural category, so that translators of every language can fill in the forms it uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PLURAL_FORMS, PLURAL_MESSAGES, pluralMessagesSource } from '../scripts/generate-plural-messages.mjs';
import { daysText, mandatoryCoveredText, overlapText, publicationsText } from '../src/internal/plural.js';

test('src/internal/plural.ts is what the generator makes from its list', () => {
  const committed = readFileSync(new URL('../src/internal/plural.ts', import.meta.url), 'utf8');
  const hint = 'run node scripts/generate-plural-messages.mjs, then npx lit-localize extract';
  assert.equal(committed, pluralMessagesSource(), hint);
});

test('every message has an id for each plural category in every XLIFF file', () => {
  for (const locale of ['en', 'tr', 'ar', 'pl', 'uk']) {
    const xliff = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8');
    for (const message of PLURAL_MESSAGES) {
      for (const form of PLURAL_FORMS) {
        assert.ok(xliff.includes(`id="${message.id}.${form}"`), `${locale}: ${message.id}.${form}`);
      }
    }
  }
});

test('the Dutch source: the singular for "one", the plural otherwise, counts formatted by Intl', () => {
  assert.equal(daysText(1, 'nl'), '1 dag');
  assert.equal(daysText(0, 'nl'), '0 dagen');
  assert.equal(publicationsText(1234, 'nl'), '1.234 publicaties');
  assert.equal(mandatoryCoveredText(1, 5, 'nl'), '1 van de 5 verplichte categorieën heeft publicaties.');
  assert.equal(overlapText(3, 'nl'), '3 dagen stonden al stil; die tellen niet dubbel.');
});
