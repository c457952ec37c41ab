/**
 * The JSON Schema (draft 2020-12) of the answer of `GET /api/publications/search`. The server serves
 * it at `/api/publications/search/schema.json`; docs/search.md describes the protocol, so a
 * municipality can put an adapter in front of its own search service. Each item is a woo-kit
 * `Publication` (see @woo-kit/core's publication schema); here only what a client relies on.
 */
export const searchResponseSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://woo-kit.nl/schemas/publication-search-response.json',
  title: 'A page of publication search results',
  type: 'object',
  required: ['total', 'page', 'pageSize', 'sort', 'items', 'facets'],
  properties: {
    total: { type: 'integer', minimum: 0, description: 'How many publications match the search and every filter.' },
    page: { type: 'integer', minimum: 1, description: 'The page given (a page past the end gives the last page).' },
    pageSize: { type: 'integer', minimum: 1, maximum: 100 },
    sort: {
      enum: ['relevance', 'newest', 'oldest', 'title'],
      description: 'The order used: relevance by default when there are search words, else newest.',
    },
    items: {
      type: 'array',
      maxItems: 100,
      description: 'The publications of this page, in order; each a woo-kit Publication.',
      items: {
        type: 'object',
        required: ['id', 'url', 'officialTitle', 'informationCategories', 'publisher', 'documentActions'],
        properties: {
          id: { type: 'string' },
          url: { type: 'string' },
          officialTitle: { type: 'string' },
          informationCategories: { type: 'array', minItems: 1, items: { type: 'string' } },
          publisher: {
            type: 'object',
            required: ['name', 'uri'],
            properties: { name: { type: 'string' }, uri: { type: 'string' } },
          },
          documentActions: { type: 'array', minItems: 1 },
        },
      },
    },
    facets: {
      type: 'object',
      required: ['categories', 'documentTypes'],
      properties: {
        categories: {
          type: 'array',
          description:
            'Per information category: publications that match everything except the category filter. Only ' +
            'counts above 0.',
          items: { $ref: '#/$defs/count' },
        },
        documentTypes: {
          type: 'array',
          description:
            'Per document type (TOOI code): publications that match everything except the document type ' +
            'filter. Largest first.',
          items: {
            type: 'object',
            required: ['code', 'count'],
            properties: {
              code: { type: 'string' },
              count: { type: 'integer', minimum: 1 },
              label: { type: 'string', description: 'Dutch TOOI label, when the code is known.' },
            },
          },
        },
      },
    },
  },
  $defs: {
    count: {
      type: 'object',
      required: ['code', 'count'],
      properties: { code: { type: 'string' }, count: { type: 'integer', minimum: 1 } },
    },
  },
} as const;
