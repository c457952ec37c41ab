/**
 * DiWoo 0.9.8 sitemaps for the national Woo-index: write (`toDiwooSitemap`) and read
 * (`fromDiwooSitemap`, `readSitemapIndex`).
 */
export { DiwooError, XmlSyntaxError } from './errors.js';
export {
  toDiwooSitemap,
  type DiwooSitemapFile,
  type DiwooSitemapOptions,
  type DiwooSitemapResult,
  type DiwooSkipped,
} from './write.js';
export {
  fromDiwooSitemap,
  readSitemapIndex,
  type DiwooReadEntry,
  type DiwooReadError,
  type DiwooReadOptions,
  type DiwooReadResult,
} from './read.js';
export { DIWOO_NAMESPACE, SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS, SITEMAP_NAMESPACE } from './values.js';
export { replaceNonXmlCharacters } from './xml-text.js';
