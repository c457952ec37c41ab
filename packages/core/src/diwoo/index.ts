/**
 * DiWoo 0.9.8 sitemaps for the national Woo-index: write (`toDiwooSitemap`) and read
 * (`fromDiwooSitemap`, `readSitemapIndex`).
 */
export { DiwooError, XmlSyntaxError } from './errors.js';
export {
  WOO_INDEX_SITEMAP_INDEX_NAME,
  categoryIndexName,
  categoryIndexNumber,
  diwooRobotsTxt,
  isWooIndexSitemapIndexName,
  toDiwooSitemap,
  type DiwooSitemapIndexFile,
  type DiwooWarning,
  type DiwooWarningCode,
  type DiwooSitemapFile,
  type DiwooSitemapOptions,
  type DiwooSitemapResult,
  type DiwooSkipped,
} from './write.js';
export {
  fromDiwooSitemap,
  fromDiwooSitemapWith,
  fromSitemapIndex,
  isSitemapIndex,
  readSitemapIndex,
  type DiwooReadNote,
  type PublisherName,
  type SitemapIndexEntry,
  type SitemapIndexResult,
  type DiwooReadEntry,
  type DiwooReadError,
  type DiwooReadOptions,
  type DiwooReadResult,
} from './read.js';
export { amsterdamOffset, type AmsterdamOffset, type LocalTimeFit } from './amsterdam-time.js';
export {
  DIWOO_NAMESPACE,
  DIWOO_SCHEMA_LOCATION,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_URLS,
  SITEMAP_NAMESPACE,
} from './values.js';
export { replaceNonXmlCharacters } from './xml-text.js';
