/**
 * JSON Schemas (draft 2020-12) of the domain model. These objects are the source: the build
 * writes them to `packages/core/schemas/*.schema.json` and compiles them into the standalone
 * validators of `src/generated/validators.ts`. Value lists (categories, document types, languages,
 * formats, document actions, exception grounds) come from the registries, so schemas and
 * registries never disagree. Each schema is self-contained: shared parts are copied into `$defs`.
 */
import { deepFreeze } from '../internal/freeze.js';
import { informationCategoryCodes } from '../registries/categories.js';
import { documentTypes } from '../registries/document-types.js';
import { withholdingGroundArticles } from '../registries/exception-grounds.js';
import { documentActionTypes, fileFormats, languages } from '../registries/value-lists.js';
import { wooRequestEventTypes } from '../model.js';
import { inventoryAssessments, inventoryFileTypes } from '../woo-decision.js';

/** A JSON Schema document or fragment, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const text = (maxLength: number, description?: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength,
  ...(description === undefined ? {} : { description }),
});

/** Shared definitions. A schema copies the ones it uses into its `$defs`. */
const defs = {
  isoDate: { type: 'string', format: 'date', description: 'A calendar date YYYY-MM-DD that exists.' },
  dateTime: { type: 'string', format: 'date-time', description: 'RFC 3339 date-time with offset.' },
  webUrl: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 2048 },
  email: { type: 'string', format: 'email', maxLength: 254 },
  phone: { type: 'string', pattern: '^\\+?[0-9][0-9 ()-]{5,24}$' },
  postalCode: { type: 'string', pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$' },
  clockTime: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
  lastmod: {
    type: 'string',
    format: 'date-or-date-time',
    description: 'A calendar date YYYY-MM-DD, or an RFC 3339 date-time with offset.',
  },
  documentReference: {
    type: 'object',
    properties: {
      // XML white space at either end would be lost: readers trim an identifier.
      resource: {
        type: 'string',
        minLength: 1,
        maxLength: 2048,
        pattern: '^[^ \\t\\r\\n](?:[\\s\\S]*[^ \\t\\r\\n])?$',
      },
      label: { type: 'string', maxLength: 2000 },
    },
    required: ['label'],
    additionalProperties: false,
  },
  tooiUri: {
    type: 'string',
    pattern: '^https://identifier\\.overheid\\.nl/tooi/id/[a-z_]+/[A-Za-z0-9_-]+$',
    maxLength: 200,
  },
  postalAddress: {
    type: 'object',
    properties: {
      street: text(200),
      houseNumber: text(20),
      postalCode: ref('postalCode'),
      city: text(100),
    },
    required: ['street', 'postalCode', 'city'],
    additionalProperties: false,
  },
  organisation: {
    type: 'object',
    properties: {
      name: text(300, 'Name, e.g. "gemeente Utrecht".'),
      uri: ref('tooiUri'),
    },
    required: ['name'],
    additionalProperties: false,
  },
  decisionOutcome: {
    enum: ['disclosed', 'partlyDisclosed', 'refused', 'notHeld', 'alreadyPublic', 'notHandled'],
  },
  exceptionGround: { enum: [...withholdingGroundArticles], description: 'Article of Woo chapter 5, e.g. 5.1.2e.' },
  grounds: { type: 'array', items: ref('exceptionGround'), uniqueItems: true, maxItems: 50 },
  informationCategoryCode: { enum: [...informationCategoryCodes] },
  documentTypeCode: { enum: documentTypes.map((d) => d.code) },
  languageCode: { enum: languages.map((l) => l.code) },
  formatCode: { enum: fileFormats.map((f) => f.code) },
  documentActionCode: { enum: documentActionTypes.map((a) => a.code) },
  note: text(10_000),
} satisfies Record<string, JsonSchema>;

type DefName = keyof typeof defs;

function schema(
  id: string,
  title: string,
  body: JsonSchema,
  uses: readonly DefName[],
  extraDefs: Record<string, JsonSchema> = {},
): JsonSchema {
  const $defs: Record<string, JsonSchema> = {};
  for (const name of uses) $defs[name] = defs[name];
  Object.assign($defs, extraDefs);
  return deepFreeze({ $schema: DRAFT, $id: `urn:woo-kit:schema:${id}`, title, ...body, $defs });
}

const event = (type: string, extra: Record<string, JsonSchema> = {}, required: readonly string[] = []): JsonSchema => ({
  type: 'object',
  properties: { type: { const: type }, on: ref('isoDate'), note: ref('note'), ...extra },
  required: ['type', 'on', ...required],
  additionalProperties: false,
});

