import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  WooKitValidationError,
  exampleContactPoint,
  exampleDecision,
  examplePublication,
  exampleWooRequest,
  parseWooRequest,
  validateContactPoint,
  validateDecision,
  validateOrganisation,
  validatePublication,
  validateWooRequest,
  type ValidationResult,
} from '../src/index.js';

const validators = {
  validateWooRequest,
  validateDecision,
  validatePublication,
  validateContactPoint,
  validateOrganisation,
};

/** The codes of a failed result (fails the test when the result is ok). */
function codes(result: ValidationResult<unknown>): string[] {
  assert.equal(result.ok, false, 'expected the value to be invalid');
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
}

/** A result is either ok with the same value, or a non-empty list of well-formed issues. */
function assertTyped(result: ValidationResult<unknown>, value: unknown): void {
  if (result.ok) {
    assert.equal(result.value, value);
    return;
  }
  assert.ok(Array.isArray(result.errors) && result.errors.length > 0);
  for (const e of result.errors) {
    assert.equal(typeof e.path, 'string');
    assert.ok(e.path === '' || e.path.startsWith('/'), `path ${e.path} is a JSON pointer`);
    assert.match(e.code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(typeof e.message.nl === 'string' && e.message.nl.length > 0);
    assert.ok(typeof e.message.en === 'string' && e.message.en.length > 0);
  }
}

const request = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...exampleWooRequest, ...patch });

test('the generated validator modules use no eval, new Function or require', () => {
  const dir = new URL('../src/generated/validators/', import.meta.url);
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.deepEqual(modules.sort(), [
    'contact-point.ts',
    'decision.ts',
    'inventory-item.ts',
    'organisation.ts',
    'publication.ts',
    'woo-decision.ts',
    'woo-request.ts',
  ]);
  for (const file of modules) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const forbidden of ['new Function', 'Function(', 'require(', 'eval(']) {
      assert.ok(!text.includes(forbidden), `generated validator ${file} contains ${forbidden}`);
    }
    assert.ok(text.startsWith('// @ts-nocheck'));
  }
});

test('a minimal anonymous request is valid', () => {
  const minimal = { id: 'W-1', receivedOn: '2025-01-06', channel: 'email', subject: 'Notulen van de raad' };
  assert.deepEqual(validateWooRequest(minimal), { ok: true, value: minimal });
});

test('schema errors get a JSON pointer, a stable code and Dutch and English text', () => {
  assert.deepEqual(codes(validateWooRequest(request({ receivedOn: '2025-02-30' }))), ['/receivedOn invalid-date']);
  assert.deepEqual(codes(validateWooRequest(request({ receivedOn: 20250203 }))), ['/receivedOn wrong-type']);
  assert.deepEqual(codes(validateWooRequest({ id: 'x', receivedOn: '2025-01-01', channel: 'email' })), [
    '/subject required',
  ]);
  assert.deepEqual(codes(validateWooRequest(request({ colour: 'red' }))), ['/colour unknown-field']);
  assert.deepEqual(codes(validateWooRequest(request({ channel: 'fax' }))), ['/channel not-allowed-value']);
  assert.deepEqual(codes(validateWooRequest(request({ subject: '' }))), ['/subject empty']);
  assert.deepEqual(codes(validateWooRequest(request({ subject: 'x'.repeat(20_001) }))), ['/subject too-long']);
  assert.deepEqual(codes(validateWooRequest(request({ period: {} }))), ['/period empty-object']);
  assert.deepEqual(codes(validateWooRequest(request({ requester: { email: 'not an address' } }))), [
    '/requester/email invalid-email',
  ]);
  assert.deepEqual(codes(validateWooRequest(request({ requester: { phone: 'call me' } }))), [
    '/requester/phone invalid-phone',
  ]);
  assert.deepEqual(
    codes(
      validateWooRequest(
        request({ requester: { postalAddress: { street: 'Markt', postalCode: '123', city: 'Gouda' } } }),
      ),
    ),
    ['/requester/postalAddress/postalCode invalid-postal-code'],
  );
  assert.deepEqual(codes(validateWooRequest(request({ events: [{ type: 'teleported', on: '2025-03-04' }] }))), [
    '/events/0/type not-allowed-value',
  ]);
  assert.deepEqual(codes(validateWooRequest(request({ events: [{ on: '2025-03-04' }] }))), ['/events/0/type required']);
  assert.deepEqual(codes(validateWooRequest(request({ events: [{ type: 'decided', on: '2025-03-04' }] }))), [
    '/events/0/outcome required',
  ]);
  assert.deepEqual(
    codes(
      validateWooRequest(
        request({ events: [{ type: 'decided', on: '2025-03-04', outcome: 'refused', grounds: ['5.9'] }] }),
      ),
    ),
    ['/events/0/grounds/0 unknown-exception-ground'],
  );
  assert.deepEqual(
    codes(
      validateWooRequest(
        request({ events: [{ type: 'forwarded', on: '2025-03-04', to: { name: 'x', uri: 'http://x' } }] }),
      ),
    ),
    ['/events/0/to/uri invalid-tooi-uri'],
  );
  const result = validateWooRequest(request({ receivedOn: '2025-02-30' }));
  assert.ok(!result.ok);
  assert.match(result.errors[0]!.message.nl, /JJJJ-MM-DD/);
  assert.match(result.errors[0]!.message.en, /YYYY-MM-DD/);
});

