/**
 * Writes publications as DiWoo 0.9.8 sitemaps for the national Woo-index: the sitemaps.org 0.9
 * envelope `urlset > url > (loc, lastmod?, diwoo:Document > diwoo:DiWoo > …)`, split into files of at
 * most 50,000 URLs and 50 MiB with a sitemap index when needed. Strings only, no DOM.
 */
import type { WooKitError } from '../errors.js';
import type { Publication } from '../model.js';
import { categoryByCode } from '../registries/categories.js';
import { documentTypeByCode } from '../registries/document-types.js';
import { municipalities } from '../registries/municipalities.js';
import { conceptByCode, documentActionTypes, fileFormats, languages, type TooiConcept } from '../registries/value-lists.js';
import { WooKitValidationError, validatePublication } from '../validation/validate.js';
import { DiwooError } from './errors.js';
import {
  DIWOO_NAMESPACE,
  DIWOO_SCHEMA_LOCATION,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_URLS,
  SITEMAP_NAMESPACE,
  SITEMAP_SCHEMA_LOCATION,
  isSitemapLoc,
  isXsdDate,
  toLastmod,
  toXsdDateTime,
} from './values.js';
import { escapeAttribute, escapeText, utf8Length } from './xml-text.js';

/** Options of `toDiwooSitemap`. All are optional. */
export interface DiwooSitemapOptions {
  /**
   * The absolute http(s) URL of the folder the sitemap files will be served from, e.g.
   * `https://www.example.nl/woo/`. The sitemap index points at `baseUrl` + file name. Required when
   * the publications need more than one file, or with `alwaysIndex`.
   */
  readonly baseUrl?: string;
  /** Start of the file names: `NAME.xml` for one file, `NAME-1.xml`, `NAME-2.xml`, … when split. Default `diwoo-sitemap`. */
  readonly fileName?: string;
  /** Most URLs per file: 1 to 50,000 (the sitemaps.org limit, also the default). */
  readonly maxUrlsPerFile?: number;
  /** Largest file in bytes (UTF-8, uncompressed): default and most 52,428,800 (50 MiB, sitemaps.org). */
  readonly maxBytesPerFile?: number;
  /** Also write a sitemap index when everything fits in one file, so `robots.txt` can always name the index. */
  readonly alwaysIndex?: boolean;
  /**
   * The `lastmod` of a publication's `<url>`: an `xs:date` (`YYYY-MM-DD`) or an RFC 3339 date-time, or
   * undefined for none. The default is the latest `atTime` of its document actions; give your own
   * (e.g. the time the metadata last changed) so the harvester sees every change.
   */
  readonly lastmod?: (publication: Publication, index: number) => string | undefined;
  /**
   * TOOI URIs of publishers beyond the municipalities woo-kit knows (for example a joint arrangement),
   * which you know to be on the DiWoo organisation list. The Woo-index accepts only publishers on
   * that list (DiWoo `organisatielijst`).
   */
  readonly extraPublisherUris?: Iterable<string>;
}

/** One sitemap file. */
export interface DiwooSitemapFile {
  /** File name, e.g. `diwoo-sitemap.xml` or `diwoo-sitemap-2.xml`. */
  readonly name: string;
  /** The whole file: UTF-8 XML with declaration. */
  readonly xml: string;
  /** Number of `<url>` elements in it. */
  readonly urlCount: number;
}

/** A publication that was left out, with the reason. */
export interface DiwooSkipped {
  /** Its position in the input (0-based). */
  readonly index: number;
  /** `WooKitValidationError` (`validation-failed`) or `DiwooError` (`diwoo-…`). */
  readonly error: WooKitError;
}

