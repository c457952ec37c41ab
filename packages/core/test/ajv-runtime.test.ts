import { test } from 'node:test';
import assert from 'node:assert/strict';
import { equal, pushError, ucs2length } from '../src/validation/ajv-runtime.js';

test('ucs2length counts code points: a surrogate pair once, a lone surrogate once', () => {
  assert.equal(ucs2length(''), 0);
  assert.equal(ucs2length('Woo'), 3);
  assert.equal(ucs2length('a😀b'), 3);
  assert.equal(ucs2length('\ud83d'), 1);
  assert.equal(ucs2length('\ud83dx'), 2);
  assert.equal(ucs2length('\ude00\ud83d'), 2);
  for (const text of ['ĳsselmeer', 'مرحبا', '🇳🇱 vlag', 'x'.repeat(300)])
    assert.equal(ucs2length(text), [...text].length);
});

test('equal compares JSON values deeply', () => {
  assert.ok(equal({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }));
  assert.ok(equal(Number.NaN, Number.NaN));
  assert.ok(equal(null, null));
  assert.ok(!equal({ a: 1 }, { a: 1, b: 2 }));
  assert.ok(!equal({ a: 1, b: undefined }, { a: 1, c: undefined }));
  assert.ok(!equal([1, 2], [2, 1]));
  assert.ok(!equal([1], { 0: 1, length: 1 }));
  assert.ok(!equal(null, {}));
  assert.ok(!equal('1', 1));
  assert.ok(equal(new Date(5), new Date(5)));
  assert.ok(!equal(new Date(5), new Date(6)));
});

test('pushError adds an error with the keyword from the end of its schema path', () => {
  const first = pushError(null, '/name', '#/properties/name/maxLength', { limit: 300 });
  assert.deepEqual(first, [
    { instancePath: '/name', schemaPath: '#/properties/name/maxLength', keyword: 'maxLength', params: { limit: 300 } },
  ]);
  const both = pushError(first, '', '#/required', { missingProperty: 'id' });
  assert.equal(both, first, 'the same list, one longer');
  assert.deepEqual(both[1], {
    instancePath: '',
    schemaPath: '#/required',
    keyword: 'required',
    params: { missingProperty: 'id' },
  });
});
