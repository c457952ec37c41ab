// The quick test that skips rules which cannot match (src/prefilter.ts): what it reads from a pattern, that the
// generated table is the one the rules give today, and that it never skips a rule that matches, on every text in the
// repository's data. It says nothing about time (see `pnpm bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules.js';
import { createPrefilter, patternHash, requiredLiterals } from '../src/prefilter.js';
import { RULE_LITERALS } from '../src/generated/rule-literals.js';
import { normalizeTitle, titleWithoutPrefix, MAX_TEXT_LENGTH } from '../src/normalize.js';

const sorted = (list: string[] | null): string[] | null => (list === null ? null : [...list].sort());

test('requiredLiterals reads the fixed texts one of which every match holds', () => {
  const cases: Array<[RegExp, string[] | null]> = [
    [/\b(?:\w*jaarverslag(?:en)?|jaarplan)(?!\w)/, ['jaarplan', 'jaarverslag']],
    // A quantifier applies to the character before it only.
    [/\bbeleidsregels?\b/, ['beleidsregel']],
    // Fixed alternatives multiply out; a required text is cut after 12 characters.
    [/besluit (?:op|in) bezwaar/, ['besluit in b', 'besluit op b']],
    [/co[nm]form(?:lijst)?/, ['comform', 'conform']],
    // Lookarounds and anchors take no text.
    [/^(?<!niet )vergunning(?! aanvraag)$/, ['vergunning']],
    [/(?:\w+ ){0,6}?als toezichthouders?/, ['als toezicht']],
    [/\.pdf\b/, ['.pdf']],
    // Of two parts that are both needed, the longer text is the better test.
    [/besluit\b.*\bwoo/, ['besluit']],
    // A longer text that holds a shorter one adds nothing.
    [/(?:deel)?besluit|besluiten/, ['besluit']],
    [/(?<name>klacht)(?:en)? \k<name>/, ['klacht ', 'klachten ']],
    [/a{2,3}bc/, null],
    // No fixed text of three characters: the rule always runs.
    [/^\d+ [a-z]+$/, null],
    [/\b(?:ab|db)\b/, null],
    [/(?:ab|verordening)/, null],
    [/vergunning|\w+/, null],
    [/verordening/i, null],
  ];
  for (const [pattern, expected] of cases) assert.deepEqual(sorted(requiredLiterals(pattern)), expected, `${pattern}`);
});

test('the generated table is the one the rules give today', () => {
  assert.deepEqual(Object.keys(RULE_LITERALS).sort(), RULES.map((r) => r.id).sort());
  for (const rule of RULES) {
    assert.deepEqual(
      RULE_LITERALS[rule.id],
      { hash: patternHash(rule.pattern), length: rule.pattern.source.length, literals: requiredLiterals(rule.pattern) },
      `rule ${rule.id}: src/generated/rule-literals.ts is stale; run pnpm --filter @woo-kit/classifier rule-literals`,
    );
  }
});

test('a pattern without a table entry, or with a stale one, always runs', () => {
  const patterns = [/verordening/, /beleidsregel/, /jaarverslag/, /convenant/];
  const filter = createPrefilter(patterns, [
    { hash: patternHash(patterns[0]!), length: patterns[0]!.source.length, literals: ['verordening'] },
    { hash: 0, length: 3, literals: ['beleidsregel'] },
    undefined,
    { hash: patternHash(patterns[3]!), length: patterns[3]!.source.length, literals: null },
  ]);
  assert.deepEqual([...filter.candidates(['motie over de haven'])], [0, 1, 1, 1]);
  assert.deepEqual([...filter.candidates(['', 'afvalstoffenverordening 2025'])], [1, 1, 1, 1]);
  // The array is reused, and nothing of the last call is left in it.
  assert.deepEqual([...filter.candidates(['motie', 'verorden'])], [0, 1, 1, 1]);
});

test('the quick test never skips a rule that matches, on every text in the data', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, '../data');
  const files = [
    ...readdirSync(join(dir, 'real')).map((f) => join('real', f)),
    ...readdirSync(dir).filter((f) => /\.(?:jsonl|txt)$/.test(f)),
  ];
  const raw: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      if (file.endsWith('.jsonl')) {
        const row = JSON.parse(line) as Record<string, unknown>;
        for (const key of ['title', 'description', 'text']) if (typeof row[key] === 'string') raw.push(row[key]);
      } else raw.push(...line.split('\t'));
    }
  }
  const filter = createPrefilter(
    RULES.map((r) => r.pattern),
    RULES.map((r) => RULE_LITERALS[r.id]),
  );
  let texts = 0;
  let matches = 0;
  let skipped = 0;
  const missed: string[] = [];
  for (const text of raw) {
    for (const normalised of new Set([normalizeTitle(text, MAX_TEXT_LENGTH), titleWithoutPrefix(text)])) {
      if (normalised === '') continue;
      texts++;
      const candidate = filter.candidates([normalised]);
      RULES.forEach((rule, r) => {
        const match = rule.pattern.test(normalised);
        if (match) matches++;
        if (candidate[r] === 0) skipped++;
        if (match && candidate[r] === 0 && missed.length < 10) missed.push(`${rule.id}: ${normalised}`);
      });
    }
  }
  assert.ok(texts > 50_000, `${texts} texts`);
  assert.ok(matches > 30_000, `${matches} matches`);
  assert.deepEqual(missed, []);
  // And it does skip: most rules, for most texts.
  assert.ok(skipped > 0.8 * texts * RULES.length, `${skipped} of ${texts * RULES.length} skipped`);
});