/** What `toDiwooSitemap` made. */
export interface DiwooSitemapResult {
  /** The sitemap files, in order. Empty when no publication could be written (a sitemap needs one URL). */
  readonly files: readonly DiwooSitemapFile[];
  /** The sitemap index (`sitemapindex > sitemap > loc`) when there is more than one file, or with `alwaysIndex`. */
  readonly index?: string;
  /** Publications left out, in input order. */
  readonly skipped: readonly DiwooSkipped[];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN =
  `<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:diwoo="${DIWOO_NAMESPACE}"` +
  ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
  ` xsi:schemaLocation="${SITEMAP_NAMESPACE} ${SITEMAP_SCHEMA_LOCATION} ${DIWOO_NAMESPACE} ${DIWOO_SCHEMA_LOCATION}">\n`;
const URLSET_CLOSE = '</urlset>\n';
const FILE_FRAME_BYTES = /* @__PURE__ */ utf8Length(XML_DECLARATION + URLSET_OPEN + URLSET_CLOSE);

const optionError = (nl: string, en: string): DiwooError => new DiwooError('diwoo-invalid-option', { nl, en });

function checkOptions(options: DiwooSitemapOptions): { fileName: string; maxUrls: number; maxBytes: number; baseUrl: string | undefined } {
  const fileName = options.fileName ?? 'diwoo-sitemap';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(fileName)) {
    throw optionError(
      'De bestandsnaam mag alleen letters, cijfers, punt, streepje en liggend streepje hebben (hoogstens 100 tekens).',
      'The file name may only hold letters, digits, dot, hyphen and underscore (at most 100 characters).',
    );
  }
  const maxUrls = options.maxUrlsPerFile ?? SITEMAP_MAX_URLS;
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > SITEMAP_MAX_URLS) {
    throw optionError('Het aantal URLs per bestand moet een heel getal van 1 tot 50.000 zijn.', 'The number of URLs per file must be a whole number from 1 to 50,000.');
  }
  const maxBytes = options.maxBytesPerFile ?? SITEMAP_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > SITEMAP_MAX_BYTES) {
    throw optionError('De grootte per bestand moet een heel getal van 1 tot 52.428.800 bytes zijn.', 'The size per file must be a whole number from 1 to 52,428,800 bytes.');
  }
  let baseUrl = options.baseUrl;
  if (baseUrl !== undefined) {
    if (!baseUrl.endsWith('/')) baseUrl += '/';
    // The longest name a file can get must still make a valid `loc`.
    if (!isSitemapLoc(`${baseUrl}${fileName}-${SITEMAP_MAX_URLS}.xml`) || /[?#]/.test(baseUrl)) {
      throw optionError(
        'Het basisadres moet een volledig webadres zijn (https://…) zonder ? of #.',
        'The base URL must be a complete web address (https://…) without ? or #.',
      );
    }
  }
  return { fileName, maxUrls, maxBytes, baseUrl };
}

const label = (concept: TooiConcept | undefined): string => concept?.labelNl ?? '';

let municipalityUris: ReadonlySet<string> | undefined;
/** True for a municipality on the TOOI list (`rwc_gemeenten_compleet`), current or former. */
function isMunicipalityUri(uri: string): boolean {
  municipalityUris ??= new Set(municipalities.map((m) => m.uri));
  return municipalityUris.has(uri);
}

/** The checks a publication needs beyond `validatePublication` so the XML validates against DiWoo 0.9.8. */
function diwooProblem(p: Publication, knownPublishers: ReadonlySet<string>): DiwooError | undefined {
  // DiWoo 0.9.8 `organisatieType`: the publisher's URI must be on the TOOI organisation lists.
  if (!isMunicipalityUri(p.publisher.uri) && !knownPublishers.has(p.publisher.uri)) {
    return new DiwooError('diwoo-unknown-publisher', {
      nl: `De uitgever ${p.publisher.uri} staat niet in de lijst van gemeenten van TOOI. Het Woo-index neemt alleen uitgevers uit de TOOI-lijsten van organisaties aan.`,
      en: `The publisher ${p.publisher.uri} is not in the TOOI list of municipalities. The Woo-index only accepts publishers from the TOOI lists of organisations.`,
    }, { path: '/publisher/uri' });
  }
  // sitemaps.org `tLoc`: xs:anyURI of 12 to 2048 characters.
  if (!isSitemapLoc(p.url)) {
    return new DiwooError('diwoo-invalid-url', {
      nl: 'Dit webadres kan niet in een sitemap: het is korter dan 12 tekens, of het heeft tekens die in een URI niet mogen (zoals een losse % of een tweede #).',
      en: 'This web address cannot go in a sitemap: it is shorter than 12 characters, or it has characters a URI may not hold (such as a stray % or a second #).',
    }, { path: '/url' });
  }
  if (p.creationDate !== undefined && !isXsdDate(p.creationDate)) {
    return new DiwooError('diwoo-invalid-date', {
      nl: 'Het jaar 0000 bestaat niet in XML Schema. Kies een andere datum.',
      en: 'The year 0000 does not exist in XML Schema. Choose another date.',
    }, { path: '/creationDate' });
  }
  for (const [i, action] of p.documentActions.entries()) {
    if (toXsdDateTime(action.atTime) === undefined) {
      return new DiwooError('diwoo-invalid-date-time', {
        nl: 'Dit tijdstip kan niet in DiWoo: het jaar 0000 bestaat niet, en het verschil met UTC is hoogstens 14 uur.',
        en: 'This date-time cannot go in DiWoo: the year 0000 does not exist, and the offset from UTC is at most 14 hours.',
      }, { path: `/documentActions/${i}/atTime` });
    }
  }
  return undefined;
}

