import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  contactPointSchema,
  decisionSchema,
  examples,
  exampleContactPoint,
  exampleDecision,
  exampleOrganisation,
  examplePublication,
  exampleWooRequest,
  organisationSchema,
  publicationSchema,
  schemas,
  validateContactPoint,
  validateDecision,
  validateOrganisation,
  validatePublication,
  validateWooRequest,
  wooRequestSchema,
  type ContactPoint,
  type Decision,
  type JsonSchema,
  type Organisation,
  type Publication,
  type WooRequest,
} from '../src/index.js';

// Keys of each type, checked by the compiler (`satisfies` rejects a missing or an extra key) and
// compared with the schema's properties at run time, so types and schemas cannot drift apart.
const wooRequestKeys = {
  id: 'required',
  receivedOn: 'required',
  submittedOn: 'optional',
  channel: 'required',
  subject: 'required',
  period: 'optional',
  requester: 'optional',
  preferredResponse: 'optional',
  agreedDeadline: 'optional',
  events: 'optional',
} as const satisfies Record<keyof WooRequest, 'required' | 'optional'>;
const decisionKeys = {
  requestId: 'required',
  decidedOn: 'required',
  outcome: 'required',
  grounds: 'optional',
  releasedOn: 'optional',
  summary: 'optional',
} as const satisfies Record<keyof Decision, 'required' | 'optional'>;
const publicationKeys = {
  id: 'required',
  url: 'required',
  officialTitle: 'required',
  shortTitle: 'optional',
  description: 'optional',
  informationCategories: 'required',
  documentType: 'optional',
  publisher: 'required',
  creationDate: 'optional',
  documentActions: 'required',
  language: 'optional',
  format: 'optional',
  publishedOn: 'optional',
  lastModified: 'optional',
  isPartOf: 'optional',
  hasParts: 'optional',
} as const satisfies Record<keyof Publication, 'required' | 'optional'>;
const contactPointKeys = {
  name: 'required',
  organisation: 'required',
  visitingAddress: 'optional',
  postalAddress: 'optional',
  openingHours: 'optional',
  phone: 'optional',
  email: 'optional',
  requestUrl: 'optional',
  websiteUrl: 'optional',
} as const satisfies Record<keyof ContactPoint, 'required' | 'optional'>;
const organisationKeys = { name: 'required', uri: 'optional' } as const satisfies Record<
  keyof Organisation,
  'required' | 'optional'
>;

// Optional in the type exactly when optional in the schema (checked by the compiler).
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
type Agrees<T, M extends Record<keyof T, string>> = [OptionalKeys<T>] extends [
  { [K in keyof M]: M[K] extends 'optional' ? K : never }[keyof M],
]
  ? [{ [K in keyof M]: M[K] extends 'optional' ? K : never }[keyof M]] extends [OptionalKeys<T>]
    ? true
    : false
  : false;
const agreements: [
  Agrees<WooRequest, typeof wooRequestKeys>,
  Agrees<Decision, typeof decisionKeys>,
  Agrees<Publication, typeof publicationKeys>,
  Agrees<ContactPoint, typeof contactPointKeys>,
  Agrees<Organisation, typeof organisationKeys>,
] = [true, true, true, true, true];

function objectSchema(schema: JsonSchema): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref === 'string') return (schema['$defs'] as Record<string, JsonSchema>)[ref.replace('#/$defs/', '')]!;
  return schema;
}

test('each schema lists the same fields as its TypeScript type, required and optional alike', () => {
  assert.ok(agreements.every(Boolean));
  const cases: Array<[JsonSchema, Record<string, string>]> = [
    [wooRequestSchema, wooRequestKeys],
    [decisionSchema, decisionKeys],
    [publicationSchema, publicationKeys],
    [contactPointSchema, contactPointKeys],
    [organisationSchema, organisationKeys],
  ];
  for (const [schema, keys] of cases) {
    const object = objectSchema(schema);
    assert.deepEqual(
      Object.keys(object['properties'] as object).sort(),
      Object.keys(keys).sort(),
      String(schema['$id']),
    );
    assert.deepEqual(
      [...(object['required'] as string[])].sort(),
      Object.entries(keys)
        .filter(([, v]) => v === 'required')
        .map(([k]) => k)
        .sort(),
      String(schema['$id']),
    );
    assert.equal(object['additionalProperties'], false);
  }
});

test('schemas are draft 2020-12, self-contained and frozen', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema['$id'], `urn:woo-kit:schema:${name}`);
    const text = JSON.stringify(schema);
    for (const m of text.matchAll(/"\$ref":"([^"]+)"/g))
      assert.ok(m[1]!.startsWith('#/$defs/'), `${name}: external $ref ${m[1]}`);
    assert.ok(Object.isFrozen(schema));
  }
});

test('schemas/*.schema.json hold exactly the exported schema data', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    const file = JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
    assert.deepEqual(file, JSON.parse(JSON.stringify(schema)), `${name}.schema.json is out of date: run the build`);
  }
});

test('the examples are valid, typed and frozen', () => {
  // Typed: each example is checked by the compiler against its type …
  const typed: [WooRequest, Decision, Publication, ContactPoint, Organisation] = [
    exampleWooRequest,
    exampleDecision,
    examplePublication,
    exampleContactPoint,
    exampleOrganisation,
  ];
  // … and by the validators against the schema.
  assert.deepEqual(validateWooRequest(typed[0]), { ok: true, value: exampleWooRequest });
  assert.deepEqual(validateDecision(typed[1]), { ok: true, value: exampleDecision });
  assert.deepEqual(validatePublication(typed[2]), { ok: true, value: examplePublication });
  assert.deepEqual(validateContactPoint(typed[3]), { ok: true, value: exampleContactPoint });
  assert.deepEqual(validateOrganisation(typed[4]), { ok: true, value: exampleOrganisation });
  assert.deepEqual(Object.keys(examples).sort(), Object.keys(schemas).sort());
  assert.ok(Object.isFrozen(exampleWooRequest.events));
});
