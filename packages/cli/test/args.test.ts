// The arguments of every command are read by Node's util.parseArgs (src/command.ts readArgs); these
// are the rules the commands rely on for their options and usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, readArgs } from '../src/command.js';

test('--name value, --name=value and bare flags', () => {
  const { options, positionals } = parseArgs(['--lang', 'en', '--today=2025-01-02', '--json', 'file.json'], ['json']);
  assert.deepEqual(
    [...options],
    [
      ['lang', 'en'],
      ['today', '2025-01-02'],
      ['json', true],
    ],
  );
  assert.deepEqual(positionals, ['file.json']);
});

test('an option followed by another option, or at the end, has no value', () => {
  const { options } = parseArgs(['--out', '--index', '--base-url']);
  assert.deepEqual(
    [...options],
    [
      ['out', true],
      ['index', true],
      ['base-url', true],
    ],
  );
});

test('arguments with a single dash and everything after -- are positionals', () => {
  assert.deepEqual(parseArgs(['-', '-5', '-ab', '--', '--lang', 'x']).positionals, ['-', '-5', '-ab', '--lang', 'x']);
});

test('a repeated option keeps every value in order, and its last as the option', () => {
  const { options, lists } = parseArgs(['--extra-holiday', '2025-01-02', '--extra-holiday=2025-01-03']);
  assert.equal(options.get('extra-holiday'), '2025-01-03');
  assert.deepEqual(lists.get('extra-holiday'), ['2025-01-02', '2025-01-03']);
});

test('with valueMayLookLikeAnOption, an option takes the next argument whatever it is', () => {
  assert.deepEqual(
    readArgs(['--received', '--json', '--json', 'x', '--'], { flags: ['json'], valueMayLookLikeAnOption: true }),
    [
      { kind: 'option', name: 'received', value: '--json' },
      { kind: 'option', name: 'json', value: undefined },
      { kind: 'positional', value: 'x' },
      { kind: 'end-of-options' },
    ],
  );
});
