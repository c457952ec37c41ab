// The XLIFF files in xliff/ are the only source of the translations (docs/localisation.md). These
// checks keep them complete: every message has a target in every language, the target keeps the
// placeholders of its Dutch source, and the English of the information categories is core's English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { englishCategoryTexts } from '../scripts/generate-category-messages.mjs';

interface Unit {
  readonly id: string;
  readonly source: string;
  readonly target: string | undefined;
  readonly note: string | undefined;
}

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')) as {
  sourceLocale: string;
  targetLocales: string[];
};
const locales = config.targetLocales;

// lit-localize writes one <trans-unit> per message: <source>, then <target> and <note> when present.
// A small reader for exactly that shape (the test needs no XML library).
function readUnits(locale: string): Unit[] {
  const text = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  assert.match(
    text,
    new RegExp(`<file target-language="${locale}" source-language="${config.sourceLocale}"`),
    `${locale}.xlf: languages in <file>`,
  );
  const units: Unit[] = [];
  for (const [, id, body] of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const element = (name: string): string | undefined =>
      new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(body!)?.[1];
    units.push({ id: id!, source: element('source') ?? '', target: element('target'), note: element('note') });
  }
  assert.equal(units.length, (text.match(/<trans-unit /g) ?? []).length, `${locale}.xlf: every <trans-unit> read`);
  return units;
}

const units = new Map(locales.map((locale) => [locale, readUnits(locale)]));

/** The placeholders of a text, as their `id`s in order of appearance. */
const placeholders = (text: string): string[] => [...text.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[1]!);
/** The text without its placeholders, with the XML entities lit-localize writes resolved. */
const plain = (text: string): string =>
  text
    .replace(/<x [^>]*\/>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

// (The order of the units may differ between files: lit-localize keeps the order a file already has.)
const byId = (list: readonly Unit[]): (string | undefined)[][] =>
  list.map((u) => [u.id, u.source, u.note]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

test('every language has the same messages, with the same Dutch source and note', () => {
  const [first, ...others] = locales;
  const reference = units.get(first!)!;
  assert.ok(reference.length > 300, 'the messages were read');
  assert.equal(new Set(reference.map((u) => u.id)).size, reference.length, 'message ids are unique');
  for (const locale of others) {
    const list = units.get(locale)!;
    assert.deepEqual(
      byId(list),
      byId(reference),
      `${locale}.xlf has the messages of ${first}.xlf (run npx lit-localize extract)`,
    );
  }
});

test('every message has a target in every language', () => {
  for (const locale of locales) {
    const missing = units
      .get(locale)!
      .filter((u) => u.target === undefined || (plain(u.target).trim() === '' && placeholders(u.target).length === 0))
      .map((u) => `${u.id}: ${u.source}`);
    assert.deepEqual(missing, [], `${locale}.xlf: messages without a target`);
  }
});

test('every target keeps the placeholders of its source, each exactly once, and no other markup', () => {
  for (const locale of locales) {
    const wrong: string[] = [];
    for (const u of units.get(locale)!) {
      const expected = placeholders(u.source).sort();
      const actual = placeholders(u.target!).sort();
      if (expected.join() !== actual.join())
        wrong.push(`${u.id}: source ${expected.join() || '-'}, target ${actual.join() || '-'}`);
      // Only <x/> placeholders are markup; a stray "<" in a translation would break the XML or the text.
      if (/<(?!x [^>]*\/>)/.test(u.target!)) wrong.push(`${u.id}: markup other than placeholders in the target`);
    }
    assert.deepEqual(wrong, [], `${locale}.xlf: placeholders`);
  }
});

test('every message of the plural forms exists for each of the six CLDR categories', () => {
  const ids = new Set(units.get(locales[0]!)!.map((u) => u.id));
  const families = new Set(
    [...ids].filter((id) => /\.(zero|one|two|few|many|other)$/.test(id)).map((id) => id.replace(/\.[a-z]+$/, '')),
  );
  assert.ok(families.size >= 8, 'plural families found');
  for (const family of families) {
    for (const category of ['zero', 'one', 'two', 'few', 'many', 'other'])
      assert.ok(ids.has(`${family}.${category}`), `${family}.${category}`);
  }
});

test('the English of the information categories is the English of @woo-kit/core', () => {
  const english = new Map(units.get('en')!.map((u) => [u.id, u.target === undefined ? undefined : plain(u.target)]));
  for (const [id, text] of englishCategoryTexts()) assert.equal(english.get(id), text, id);
});

test('the generated locale modules hold every message of their XLIFF file', () => {
  for (const locale of locales) {
    // Written by the build (pnpm build runs the codegen script, lit-localize build).
    const module = readFileSync(new URL(`../src/generated/locales/${locale}.ts`, import.meta.url), 'utf8');
    const templates = new Set([...module.matchAll(/^\s*'?([\w.-]+)'?: /gm)].map((m) => m[1]));
    const missing = units
      .get(locale)!
      .filter((u) => !templates.has(u.id))
      .map((u) => u.id);
    assert.deepEqual(missing, [], `${locale}: run pnpm build`);
  }
});

test('the notes for translators (msg desc) are not in the built code', () => {
  // rollup.config.mjs drops them: they are for the XLIFF files only.
  const notes = new Set(units.get(locales[0]!)!.flatMap((u) => (u.note === undefined ? [] : [plain(u.note)])));
  assert.ok(notes.size > 50, 'notes were read');
  for (const file of ['../dist/woo-kit.js', '../dist/internal/plural.js', '../dist/internal/step-text.js']) {
    const code = readFileSync(new URL(file, import.meta.url), 'utf8');
    const left = [...notes].filter((note) => code.includes(note.slice(0, 40)));
    assert.deepEqual(left, [], file);
  }
});
