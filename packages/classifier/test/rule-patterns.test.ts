// The form of the rule patterns: where a word ends after a group of words, `(?!\w)` and not `\b`. The two match the
// same when the character before is always a letter or digit, and V8 compiles `\b` after a long alternation several
// times slower, which the first title of every page or process waits for (see rules.ts). This test finds a `\b` that
// could be `(?!\w)`; it says nothing about time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../src/index.js';

/** Start of the atom (a group, a class, an escape or one character) that ends just before `end`. */
function atomStart(source: string, end: number): number {
  const last = source[end - 1];
  if (last === ')') {
    let depth = 0;
    for (let i = end - 1; i >= 0; i--) {
      if (source[i - 1] === '\\') continue;
      if (source[i] === ')') depth++;
      else if (source[i] === '(' && --depth === 0) return i;
    }
    throw new Error(`unbalanced group in ${source}`);
  }
  if (last === ']') return source.lastIndexOf('[', end - 1);
  return source[end - 2] === '\\' ? end - 2 : end - 1;
}

/** The alternatives of the group that starts at `start` and ends just before `end`, as [from, to) ranges. */
function alternatives(source: string, start: number, end: number): Array<[number, number]> {
  const inner = source.startsWith('(?:', start) ? start + 3 : start + 1;
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = inner;
  for (let i = inner; i < end - 1; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = source.indexOf(']', i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, end - 1]);
  return out;
}

/** Whether whatever matches `source[from, end)` always ends with a letter, digit or underscore. */
function endsInWordCharacter(source: string, end: number, from = 0): boolean {
  if (end <= from) return false;
  const last = source[end - 1]!;
  const escaped = end - 2 >= from && source[end - 2] === '\\' && source[end - 3] !== '\\';
  if (escaped) return last === 'd' || last === 'w';
  if (last === '?' && ['+', '*', '?', '}'].includes(source[end - 2]!))
    return endsInWordCharacter(source, end - 1, from);
  if (last === '+') return endsInWordCharacter(source, end - 1, from);
  if (last === '?' || last === '*') {
    const start = atomStart(source, end - 1);
    return endsInWordCharacter(source, end - 1, start) && endsInWordCharacter(source, start, from);
  }
  if (last === '}') {
    const open = source.lastIndexOf('{', end);
    const min = /^\{(\d+)(?:,\d*)?\}$/.exec(source.slice(open, end));
    if (min === null) return false;
    const start = atomStart(source, open);
    const atom = endsInWordCharacter(source, open, start);
    return Number(min[1]) >= 1 ? atom : atom && endsInWordCharacter(source, start, from);
  }
  if (last === ')') {
    const start = atomStart(source, end);
    if (/^\(\?<?[=!]/.test(source.slice(start, start + 4))) return endsInWordCharacter(source, start, from);
    return alternatives(source, start, end).every(([a, b]) => endsInWordCharacter(source, b, a));
  }
  return /\w/.test(last);
}

test('the analyser of word ends reads groups, quantifiers and lookarounds', () => {
  const cases: ReadonlyArray<readonly [string, boolean]> = [
    ['(?:ab|cd)', true],
    ['(?:ab|c )', false],
    ['x(?:en)?', true],
    ['x (?:en)?', false],
    [String.raw`\d{2,4}`, true],
    [String.raw`a\s`, false],
    ['(?:a|b(?! c))', true],
    [String.raw`\w*`, false],
    [String.raw`x\w*`, true],
    ['(?:a|(?:b|c ))', false],
    ['.*', false],
    [String.raw`(?: \w+){1,4}?`, true],
    [String.raw`(?: \w+){0,4}?`, false],
    ['(?:boa s?|opsporingsambtenaar)', false],
    ['[a-z]', false],
  ];
  for (const [source, expected] of cases) assert.equal(endsInWordCharacter(source, source.length), expected, source);
});

test('rule patterns end a word after a group with (?!\\w) where \\b is not needed', () => {
  const replaceable: string[] = [];
  for (const rule of RULES) {
    const source = rule.pattern.source;
    for (let i = source.indexOf(String.raw`\b`); i >= 0; i = source.indexOf(String.raw`\b`, i + 2)) {
      if (source[i - 1] === '\\') continue;
      const next = source[i + 2];
      // Only a word end after a group: `\b` before a word ("\bbesluit") or between words costs little.
      if (source[i - 1] !== ')' || (next !== undefined && next !== ')' && next !== '|')) continue;
      if (endsInWordCharacter(source, i)) replaceable.push(`${rule.id}: …${source.slice(Math.max(0, i - 30), i + 2)}`);
    }
  }
  assert.deepEqual(replaceable, []);
});
