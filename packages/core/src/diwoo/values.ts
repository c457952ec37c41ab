/**
 * What DiWoo 0.9.8 and the sitemaps.org 0.9 schema accept beyond woo-kit's own JSON Schema: XML
 * Schema date and date-time values and the `loc` URI. Internal.
 */
import { addDays } from '../dates.js';
import { isIsoDate, isIsoDateTime } from '../formats.js';
import { DIWOO_VERSION } from '../generated/tooi-lists.js';
import { amsterdamOffset, type AmsterdamOffset } from './amsterdam-time.js';
import { hasNonXmlCharacters } from './xml-text.js';

/** The sitemaps.org 0.9 namespace (the envelope: `urlset`, `url`, `loc`, `lastmod`, `sitemapindex`). */
export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** The DiWoo metadata namespace (no version in it; the schema is version 0.9.8). */
export const DIWOO_NAMESPACE = 'https://standaarden.overheid.nl/diwoo/metadata/';
/**
 * Where the schemas live, for `xsi:schemaLocation` (a hint for readers; nothing is fetched by woo-kit).
 * Built from `DIWOO_VERSION`, the one place the DiWoo version is set (src/generated/tooi-lists.ts).
 */
export const DIWOO_SCHEMA_LOCATION = `https://standaarden.overheid.nl/diwoo/metadata/${DIWOO_VERSION}/xsd/diwoo/diwoo-metadata.xsd`;
export const SITEMAP_SCHEMA_LOCATION = 'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd';
/** Most URLs in one sitemap file, and most sitemaps in one index (sitemaps.org protocol). */
export const SITEMAP_MAX_URLS = 50_000;
/** Largest sitemap file, uncompressed: 50 MiB (sitemaps.org protocol). */
export const SITEMAP_MAX_BYTES = 52_428_800;

/**
 * An RFC 3339 date-time (as woo-kit's schemas accept it) written as an XML Schema `xs:dateTime`:
 * `t` and `z` in upper case. Undefined when XML Schema 1.0 has no such value: the year 0000 (XSD 1.0
 * has no year zero) or a time-zone offset beyond ±14:00.
 */
export function toXsdDateTime(value: string): string | undefined {
  if (!isIsoDateTime(value)) return undefined;
  const upper = value.toUpperCase();
  if (upper.startsWith('0000')) return undefined;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(upper);
  if (offset !== null && Number(offset[2]) * 60 + Number(offset[3]) > 14 * 60) return undefined;
  return upper;
}

/** True when a `YYYY-MM-DD` date is also an XML Schema 1.0 `xs:date` (so not in the year 0000). */
export function isXsdDate(value: string): boolean {
  return isIsoDate(value) && !value.startsWith('0000');
}

/**
 * A `lastmod` value (sitemaps.org: W3C Datetime, the schema: `xs:date` or `xs:dateTime`), normalised as
 * `toXsdDateTime` does, or undefined when it is neither.
 */
export function toLastmod(value: string): string | undefined {
  return isXsdDate(value) ? value : toXsdDateTime(value);
}

// RFC 3986 (appendix A), as XML Schema `xs:anyURI` is checked by libxml2: characters a URI may not hold
// unescaped (non-ASCII, space, < > " { } | \ ^ `) are first read as if percent-encoded, then the
// URI must parse. This check is stricter than libxml2 in a few corners (e.g. `[` in a fragment), never
// looser, so a URL it accepts always validates.
const UNRESERVED_OR_SUB = "A-Za-z0-9\\-._~!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED_OR_SUB}:@]|${PCT})`;
const WEB_URI = /* @__PURE__ */ new RegExp(
  `^https?://(?:(?:[${UNRESERVED_OR_SUB}:]|${PCT})*@)?(?:\\[[0-9A-Fa-f:.]+\\]|(?:[${UNRESERVED_OR_SUB}]|` +
    `${PCT})*)(?::[0-9]+)?` +
    `(?:/${PCHAR}*)*(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`,
);

function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    length++;
  }
  return length;
}

/**
 * True when `url` can be a sitemap `loc`: an http(s) URI that XML Schema accepts as `xs:anyURI`,
 * 12 to 2048 characters long (sitemaps.org `tLoc`), without white space and with no character XML
 * cannot carry.
 */
export function isSitemapLoc(url: string): boolean {
  // White space would be collapsed by the schema (xs:anyURI), so the URL would not come back the same.
  // XML Schema counts characters (code points), not UTF-16 units: an emoji is one.
  const length = codePointLength(url);
  if (length < 12 || length > 2048 || hasNonXmlCharacters(url) || /\s/.test(url)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this must replace
  const asAscii = url.replace(/[\u0000-\u0020\u007F-\u{10FFFF}<>"{}|\\^`]/gu, '_');
  return WEB_URI.test(asAscii);
}

/** What `readXsdDateTime` makes of an `xs:dateTime` from another producer. */
export interface ReadDateTime {
  /** The value as woo-kit keeps it: an RFC 3339 date-time with offset. */
  readonly value: string;
  /** Present when the text had no offset: the Dutch offset woo-kit assumed (Europe/Amsterdam). */
  readonly assumed?: AmsterdamOffset;
}

const XSD_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads an XML Schema `xs:dateTime` (white space already collapsed): with an offset (`Z`, `+00:00`,
 * `+01:00`) as it is; without one as local time in the Netherlands, with the offset that applied
 * there (see `amsterdamOffset`). `24:00:00`, which XML Schema 1.0 allows, becomes 00:00:00 of the
 * next day; decimals of a second beyond the ninth are dropped. Undefined for anything else, or a
 * value woo-kit cannot keep (a year outside 0001–9999).
 */
export function readXsdDateTime(text: string): ReadDateTime | undefined {
  const m = XSD_DATE_TIME.exec(text);
  if (m === null) return undefined;
  let date = `${m[1]}-${m[2]}-${m[3]}`;
  // XML Schema allows any number of decimals; RFC 3339 as woo-kit keeps it, nine (a nanosecond).
  let clock = `${m[4]}:${m[5]}:${m[6]}${(m[7] ?? '').slice(0, 10)}`;
  if (!isIsoDate(date) || date.startsWith('0000')) return undefined;
  if (m[4] === '24') {
    // XML Schema 1.0: 24:00:00 is the first moment of the next day; nothing else may follow 24.
    if (m[5] !== '00' || m[6] !== '00' || !/^(\.0+)?$/.test(m[7] ?? '') || date === '9999-12-31') return undefined;
    date = addDays(date, 1);
    clock = '00:00:00';
  }
  if (m[8] !== undefined) {
    const value = toXsdDateTime(`${date}T${clock}${m[8]}`);
    return value === undefined ? undefined : { value };
  }
  const assumed = amsterdamOffset(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
    Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)),
  );
  const value = toXsdDateTime(`${date}T${clock}${assumed.offset}`);
  return value === undefined ? undefined : { value, assumed };
}

/**
 * Reads a sitemap `lastmod`: an `xs:date` (a time zone on it is dropped: a calendar day is kept) or an `xs:dateTime`.
 */
export function readLastmod(text: string): ReadDateTime | undefined {
  const date = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (date !== null) return isXsdDate(date[1]!) ? { value: date[1]! } : undefined;
  return readXsdDateTime(text);
}