test('property names with / and ~ are escaped in the JSON pointer', () => {
  assert.deepEqual(codes(validateWooRequest(request({ 'a/b~c': 1 }))), ['/a~1b~0c unknown-field']);
});

test('cross-field checks on a request', () => {
  assert.deepEqual(codes(validateWooRequest(request({ submittedOn: '2025-03-04' }))), [
    '/submittedOn submitted-after-receipt',
  ]);
  assert.deepEqual(codes(validateWooRequest(request({ period: { from: '2024-12-31', to: '2024-01-01' } }))), [
    '/period/to period-end-before-start',
  ]);
  assert.deepEqual(codes(validateWooRequest(request({ agreedDeadline: '2025-03-01' }))), [
    '/agreedDeadline agreed-deadline-before-receipt',
  ]);
  assert.deepEqual(
    codes(
      validateWooRequest(request({ events: [{ type: 'zienswijzeAsked', on: '2025-03-10', answerBy: '2025-03-09' }] })),
    ),
    ['/events/0/answerBy answer-by-before-asked'],
  );
  assert.deepEqual(
    codes(validateWooRequest(request({ events: [{ type: 'decided', on: '2025-03-10', outcome: 'refused' }] }))),
    ['/events/0/grounds grounds-required'],
  );
  assert.deepEqual(
    codes(
      validateWooRequest(
        request({ events: [{ type: 'decided', on: '2025-03-10', outcome: 'disclosed', grounds: ['5.2'] }] }),
      ),
    ),
    ['/events/0/grounds grounds-not-expected'],
  );
});

test('the history of a request must be possible and in date order', () => {
  assert.deepEqual(codes(validateWooRequest(request({ events: [{ type: 'released', on: '2025-03-10' }] }))), [
    '/events/0 invalid-transition',
  ]);
  assert.deepEqual(codes(validateWooRequest(request({ events: [{ type: 'postponed', on: '2025-03-01' }] }))), [
    '/events/0/on event-before-receipt',
  ]);
  assert.deepEqual(
    codes(
      validateWooRequest(
        request({
          events: [
            { type: 'postponed', on: '2025-03-20' },
            { type: 'decided', on: '2025-03-19', outcome: 'notHeld' },
          ],
        }),
      ),
    ),
    ['/events/1/on event-out-of-order'],
  );
  assert.deepEqual(
    codes(
      validateWooRequest(
        request({
          events: [
            { type: 'postponed', on: '2025-03-20' },
            { type: 'postponed', on: '2025-03-21' },
          ],
        }),
      ),
    ),
    ['/events/1 invalid-transition'],
  );
});

test('decision, publication, contact point and organisation checks', () => {
  assert.deepEqual(codes(validateDecision({ ...exampleDecision, grounds: [] })), ['/grounds grounds-required']);
  assert.deepEqual(codes(validateDecision({ ...exampleDecision, releasedOn: '2025-04-14' })), [
    '/releasedOn release-before-decision',
  ]);
  assert.deepEqual(codes(validateDecision({ ...exampleDecision, grounds: ['5.2', '5.2'] })), [
    '/grounds duplicate-items',
  ]);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, informationCategories: [] })), [
    '/informationCategories too-few-items',
  ]);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, informationCategories: ['c_00000000'] })), [
    '/informationCategories/0 unknown-information-category',
  ]);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, documentType: 'brief' })), [
    '/documentType unknown-document-type',
  ]);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, language: 'nl' })), [
    '/language unknown-language',
  ]);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, format: 'pdf' })), ['/format unknown-format']);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, url: 'ftp://example.nl/x' })), [
    '/url invalid-url',
  ]);
  assert.deepEqual(codes(validatePublication({ ...examplePublication, publisher: { name: 'Utrecht' } })), [
    '/publisher/uri required',
  ]);
  assert.deepEqual(
    codes(
      validatePublication({
        ...examplePublication,
        documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-04-15' }],
      }),
    ),
    ['/documentActions/0/atTime invalid-date-time'],
  );
  assert.deepEqual(codes(validatePublication({ ...examplePublication, creationDate: '2025-02-29' })), [
    '/creationDate invalid-date',
  ]);
  const { email: _e, phone: _p, requestUrl: _r, visitingAddress: _v, postalAddress: _a, ...bare } = exampleContactPoint;
  assert.deepEqual(codes(validateContactPoint(bare)), [' no-contact-channel']);
  assert.deepEqual(
    codes(
      validateContactPoint({
        ...exampleContactPoint,
        openingHours: [{ dayOfWeek: 'monday', opens: '17:00', closes: '09:00' }],
      }),
    ),
    ['/openingHours/0/closes closes-before-opens'],
  );
  assert.deepEqual(
    codes(
      validateContactPoint({
        ...exampleContactPoint,
        openingHours: [{ dayOfWeek: 'maandag', opens: '9:00', closes: '17:00' }],
      }),
    ),
    ['/openingHours/0/dayOfWeek not-allowed-value', '/openingHours/0/opens invalid-time'],
  );
  assert.deepEqual(codes(validateOrganisation({})), ['/name required']);
  assert.deepEqual(codes(validateOrganisation([])), [' wrong-type']);
});

