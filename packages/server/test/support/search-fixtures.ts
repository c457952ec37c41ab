// Fixtures of the search index tests: a publication with only what the index reads varying, and a query.
import type { Publication } from '@woo-kit/core';
import type { SearchQuery } from '../../src/search/index-store.js';
import { parseSearchParams } from '../../src/search/params.js';

/** A search for `q` with the endpoint's defaults for everything else. */
export const query = (q: string): SearchQuery => parseSearchParams(new URLSearchParams({ q }));

export function publication(id: string, officialTitle: string, description?: string): Publication {
  return {
    id,
    url: `https://www.voorbeeld.nl/publicaties/${id}`,
    officialTitle,
    ...(description ? { description } : {}),
    informationCategories: ['c_db4862c3'],
    publisher: { name: 'Gemeente Voorbeeld', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' },
    creationDate: '2025-01-10',
    documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-01-10T10:00:00+01:00' }],
  };
}
