/**
 * Typed errors of the DiWoo sitemap writer and reader. Codes are stable; messages are plain
 * language in Dutch and English.
 */
import { WooKitInputError, type LocalizedText, type WooKitErrorOptions } from '../errors.js';

/**
 * A DiWoo sitemap or publication that cannot be written or read: a value DiWoo 0.9.8 or the
 * sitemaps.org protocol does not allow, a missing element, a value that is not on a TOOI list.
 *
 * Codes: `diwoo-invalid-option`, `diwoo-base-url-required`, `diwoo-too-many-files`,
 * `diwoo-unknown-publisher`, `diwoo-invalid-url`, `diwoo-invalid-date-time`, `diwoo-invalid-date`,
 * `diwoo-invalid-lastmod`, `diwoo-not-a-sitemap`, `diwoo-sitemap-index`, `diwoo-missing-element`,
 * `diwoo-missing-resource`, `diwoo-unknown-value`, `diwoo-no-diwoo-metadata`, `diwoo-invalid-index-name`.
 * (Warnings about publications that are still written are plain data: see `DiwooWarning`.)
 */
export class DiwooError extends WooKitInputError {}

/**
 * XML that is not well-formed, or that holds something woo-kit refuses to read for safety.
 *
 * Codes: `xml-not-well-formed`, `xml-doctype-not-allowed` (a DTD or entity declaration: refused so
 * that no external entity is fetched (XXE) and no entity expands exponentially ("billion laughs")),
 * `xml-too-deep`.
 */
export class XmlSyntaxError extends WooKitInputError {
  /** Line of the problem (1-based). */
  readonly line: number;
  /** Column of the problem (1-based, in UTF-16 code units). */
  readonly column: number;

  constructor(code: string, message: LocalizedText, line: number, column: number, options: WooKitErrorOptions = {}) {
    super(
      code,
      {
        nl: `${message.nl} (regel ${line}, kolom ${column})`,
        en: `${message.en} (line ${line}, column ${column})`,
      },
      options,
    );
    this.line = line;
    this.column = column;
  }
}