test('parseWooRequest returns the value or throws a typed error with every issue', () => {
  assert.equal(parseWooRequest(exampleWooRequest), exampleWooRequest);
  assert.throws(
    () => parseWooRequest({}),
    (e: unknown) => {
      assert.ok(e instanceof WooKitValidationError);
      assert.equal(e.code, 'validation-failed');
      assert.equal(e.issues.length, 4);
      assert.match(e.messages.nl, /4 fouten/);
      return true;
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Property tests: validators never throw and always answer with typed issues.

const hostile = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  key: fc.oneof(
    fc.string(),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'id',
      'type',
      'on',
      'events',
    ),
  ),
});

test('property: validators never throw on anything', () => {
  fc.assert(
    fc.property(hostile, (value) => {
      for (const validate of Object.values(validators)) assertTyped(validate(value), value);
    }),
    { numRuns: 500 },
  );
});

test('property: anything placed in a field of a valid document gives typed errors', () => {
  const fields = [
    'id',
    'receivedOn',
    'submittedOn',
    'channel',
    'subject',
    'period',
    'requester',
    'agreedDeadline',
    'events',
  ];
  fc.assert(
    fc.property(fc.constantFrom(...fields), hostile, (field, value) => {
      const doc = { ...exampleWooRequest, [field]: value };
      assertTyped(validateWooRequest(doc), doc);
      const events = [...(exampleWooRequest.events ?? []), value];
      assertTyped(validateWooRequest({ ...exampleWooRequest, events }), undefined as unknown);
    }),
    { numRuns: 300 },
  );
});

test('objects with __proto__ and constructor keys are rejected without prototype pollution', () => {
  const text = JSON.stringify(exampleWooRequest).replace(
    /^\{/,
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
  );
  const value: unknown = JSON.parse(text);
  const result = validateWooRequest(value);
  assert.deepEqual(codes(result), ['/__proto__ unknown-field', '/constructor unknown-field']);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  const nested: unknown = JSON.parse(
    '{"name":"x","__proto__":{"uri":"https://identifier.overheid.nl/tooi/id/gemeente/gm0363"}}',
  );
  assert.deepEqual(codes(validateOrganisation(nested)), ['/__proto__ unknown-field']);
  assert.ok(validateOrganisation(Object.assign(Object.create(null), { name: 'gemeente Ede' })).ok);
});

test('1 MB strings, NaN, Infinity and deep nesting give typed errors quickly', () => {
  const mb = 'a'.repeat(1024 * 1024);
  for (const field of ['id', 'subject', 'receivedOn', 'channel']) {
    const started = performance.now();
    const result = validateWooRequest(request({ [field]: mb }));
    assertTyped(result, undefined);
    assert.ok(!result.ok);
    assert.ok(performance.now() - started < 2000, `${field}: too slow`);
  }
  assertTyped(validatePublication({ ...examplePublication, url: `https://${mb}` }), undefined);
  assertTyped(validateContactPoint({ ...exampleContactPoint, email: `${mb}@example.nl` }), undefined);
  for (const n of [NaN, Infinity, -Infinity, -0, Number.MAX_VALUE]) {
    assert.deepEqual(codes(validateWooRequest(request({ receivedOn: n }))), ['/receivedOn wrong-type']);
    assertTyped(validateDecision({ ...exampleDecision, grounds: [n] }), undefined);
  }
  let deep: unknown = 'bottom';
  for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { x: deep };
  for (const validate of Object.values(validators)) assertTyped(validate(deep), deep);
  assertTyped(validateWooRequest(request({ events: [deep] })), undefined);
  assertTyped(validateWooRequest(request({ channel: deep })), undefined);
  assertTyped(validateWooRequest(request({ extra: deep })), undefined);
});

test('property: a date is valid exactly when the day exists (oracle: Date.UTC round trip)', () => {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        const exists =
          m >= 1 &&
          m <= 12 &&
          d >= 1 &&
          utc.getUTCFullYear() === y &&
          utc.getUTCMonth() === m - 1 &&
          utc.getUTCDate() === d;
        const doc = request({ receivedOn: text, events: [] });
        delete doc['submittedOn'];
        const result = validateWooRequest(doc);
        assertTyped(result, doc);
        assert.equal(result.ok, exists, text);
        if (!exists) assert.deepEqual(codes(result), ['/receivedOn invalid-date']);
      },
    ),
    { numRuns: 2000 },
  );
  assert.deepEqual(codes(validateWooRequest(request({ receivedOn: '2025-02-30' }))), ['/receivedOn invalid-date']);
});