/** The latest document action, by instant; it is the default `lastmod`. */
function latestAction(p: Publication): string | undefined {
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const action of p.documentActions) {
    const value = toXsdDateTime(action.atTime);
    if (value === undefined) continue;
    const time = Date.parse(value);
    if (best === undefined || time > bestTime) {
      best = value;
      bestTime = time;
    }
  }
  return best;
}

/**
 * One `<url>` with its DiWoo metadata, one element per line without indentation (a file may hold
 * 50 MiB; indentation would cost a quarter of it). Elements in the order the XSD declares them; its
 * `xs:all` would allow any order.
 */
function urlElement(p: Publication, lastmod: string | undefined): string {
  const t = escapeText;
  const a = escapeAttribute;
  const out: string[] = ['<url>\n', `<loc>${t(p.url)}</loc>\n`];
  if (lastmod !== undefined) out.push(`<lastmod>${t(lastmod)}</lastmod>\n`);
  out.push('<diwoo:Document>\n<diwoo:DiWoo>\n');
  out.push(`<diwoo:identifiers>\n<diwoo:identifier>${t(p.id)}</diwoo:identifier>\n</diwoo:identifiers>\n`);
  out.push(`<diwoo:publisher resource="${a(p.publisher.uri)}">${t(p.publisher.name)}</diwoo:publisher>\n`);
  out.push(`<diwoo:titelcollectie>\n<diwoo:officieleTitel>${t(p.officialTitle)}</diwoo:officieleTitel>\n`);
  if (p.shortTitle !== undefined) {
    out.push(`<diwoo:verkorteTitels>\n<diwoo:verkorteTitel>${t(p.shortTitle)}</diwoo:verkorteTitel>\n</diwoo:verkorteTitels>\n`);
  }
  out.push('</diwoo:titelcollectie>\n');
  if (p.description !== undefined) {
    out.push(`<diwoo:omschrijvingen>\n<diwoo:omschrijving>${t(p.description)}</diwoo:omschrijving>\n</diwoo:omschrijvingen>\n`);
  }
  out.push('<diwoo:classificatiecollectie>\n<diwoo:informatiecategorieen>\n');
  for (const code of p.informationCategories) {
    const category = categoryByCode(code);
    out.push(`<diwoo:informatiecategorie resource="${a(category?.uri ?? '')}">${t(category?.labelNl ?? '')}</diwoo:informatiecategorie>\n`);
  }
  out.push('</diwoo:informatiecategorieen>\n');
  if (p.documentType !== undefined) {
    const type = documentTypeByCode(p.documentType);
    out.push(`<diwoo:documentsoorten>\n<diwoo:documentsoort resource="${a(type?.uri ?? '')}">${t(type?.labelNl ?? '')}</diwoo:documentsoort>\n</diwoo:documentsoorten>\n`);
  }
  out.push('</diwoo:classificatiecollectie>\n');
  if (p.creationDate !== undefined) out.push(`<diwoo:creatiedatum>${t(p.creationDate)}</diwoo:creatiedatum>\n`);
  if (p.language !== undefined) {
    const language = conceptByCode(languages, p.language);
    out.push(`<diwoo:language resource="${a(language?.uri ?? '')}">${t(label(language))}</diwoo:language>\n`);
  }
  if (p.format !== undefined) {
    const format = conceptByCode(fileFormats, p.format);
    out.push(`<diwoo:format resource="${a(format?.uri ?? '')}">${t(label(format))}</diwoo:format>\n`);
  }
  out.push('<diwoo:documenthandelingen>\n');
  for (const action of p.documentActions) {
    const kind = conceptByCode(documentActionTypes, action.soortHandeling);
    out.push(
      '<diwoo:documenthandeling>\n',
      `<diwoo:soortHandeling resource="${a(kind?.uri ?? '')}">${t(label(kind))}</diwoo:soortHandeling>\n`,
      `<diwoo:atTime>${t(toXsdDateTime(action.atTime) ?? action.atTime)}</diwoo:atTime>\n`,
      '</diwoo:documenthandeling>\n',
    );
  }
  out.push('</diwoo:documenthandelingen>\n</diwoo:DiWoo>\n</diwoo:Document>\n</url>\n');
  return out.join('');
}

const baseUrlRequired = (): DiwooError =>
  new DiwooError('diwoo-base-url-required', {
    nl: 'Voor een sitemapindex is het basisadres nodig waar de sitemapbestanden komen te staan.',
    en: 'A sitemap index needs the base URL where the sitemap files will be served.',
  });

