// The generated validators are ajv's standalone code made smaller by scripts/compact-validator.mjs.
// These tests check that the compacting changes no result: for the examples and for many broken
// copies of them, every generated validator returns what a validator ajv compiles from the same
// schema returns, with exactly the same errors (path, schema path, keyword and params). And that each
// `isValid…` function says what the `ok` of its `validate…` function says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import { ajvOptions } from '../scripts/compact-validator.mjs';
import { ajvFormats } from '../src/formats.js';
import { examples } from '../src/examples.js';
import { schemas, type SchemaName } from '../src/schemas/index.js';
import * as generated from '../src/generated/validators.js';
import type { RawValidator } from '../src/validation/raw.js';
import {
  isValidContactPoint,
  isValidInventoryItem,
  isValidPublication,
  isValidWooDecision,
  isValidWooRequest,
  validateContactPoint,
  validateInventoryItem,
  validatePublication,
  validateWooDecision,
  validateWooRequest,
} from '../src/index.js';

const ajv = new Ajv2020({ ...ajvOptions, formats: ajvFormats });
for (const schema of Object.values(schemas)) ajv.addSchema(schema);

const generatedByName: Readonly<Record<SchemaName, RawValidator>> = {
  'woo-request': generated.wooRequestValidator,
  decision: generated.decisionValidator,
  publication: generated.publicationValidator,
  organisation: generated.organisationValidator,
  'contact-point': generated.contactPointValidator,
  'woo-decision': generated.wooDecisionValidator,
  'inventory-item': generated.inventoryItemValidator,
};

function reference(name: SchemaName): RawValidator {
  const validate = ajv.getSchema(`urn:woo-kit:schema:${name}`);
  assert.ok(validate, `ajv knows the ${name} schema`);
  return validate as unknown as RawValidator;
}

/** Both validators give the same answer and the same errors for `value`. */
function assertSame(name: SchemaName, value: unknown): void {
  const ours = generatedByName[name];
  const theirs = reference(name);
  const expected = theirs(value);
  const expectedErrors = structuredClone(theirs.errors ?? null);
  assert.equal(ours(value), expected, `${name}: same verdict for ${JSON.stringify(value)}`);
  assert.deepEqual(ours.errors ?? null, expectedErrors, `${name}: same errors for ${JSON.stringify(value)}`);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = readonly (string | number)[];

/** Every place in a JSON value: its path from the root. */
function places(value: Json, path: Step = []): Step[] {
  const out: Step[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...places(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...places(item, [...path, key]));
  }
  return out;
}

type Change = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json };

/** Applies one change at `path` to a copy of `root`; returns the copy. */
function change(root: Json, path: Step, what: Change): Json {
  if (path.length === 0) return what.kind === 'set' ? what.value : root;
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (what.kind === 'set') parent[last] = what.value;
  else if (what.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // An own property even for `__proto__`, as JSON.parse makes it.
      Object.defineProperty(target, what.key, {
        value: what.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/** Values that break a field in the ways the schemas check. */
const badValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    '',
    ' ',
    'x'.repeat(301),
    'x'.repeat(20_001),
    '2025-02-30',
    '2025-03-04T10:00:00',
    '2025-13-01',
    'not an address',
    'call me',
    '123',
    '25:00',
    'ftp://example.org',
    'https://example.org/x',
    'c_00000000',
    'teleported',
    'refused',
    '5.9',
    'NLD',
    0,
    -1,
    1.5,
    true,
    null,
    [],
    {},
    [''],
    ['a', 'a'],
    { type: 'decided' },
    { type: 'teleported', on: '2025-03-04' },
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const names = Object.keys(generatedByName) as SchemaName[];

test('the compacted validators accept the examples, as ajv does', () => {
  for (const name of names) {
    assertSame(name, examples[name]);
    assert.equal(generatedByName[name](examples[name]), true, `the ${name} example is valid`);
  }
});

/** Copies of the example of `name` with one to four things broken. */
function brokenCopies(name: SchemaName): fc.Arbitrary<Json> {
  const example = structuredClone(examples[name]) as unknown as Json;
  const oneChange: fc.Arbitrary<Change> = fc.oneof(
    badValue.map((value): Change => ({ kind: 'set', value })),
    fc.constant<Change>({ kind: 'delete' }),
    fc
      .tuple(fc.constantFrom('colour', 'type', 'name', '__proto__', 'constructor', ''), badValue)
      .map(([key, value]): Change => ({ kind: 'add', key, value })),
  );
  const changes = fc.array(fc.tuple(fc.constantFrom(...places(example)), oneChange), { minLength: 1, maxLength: 4 });
  return changes.map((list) => {
    let value = example;
    for (const [path, what] of list) {
      try {
        value = change(value, path, what);
      } catch {
        // An earlier change removed the place; keep the value as it is.
      }
    }
    return value;
  });
}

test('the compacted validators report exactly the errors ajv reports, for broken copies of the examples', () => {
  for (const name of names) {
    fc.assert(
      fc.property(brokenCopies(name), (value) => assertSame(name, value)),
      { numRuns: 400 },
    );
  }
});

test('the compacted validators report exactly the errors ajv reports, for any JSON value', () => {
  for (const name of names) {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => assertSame(name, value)),
      { numRuns: 100 },
    );
  }
});

test('each isValid… function says what the ok of its validate… function says, and never throws', () => {
  const pairs: readonly [SchemaName, (value: unknown) => boolean, (value: unknown) => { ok: boolean }][] = [
    ['contact-point', isValidContactPoint, validateContactPoint],
    ['woo-request', isValidWooRequest, validateWooRequest],
    ['publication', isValidPublication, validatePublication],
    ['woo-decision', isValidWooDecision, validateWooDecision],
    ['inventory-item', isValidInventoryItem, validateInventoryItem],
  ];
  const hostile = Object.defineProperty({}, 'name', {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  });
  for (const [name, isValid, validate] of pairs) {
    assert.equal(isValid(examples[name]), true, `the ${name} example is valid`);
    assert.equal(isValid(hostile), false);
    assert.equal(validate(hostile).ok, false);
    fc.assert(
      fc.property(fc.oneof(brokenCopies(name), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>), (value) => {
        assert.equal(isValid(value), validate(value).ok, `${name}: ${JSON.stringify(value)}`);
      }),
      { numRuns: 300 },
    );
  }
});