// The event union: ajv's `discriminator` picks the branch by `type`, so errors name one event kind.
const eventDef: JsonSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: [...wooRequestEventTypes] } },
  discriminator: { propertyName: 'type' },
  oneOf: [
    event('clarificationAsked', { answerBy: ref('isoDate') }),
    event('clarificationAnswered', { lapsed: { type: 'boolean' } }),
    event('zienswijzeAsked', { answerBy: ref('isoDate') }),
    event('zienswijzeReceived', { lapsed: { type: 'boolean' } }),
    event('postponed'),
    event('forwarded', { to: ref('organisation'), partial: { type: 'boolean' } }, ['to']),
    event('decided', { outcome: ref('decisionOutcome'), grounds: ref('grounds') }, ['outcome']),
    event('released'),
    event('withdrawn'),
  ],
};
/** Schema of `WooRequest`, a request with its events. */
export const wooRequestSchema: JsonSchema = /* @__PURE__ */ schema(
  'woo-request',
  'Woo request (Woo-verzoek)',
  {
    type: 'object',
    properties: {
      id: text(100, "The body's own reference."),
      receivedOn: ref('isoDate'),
      submittedOn: ref('isoDate'),
      channel: { enum: ['webForm', 'email', 'post', 'inPerson', 'phone', 'other'] },
      subject: text(20_000),
      period: {
        type: 'object',
        properties: { from: ref('isoDate'), to: ref('isoDate') },
        minProperties: 1,
        additionalProperties: false,
      },
      requester: {
        type: 'object',
        properties: { name: text(300), email: ref('email'), phone: ref('phone'), postalAddress: ref('postalAddress') },
        additionalProperties: false,
      },
      preferredResponse: { enum: ['documents', 'answer'] },
      agreedDeadline: ref('isoDate'),
      events: { type: 'array', items: ref('event'), maxItems: 1000 },
    },
    required: ['id', 'receivedOn', 'channel', 'subject'],
    additionalProperties: false,
  },
  [
    'isoDate',
    'email',
    'phone',
    'postalCode',
    'postalAddress',
    'tooiUri',
    'organisation',
    'note',
    'decisionOutcome',
    'exceptionGround',
    'grounds',
  ],
  { event: eventDef },
);

/** Schema of `Decision`, a decision on a request. */
export const decisionSchema: JsonSchema = /* @__PURE__ */ schema(
  'decision',
  'Decision on a Woo request (besluit)',
  {
    type: 'object',
    properties: {
      requestId: text(100),
      decidedOn: ref('isoDate'),
      outcome: ref('decisionOutcome'),
      grounds: ref('grounds'),
      releasedOn: ref('isoDate'),
      summary: text(10_000),
    },
    required: ['requestId', 'decidedOn', 'outcome'],
    additionalProperties: false,
  },
  ['isoDate', 'decisionOutcome', 'exceptionGround', 'grounds'],
);

// The inventory of a Woo decision (productierapport): one row per document.
const inventoryDefs: Record<string, JsonSchema> = {
  inventoryGround: {
    enum: [...withholdingGroundArticles, '5.3'],
    description: 'Article of Woo chapter 5, e.g. 5.1.2e; 5.3 only next to another ground.',
  },
  inventoryItem: {
    type: 'object',
    properties: {
      id: text(200, 'The document id (ID).'),
      matter: {
        type: 'string',
        minLength: 2,
        maxLength: 200,
        description: 'The collection (Matter); at least 2 characters.',
      },
      name: text(1000, 'Name shown to readers (Document).'),
      fileType: { enum: [...inventoryFileTypes] },
      date: ref('isoDate'),
      assessment: { enum: [...inventoryAssessments] },
      grounds: { type: 'array', items: ref('inventoryGround'), uniqueItems: true, maxItems: 20 },
      explanation: text(10_000),
      publicLink: ref('webUrl'),
      relatedIds: { type: 'array', items: text(200), maxItems: 100 },
      familyId: text(200),
      threadId: text(200),
      caseNumbers: { type: 'array', items: text(200), maxItems: 100 },
      suspended: { type: 'boolean' },
    },
    required: ['id', 'matter', 'name', 'fileType', 'date', 'assessment', 'grounds'],
    additionalProperties: false,
  },
};

/** Schema of `InventoryItem`, one document of a decision's inventory. */
export const inventoryItemSchema: JsonSchema = /* @__PURE__ */ schema(
  'inventory-item',
  'Document in the inventory of a Woo decision (inventarislijst)',
  { $ref: '#/$defs/inventoryItem' },
  ['isoDate', 'webUrl', 'exceptionGround'],
  inventoryDefs,
);

