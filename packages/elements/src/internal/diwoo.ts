import { DiwooError, fromDiwooSitemapWith, municipalityByUri, type Publication } from '@woo-kit/core';
import { FeedError } from './feed-error.js';

/**
 * Reads a DiWoo sitemap (XML) into publications with `@woo-kit/core`'s `fromDiwooSitemap`: every
 * `<url>` that is not a valid publication is counted as skipped. XML that is not well-formed is a
 * damaged feed; other XML (a sitemap index, another document) is not a publication feed.
 */
export function readDiwooSitemap(xml: string): { publications: readonly Publication[]; skipped: number } {
  try {
    // Names of publishers with an empty label from the municipality list only: the other organisation
    // lists would add about 16 kB (gzip) to every page that shows a feed.
    const result = fromDiwooSitemapWith((uri) => municipalityByUri(uri)?.labelNl, xml);
    return { publications: result.publications, skipped: result.errors.length };
  } catch (error) {
    throw new FeedError(error instanceof DiwooError ? 'not-a-feed' : 'damaged');
  }
}
