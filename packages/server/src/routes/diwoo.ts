/**
 * The DiWoo routes for the national Woo-index (open.overheid.nl): the sitemap and robots.txt. Kept in
 * this one module on purpose: it only calls @woo-kit/core and may change with the Woo-index's rules
 * without touching the rest of the server.
 *
 *   GET /sitemap-diwoo.xml          one sitemap, or above 50,000 publications an index that points at
 *   GET /sitemap-diwoo-<n>.xml      the numbered files
 *   GET /robots.txt                 points the harvester at the sitemap
 */
import { toDiwooSitemap, type Publication } from '@woo-kit/core';

export interface DiwooResponse {
  readonly body: string;
  readonly contentType: string;
}

/** The answer for a DiWoo path; `undefined` when the path is not one of these, `null` when the file does not exist. */
export function diwooRoute(path: string, origin: string, publications: () => Promise<readonly Publication[]>): Promise<DiwooResponse | null> | undefined {
  if (path === '/sitemap-diwoo.xml' || /^\/sitemap-diwoo-\d+\.xml$/.test(path)) {
    return publications().then((list) => {
      const { files, index } = toDiwooSitemap([...list], { baseUrl: `${origin}/`, fileName: 'sitemap-diwoo' });
      const xml = path === '/sitemap-diwoo.xml' ? (index ?? files[0]?.xml) : files.find((f) => `/${f.name}` === path)?.xml;
      return xml === undefined ? null : { body: xml, contentType: 'application/xml; charset=utf-8' };
    });
  }
  if (path === '/robots.txt') {
    return Promise.resolve({
      body: `User-agent: *\nAllow: /\n\n# DiWoo sitemap for the national Woo-index (open.overheid.nl)\nSitemap: ${origin}/sitemap-diwoo.xml\n`,
      contentType: 'text/plain; charset=utf-8',
    });
  }
  return undefined;
}
