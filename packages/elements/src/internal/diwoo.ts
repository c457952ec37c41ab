import { DiwooError, fromDiwooSitemap, type Publication } from '@woo-kit/core';
import { FeedError } from './feed-error.js';

/**
 * Reads a DiWoo sitemap (XML) into publications with `@woo-kit/core`'s `fromDiwooSitemap`: every
 * `<url>` that is not a valid publication is counted as skipped. XML that is not well-formed is a
 * damaged feed; other XML (a sitemap index, another document) is not a publication feed.
 */
export function readDiwooSitemap(xml: string): { publications: readonly Publication[]; skipped: number } {
  try {
    const result = fromDiwooSitemap(xml);
    return { publications: result.publications, skipped: result.errors.length };
  } catch (error) {
    throw new FeedError(error instanceof DiwooError ? 'not-a-feed' : 'damaged');
  }
}
