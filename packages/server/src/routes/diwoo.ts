/**
 * The DiWoo routes for the national Woo-index (open.overheid.nl): the sitemap index, its sitemaps and
 * robots.txt. Kept in this one module on purpose: it only calls @woo-kit/core and may change with the
 * Woo-index's rules without touching the rest of the server.
 *
 *   GET /sitemapindex-diwoo.xml     the sitemap index, named as the harvester requires (it follows only
 *                                   indexes named in robots.txt, and only with this naming)
 *   GET /sitemap-diwoo.xml          the DiWoo 0.9.8 sitemap it lists; above 50,000 publications
 *   GET /sitemap-diwoo-<n>.xml      the numbered files
 *   GET /robots.txt                 names only the sitemap index
 */
import { diwooRobotsTxt, toDiwooSitemap, WOO_INDEX_SITEMAP_INDEX_NAME, type Publication } from '@woo-kit/core';

export interface DiwooResponse {
  readonly body: string;
  readonly contentType: string;
}

const XML = 'application/xml; charset=utf-8';

/** The answer for a DiWoo path; `undefined` when the path is not one of these, `null` when the file does not exist. */
export function diwooRoute(
  path: string,
  origin: string,
  publications: () => Promise<readonly Publication[]>,
): Promise<DiwooResponse | null> | undefined {
  const write = (list: readonly Publication[]) =>
    toDiwooSitemap([...list], { baseUrl: `${origin}/`, fileName: 'sitemap-diwoo' });
  if (
    path === `/${WOO_INDEX_SITEMAP_INDEX_NAME}` ||
    path === '/sitemap-diwoo.xml' ||
    /^\/sitemap-diwoo-\d+\.xml$/.test(path)
  ) {
    return publications().then((list) => {
      const { files, indexes, index } = write(list);
      const named = [...files, ...indexes].find((f) => `/${f.name}` === path)?.xml;
      // Earlier versions served the index at /sitemap-diwoo.xml when the sitemap was split; it still answers there.
      const xml = named ?? (path === '/sitemap-diwoo.xml' ? index : undefined);
      return xml === undefined ? null : { body: xml, contentType: XML };
    });
  }
  if (path === '/robots.txt') {
    // One index under a fixed name: robots.txt needs no database and keeps answering when it is down.
    return Promise.resolve({
      body:
        `User-agent: *\nAllow: /\n\n# DiWoo sitemap index for the national Woo-index ` +
        `(open.overheid.nl)\n${diwooRobotsTxt([`${origin}/${WOO_INDEX_SITEMAP_INDEX_NAME}`])}`,
      contentType: 'text/plain; charset=utf-8',
    });
  }
  return undefined;
}