/** A sitemap index (sitemaps.org 0.9 `sitemapindex`) listing `locs`. */
function sitemapIndex(locs: readonly string[]): string {
  const entries = locs.map((loc) => `<sitemap>\n<loc>${escapeText(loc)}</loc>\n</sitemap>\n`);
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NAMESPACE}">\n${entries.join('')}</sitemapindex>\n`;
}

/**
 * Writes publications as DiWoo 0.9.8 sitemaps, ready for the national Woo-index (open.overheid.nl).
 *
 * Every publication is checked with `validatePublication` and with what the DiWoo and sitemap schemas
 * add (a publisher on the TOOI organisation list, a `loc` that is a valid URI of 12+ characters, dates
 * XML Schema knows). One that fails is left out and reported in `skipped`; the rest is written. The
 * output always validates against the official schemas; texts are XML-escaped, and characters XML
 * cannot carry are replaced by U+FFFD (see `replaceNonXmlCharacters`).
 *
 * More than 50,000 URLs (or 50 MiB) are split into numbered files plus a sitemap index pointing at
 * `options.baseUrl` + file name.
 *
 * @throws DiwooError `diwoo-invalid-option` for a bad option; `diwoo-base-url-required` when an index
 *   is needed and `baseUrl` is missing; `diwoo-too-many-files` beyond 50,000 files.
 */
export function toDiwooSitemap(publications: Iterable<unknown>, options: DiwooSitemapOptions = {}): DiwooSitemapResult {
  const { fileName, maxUrls, maxBytes, baseUrl } = checkOptions(options);
  if (options.alwaysIndex === true && baseUrl === undefined) throw baseUrlRequired();
  const knownPublishers = new Set(options.extraPublisherUris ?? []);
  const skipped: DiwooSkipped[] = [];
  const chunks: { urls: string[]; bytes: number }[] = [];
  let current: { urls: string[]; bytes: number } | undefined;

  let index = -1;
  for (const value of publications) {
    index += 1;
    const result = validatePublication(value);
    if (!result.ok) {
      skipped.push({ index, error: new WooKitValidationError({ nl: 'De publicatie', en: 'The publication' }, result.errors) });
      continue;
    }
    const publication = result.value;
    const problem = diwooProblem(publication, knownPublishers);
    if (problem !== undefined) {
      skipped.push({ index, error: problem });
      continue;
    }
    const wanted = options.lastmod === undefined ? latestAction(publication) : options.lastmod(publication, index);
    const lastmod = wanted === undefined ? undefined : toLastmod(wanted);
    if (wanted !== undefined && lastmod === undefined) {
      skipped.push({
        index,
        error: new DiwooError('diwoo-invalid-lastmod', {
          nl: 'De datum van laatste wijziging (lastmod) is geen geldige datum (JJJJ-MM-DD) of tijdstip met tijdzone.',
          en: 'The last-modified date (lastmod) is not a valid date (YYYY-MM-DD) or date-time with time zone.',
        }),
      });
      continue;
    }
    const url = urlElement(publication, lastmod);
    const bytes = utf8Length(url);
    // A new file at 50,000 URLs or 50 MiB (sitemaps.org); a single URL always fits in a file of its own.
    if (current === undefined || current.urls.length >= maxUrls || (current.urls.length > 0 && FILE_FRAME_BYTES + current.bytes + bytes > maxBytes)) {
      current = { urls: [], bytes: 0 };
      chunks.push(current);
    }
    current.urls.push(url);
    current.bytes += bytes;
  }

  if (chunks.length > SITEMAP_MAX_URLS) {
    throw new DiwooError('diwoo-too-many-files', {
      nl: 'Dit worden meer dan 50.000 sitemapbestanden. Een sitemapindex mag er niet meer noemen.',
      en: 'This makes more than 50,000 sitemap files. A sitemap index may not list more.',
    });
  }
  const split = chunks.length > 1;
  const files = chunks.map((chunk, i): DiwooSitemapFile => ({
    name: split ? `${fileName}-${i + 1}.xml` : `${fileName}.xml`,
    xml: `${XML_DECLARATION}${URLSET_OPEN}${chunk.urls.join('')}${URLSET_CLOSE}`,
    urlCount: chunk.urls.length,
  }));
  if (!split && options.alwaysIndex !== true) return { files, skipped };
  if (files.length === 0) return { files, skipped };
  if (baseUrl === undefined) throw baseUrlRequired();
  return { files, index: sitemapIndex(files.map((f) => `${baseUrl}${f.name}`)), skipped };
}