/** Schema of `WooDecision`, a decision with its weighing and inventory. */
export const wooDecisionSchema: JsonSchema = /* @__PURE__ */ schema(
  'woo-decision',
  'Woo decision explained, with its inventory (besluit met inventarislijst)',
  {
    type: 'object',
    properties: {
      requestId: text(100),
      title: text(1000),
      organisation: text(300),
      decidedOn: ref('isoDate'),
      announcedOn: ref('isoDate'),
      outcome: ref('decisionOutcome'),
      summary: text(20_000),
      weighings: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          properties: { ground: ref('inventoryGround'), weighing: text(20_000) },
          required: ['ground', 'weighing'],
          additionalProperties: false,
        },
      },
      inventory: { type: 'array', items: ref('inventoryItem'), maxItems: 1_000_000 },
      letterUrl: ref('webUrl'),
      contact: {
        type: 'object',
        properties: { name: text(300), email: ref('email'), phone: ref('phone'), url: ref('webUrl') },
        additionalProperties: false,
      },
    },
    required: ['requestId', 'decidedOn', 'outcome', 'summary', 'weighings', 'inventory'],
    additionalProperties: false,
  },
  ['isoDate', 'webUrl', 'email', 'phone', 'decisionOutcome', 'exceptionGround'],
  inventoryDefs,
);

/** Schema of `Organisation`. */
export const organisationSchema: JsonSchema = /* @__PURE__ */ schema(
  'organisation',
  'Government organisation (bestuursorgaan)',
  { $ref: '#/$defs/organisation' },
  ['organisation', 'tooiUri'],
);

/** Schema of `Publication`, aligned with DiWoo 0.9.8. */
export const publicationSchema: JsonSchema = /* @__PURE__ */ schema(
  'publication',
  'Published document with DiWoo metadata',
  {
    type: 'object',
    properties: {
      id: text(200),
      url: ref('webUrl'),
      officialTitle: text(2000),
      shortTitle: text(500),
      description: text(20_000),
      informationCategories: {
        type: 'array',
        items: ref('informationCategoryCode'),
        minItems: 1,
        maxItems: 18,
        uniqueItems: true,
      },
      documentType: ref('documentTypeCode'),
      publisher: {
        type: 'object',
        properties: { name: text(300), uri: ref('tooiUri') },
        required: ['name', 'uri'],
        additionalProperties: false,
      },
      creationDate: ref('isoDate'),
      documentActions: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        items: {
          type: 'object',
          properties: { soortHandeling: ref('documentActionCode'), atTime: ref('dateTime') },
          required: ['soortHandeling', 'atTime'],
          additionalProperties: false,
        },
      },
      language: ref('languageCode'),
      format: ref('formatCode'),
      publishedOn: ref('isoDate'),
      lastModified: ref('lastmod'),
      isPartOf: ref('documentReference'),
      hasParts: { type: 'array', minItems: 1, maxItems: 50_000, items: ref('documentReference') },
    },
    required: ['id', 'url', 'officialTitle', 'informationCategories', 'publisher', 'documentActions'],
    additionalProperties: false,
  },
  [
    'webUrl',
    'isoDate',
    'dateTime',
    'lastmod',
    'documentReference',
    'tooiUri',
    'informationCategoryCode',
    'documentTypeCode',
    'languageCode',
    'formatCode',
    'documentActionCode',
  ],
);

/** Schema of `ContactPoint`, the openness centre (openbaarheidscentrum). */
export const contactPointSchema: JsonSchema = /* @__PURE__ */ schema(
  'contact-point',
  'Openness centre (openbaarheidscentrum)',
  {
    type: 'object',
    properties: {
      name: text(300),
      organisation: ref('organisation'),
      visitingAddress: ref('postalAddress'),
      postalAddress: ref('postalAddress'),
      openingHours: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          properties: {
            dayOfWeek: { enum: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
            opens: ref('clockTime'),
            closes: ref('clockTime'),
          },
          required: ['dayOfWeek', 'opens', 'closes'],
          additionalProperties: false,
        },
      },
      phone: ref('phone'),
      email: ref('email'),
      requestUrl: ref('webUrl'),
      websiteUrl: ref('webUrl'),
    },
    required: ['name', 'organisation'],
    additionalProperties: false,
  },
  ['organisation', 'tooiUri', 'postalAddress', 'postalCode', 'clockTime', 'phone', 'email', 'webUrl'],
);

/** The name of each schema, as used by the CLI and the schema file names. */
export type SchemaName =
  'woo-request' | 'decision' | 'publication' | 'organisation' | 'contact-point' | 'woo-decision' | 'inventory-item';

/** Every schema by name; `packages/core/schemas/<name>.schema.json` holds the same data. */
export const schemas: Readonly<Record<SchemaName, JsonSchema>> = /* @__PURE__ */ Object.freeze({
  'woo-request': wooRequestSchema,
  decision: decisionSchema,
  publication: publicationSchema,
  organisation: organisationSchema,
  'contact-point': contactPointSchema,
  'woo-decision': wooDecisionSchema,
  'inventory-item': inventoryItemSchema,
});
