/**
 * Writes publications as DiWoo 0.9.8 sitemaps for the national Woo-index: the sitemaps.org 0.9
 * envelope `urlset > url > (loc, lastmod?, diwoo:Document > diwoo:DiWoo > …)`, split into files of at
 * most 50,000 URLs and 50 MiB with a sitemap index when needed. Strings only, no DOM.
 */
import type { LocalizedText, WooKitError } from '../errors.js';
import type { DocumentReference, Publication } from '../model.js';
import {
  categoryByCode,
  informationCategories,
  isInformationCategoryCode,
  type InformationCategoryCode,
} from '../registries/categories.js';
import { documentTypeByCode } from '../registries/document-types.js';
import { isTooiOrganisationUri } from '../registries/organisations.js';
import {
  conceptByCode,
  documentActionTypes,
  fileFormats,
  languages,
  type TooiConcept,
} from '../registries/value-lists.js';
import { WooKitValidationError } from '../validation/checks.js';
import { validatePublication } from '../validation/validate-publication.js';
import { DiwooError } from './errors.js';
import { WOO_KIT_EXTRA_NAMESPACE, WOO_KIT_EXTRA_PREFIX, WOO_KIT_PUBLISHED_ON_KEY } from './extra-metadata.js';
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
  /**
   * Start of the file names: `NAME.xml` for one file, `NAME-1.xml`, `NAME-2.xml`, … when split. Default
   * `diwoo-sitemap`.
   */
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
   * TOOI URIs of publishers beyond the organisations woo-kit knows, which you know to be on the DiWoo
   * organisation list (for example one added after DiWoo 0.9.8). woo-kit knows every organisation of
   * the lists DiWoo 0.9.8 joins (municipalities, provinces, water boards, ministries, zbo's, other
   * government organisations, joint arrangements, Caribbean public bodies). The Woo-index accepts
   * only publishers on those lists (DiWoo `organisatielijst`).
   */
  readonly extraPublisherUris?: Iterable<string>;
  /**
   * One sitemap index per information category, `sitemapindex-diwoo-infocatNNN.xml`, instead of one
   * `sitemapindex-diwoo.xml`: for a body that registered a URL per category in the Register van
   * Overheidsorganisaties. A publication goes into the files of its first category only (the
   * harvester treats a document listed twice as one, and picks either).
   */
  readonly indexPerCategory?: boolean;
  /**
   * Split the sitemaps per month (`NAME-2025-03.xml`), by the month a publication was made public
   * (`publishedOn`, else `creationDate`, else its first document action). That month never changes, so a
   * publication whose `lastmod` changes rewrites one file, and the index's `lastmod` per file tells
   * the harvester which file to read again.
   */
  readonly splitPerMonth?: boolean;
  /**
   * Codes of information categories a body added itself (not on the national TOOI list). The
   * Woo-index only takes the national list, so these are written as `c_816e508d` ("overige
   * informatie", published under the general duty of Woo 3.1), with a `diwoo-own-category` warning.
   */
  readonly ownCategories?: Iterable<string>;
}

/** Codes of the warnings `toDiwooSitemap` gives. The publication is still written. */
export type DiwooWarningCode =
  | 'diwoo-loc-not-https'
  | 'diwoo-resource-not-https'
  | 'diwoo-own-category'
  | 'diwoo-file-type-not-accepted'
  | 'diwoo-file-type-unknown';

/**
 * Something the Woo-index harvester may not take as meant, in a publication that was still written
 * (the XML is valid). Codes:
 * - `diwoo-loc-not-https`: the `loc` is not an https address; the harvester asks for https.
 * - `diwoo-resource-not-https`: an `isPartOf` / `hasParts` reference is an http address, not https.
 * - `diwoo-own-category`: a category the body added itself was written as `c_816e508d`.
 * - `diwoo-file-type-not-accepted`: the `loc` ends in a file extension that is not on the list of
 *   file types the harvester accepts (TOOI `ccw_plooi_filetypes`), and no `format` says otherwise.
 * - `diwoo-file-type-unknown`: no `format`, and the `loc` has no file extension the harvester can
 *   read the type from; it may then leave it out.
 */
export interface DiwooWarning {
  /** Position of the publication in the input (0-based). */
  readonly index: number;
  readonly code: DiwooWarningCode;
  readonly message: LocalizedText;
  /** JSON pointer to the value in the publication. */
  readonly path: string;
}

/** A sitemap index named as the Woo-index harvester requires. */
export interface DiwooSitemapIndexFile {
  /** `sitemapindex-diwoo.xml`, or `sitemapindex-diwoo-infocatNNN.xml` with `indexPerCategory`. */
  readonly name: string;
  /** Its address: `baseUrl` + `name`. This is what `robots.txt` names. */
  readonly url: string;
  /** The whole file: UTF-8 XML with declaration. */
  readonly xml: string;
  /** The names of the sitemap files it lists. */
  readonly sitemaps: readonly string[];
  /** With `indexPerCategory`: the category. */
  readonly category?: InformationCategoryCode;
}

/** One sitemap file. */
export interface DiwooSitemapFile {
  /** File name, e.g. `diwoo-sitemap.xml` or `diwoo-sitemap-2.xml`. */
  readonly name: string;
  /** The whole file: UTF-8 XML with declaration. */
  readonly xml: string;
  /** Number of `<url>` elements in it. */
  readonly urlCount: number;
  /** The latest `lastmod` of its URLs (also its `lastmod` in the index), when they have one. */
  readonly lastmod?: string;
  /** With `indexPerCategory`: the category of its publications. */
  readonly category?: InformationCategoryCode;
  /** With `splitPerMonth`: the month of its publications, `YYYY-MM`. */
  readonly month?: string;
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
  /**
   * The sitemap index (`sitemapindex > sitemap > loc`) when there is more than one file, or with
   * `alwaysIndex` (kept for compatibility; `indexes` holds the indexes named for the Woo-index).
   */
  readonly index?: string;
  /**
   * The sitemap indexes, named by the Woo-index convention: `sitemapindex-diwoo.xml`, or one
   * `sitemapindex-diwoo-infocatNNN.xml` per category. Written whenever `baseUrl` is given (an index
   * needs absolute addresses); empty without it, or when nothing could be written.
   */
  readonly indexes: readonly DiwooSitemapIndexFile[];
  /** Publications left out, in input order. */
  readonly skipped: readonly DiwooSkipped[];
  /** Warnings about publications that were written, in input order. */
  readonly warnings: readonly DiwooWarning[];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN =
  `<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:diwoo="${DIWOO_NAMESPACE}"` +
  ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
  (` xsi:schemaLocation="${SITEMAP_NAMESPACE} ${SITEMAP_SCHEMA_LOCATION} ${DIWOO_NAMESPACE} ` +
    `${DIWOO_SCHEMA_LOCATION}">\n`);
const URLSET_CLOSE = '</urlset>\n';
const FILE_FRAME_BYTES = /* @__PURE__ */ utf8Length(XML_DECLARATION + URLSET_OPEN + URLSET_CLOSE);

const optionError = (nl: string, en: string): DiwooError => new DiwooError('diwoo-invalid-option', { nl, en });

function checkOptions(options: DiwooSitemapOptions): {
  fileName: string;
  maxUrls: number;
  maxBytes: number;
  baseUrl: string | undefined;
} {
  const fileName = options.fileName ?? 'diwoo-sitemap';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(fileName)) {
    throw optionError(
      'De bestandsnaam mag alleen letters, cijfers, punt, streepje en liggend streepje hebben (hoogstens 100 tekens).',
      'The file name may only hold letters, digits, dot, hyphen and underscore (at most 100 characters).',
    );
  }
  if (fileName.toLowerCase().startsWith('sitemapindex')) {
    // The index names belong to the Woo-index convention; a sitemap file must not take one.
    throw optionError(
      'De bestandsnaam van de sitemaps mag niet met "sitemapindex" beginnen: die namen zijn voor de sitemapindexen.',
      'The file name of the sitemaps may not start with "sitemapindex": those names are for the sitemap indexes.',
    );
  }
  const maxUrls = options.maxUrlsPerFile ?? SITEMAP_MAX_URLS;
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > SITEMAP_MAX_URLS) {
    throw optionError(
      'Het aantal URLs per bestand moet een heel getal van 1 tot 50.000 zijn.',
      'The number of URLs per file must be a whole number from 1 to 50,000.',
    );
  }
  const maxBytes = options.maxBytesPerFile ?? SITEMAP_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > SITEMAP_MAX_BYTES) {
    throw optionError(
      'De grootte per bestand moet een heel getal van 1 tot 52.428.800 bytes zijn.',
      'The size per file must be a whole number from 1 to 52,428,800 bytes.',
    );
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

/** The checks a publication needs beyond `validatePublication` so the XML validates against DiWoo 0.9.8. */
function diwooProblem(p: Publication, knownPublishers: ReadonlySet<string>): DiwooError | undefined {
  // DiWoo 0.9.8 `organisatieType`: the publisher's URI must be on the TOOI organisation lists.
  if (!isTooiOrganisationUri(p.publisher.uri) && !knownPublishers.has(p.publisher.uri)) {
    return new DiwooError(
      'diwoo-unknown-publisher',
      {
        nl:
          `De uitgever ${p.publisher.uri} staat niet op een TOOI-lijst van organisaties (gemeenten, provincies, ` +
          `waterschappen, ministeries, zbo's, overige overheidsorganisaties, samenwerkingsorganisaties, ` +
          `Caribische openbare lichamen). Het Woo-index neemt alleen uitgevers van die lijsten aan.`,
        en:
          `The publisher ${p.publisher.uri} is not on a TOOI list of organisations (municipalities, provinces, ` +
          `water boards, ministries, zbo's, other government organisations, joint arrangements, Caribbean public ` +
          `bodies). The Woo-index only accepts publishers from those lists.`,
      },
      { path: '/publisher/uri' },
    );
  }
  // sitemaps.org `tLoc`: xs:anyURI of 12 to 2048 characters.
  if (!isSitemapLoc(p.url)) {
    return new DiwooError(
      'diwoo-invalid-url',
      {
        nl:
          'Dit webadres kan niet in een sitemap: het is korter dan 12 tekens, of het heeft tekens die in een ' +
          'URI niet mogen (zoals een losse % of een tweede #).',
        en:
          'This web address cannot go in a sitemap: it is shorter than 12 characters, or it has characters a ' +
          'URI may not hold (such as a stray % or a second #).',
      },
      { path: '/url' },
    );
  }
  for (const field of ['creationDate', 'publishedOn'] as const) {
    const value = p[field];
    if (value !== undefined && !isXsdDate(value)) {
      return new DiwooError(
        'diwoo-invalid-date',
        {
          nl: 'Het jaar 0000 bestaat niet in XML Schema. Kies een andere datum.',
          en: 'The year 0000 does not exist in XML Schema. Choose another date.',
        },
        { path: `/${field}` },
      );
    }
  }
  for (const [i, action] of p.documentActions.entries()) {
    if (toXsdDateTime(action.atTime) === undefined) {
      return new DiwooError(
        'diwoo-invalid-date-time',
        {
          nl:
            'Dit tijdstip kan niet in DiWoo: het jaar 0000 bestaat niet, en het verschil met UTC is hoogstens ' +
            '14 uur.',
          en:
            'This date-time cannot go in DiWoo: the year 0000 does not exist, and the offset from UTC is at ' +
            'most 14 hours.',
        },
        { path: `/documentActions/${i}/atTime` },
      );
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
    out.push(
      `<diwoo:verkorteTitels>\n<diwoo:verkorteTitel>${t(p.shortTitle)}</diwoo:verkorteTitel>\n` +
        `</diwoo:verkorteTitels>\n`,
    );
  }
  out.push('</diwoo:titelcollectie>\n');
  if (p.description !== undefined) {
    out.push(
      `<diwoo:omschrijvingen>\n<diwoo:omschrijving>${t(p.description)}</diwoo:omschrijving>\n</diwoo:omschrijvingen>\n`,
    );
  }
  out.push('<diwoo:classificatiecollectie>\n<diwoo:informatiecategorieen>\n');
  for (const code of p.informationCategories) {
    const category = categoryByCode(code);
    out.push(
      `<diwoo:informatiecategorie ` +
        `resource="${a(category?.uri ?? '')}">${t(category?.labelNl ?? '')}</diwoo:informatiecategorie>\n`,
    );
  }
  out.push('</diwoo:informatiecategorieen>\n');
  if (p.documentType !== undefined) {
    const type = documentTypeByCode(p.documentType);
    out.push(
      `<diwoo:documentsoorten>\n<diwoo:documentsoort ` +
        `resource="${a(type?.uri ?? '')}">${t(type?.labelNl ?? '')}</diwoo:documentsoort>\n</diwoo:documentsoorten>\n`,
    );
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
  const reference = (name: string, r: DocumentReference): string =>
    `<diwoo:${name}${r.resource === undefined ? '' : ` resource="${a(r.resource)}"`}>${t(r.label)}</diwoo:${name}>\n`;
  if (p.isPartOf !== undefined) out.push(reference('isPartOf', p.isPartOf));
  if (p.hasParts !== undefined)
    out.push('<diwoo:hasParts>\n', ...p.hasParts.map((r) => reference('hasPart', r)), '</diwoo:hasParts>\n');
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
  out.push('</diwoo:documenthandelingen>\n</diwoo:DiWoo>\n');
  if (p.publishedOn !== undefined) {
    // DiWoo 0.9.8 has no element for the day of publication: extra metadata, as name/value pair.
    out.push(
      `<diwoo:extraMetadata>\n<diwoo:namespace>${WOO_KIT_EXTRA_NAMESPACE}</diwoo:namespace>\n<diwoo:prefix>` +
        `${WOO_KIT_EXTRA_PREFIX}</diwoo:prefix>\n`,
      `<diwoo:extraMetadatavelden>\n<diwoo:extraMetadataveld>\n<diwoo:key>${WOO_KIT_PUBLISHED_ON_KEY}</diwoo:key>\n`,
      `<diwoo:values>\n<diwoo:value>${t(p.publishedOn)}</diwoo:value>\n</diwoo:values>\n` +
        `</diwoo:extraMetadataveld>\n</diwoo:extraMetadatavelden>\n</diwoo:extraMetadata>\n`,
    );
  }
  out.push('</diwoo:Document>\n</url>\n');
  return out.join('');
}

const baseUrlRequired = (): DiwooError =>
  new DiwooError('diwoo-base-url-required', {
    nl: 'Voor een sitemapindex is het basisadres nodig waar de sitemapbestanden komen te staan.',
    en: 'A sitemap index needs the base URL where the sitemap files will be served.',
  });

/** A sitemap index (sitemaps.org 0.9 `sitemapindex`) listing `locs`, each with its `lastmod` when known. */
function sitemapIndex(entries: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const items = entries.map(
    ({ loc, lastmod }) =>
      `<sitemap>\n<loc>${escapeText(loc)}</loc>\n` +
      `${lastmod === undefined ? '' : `<lastmod>${escapeText(lastmod)}</lastmod>\n`}</sitemap>\n`,
  );
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NAMESPACE}">\n${items.join('')}</sitemapindex>\n`;
}

/** The name of the site-wide sitemap index the Woo-index harvester reads (its naming convention). */
export const WOO_INDEX_SITEMAP_INDEX_NAME = 'sitemapindex-diwoo.xml';

/**
 * The number of a category in the index names, `NNN` in `sitemapindex-diwoo-infocatNNN.xml`: its place
 * in Woo art. 3.3 (001 = 3.3.1a … 005 = 3.3.1e, 006 = 3.3.2a … 017 = 3.3.2l), as in the manual's example
 * `infocat015` for research reports (3.3.2j). The voluntary category of art. 3.1 (`c_816e508d`) is 018.
 */
export function categoryIndexNumber(code: InformationCategoryCode): string {
  return String(informationCategories.findIndex((c) => c.code === code) + 1).padStart(3, '0');
}

/** The name of a category's sitemap index: `sitemapindex-diwoo-infocat015.xml`. */
export function categoryIndexName(code: InformationCategoryCode): string {
  return `sitemapindex-diwoo-infocat${categoryIndexNumber(code)}.xml`;
}

/**
 * True for a file name the Woo-index harvester reads as a sitemap index: `sitemapindex-diwoo.xml` or
 * `sitemapindex-diwoo-infocatNNN.xml`.
 */
export function isWooIndexSitemapIndexName(name: string): boolean {
  return /^sitemapindex-diwoo(?:-infocat\d{3})?\.xml$/.test(name);
}

/** The instant of a `lastmod` for comparison: a date counts as its start in UTC. */
const lastmodTime = (value: string): number => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);

/** File extensions the harvester reads as one of the accepted file types (TOOI `ccw_plooi_filetypes`). */
let acceptedExtensions: ReadonlySet<string> | undefined;

/** The file extension of a URL's last path segment, lower case, or undefined. */
function extensionOf(url: string): string | undefined {
  const path = url.replace(/[?#].*$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1);
  const dot = segment.lastIndexOf('.');
  return dot <= 0 || dot === segment.length - 1 ? undefined : segment.slice(dot + 1).toLowerCase();
}

/** Warnings about a publication that is written anyway (see `DiwooWarning`). */
function warningsFor(p: Publication, index: number, ownCategoryPaths: readonly string[]): DiwooWarning[] {
  const out: DiwooWarning[] = [];
  // Handleiding technische implementatie: "In de <loc> tag verwijzing moet gebruik gemaakt worden van een https URL."
  if (!/^https:/i.test(p.url)) {
    out.push({
      index,
      code: 'diwoo-loc-not-https',
      path: '/url',
      message: {
        nl: 'Het webadres (loc) begint niet met https://. Het Woo-index vraagt https voor elk document dat het ophaalt.',
        en: 'The web address (loc) does not start with https://. The Woo-index asks for https for every document it fetches.',
      },
    });
  }
  const references: [string, DocumentReference][] = [
    ...(p.isPartOf === undefined ? [] : [['/isPartOf/resource', p.isPartOf] as [string, DocumentReference]]),
    ...(p.hasParts ?? []).map((r, i): [string, DocumentReference] => [`/hasParts/${i}/resource`, r]),
  ];
  for (const [path, r] of references) {
    if (r.resource !== undefined && /^http:/i.test(r.resource)) {
      out.push({
        index,
        code: 'diwoo-resource-not-https',
        path,
        message: {
          nl:
            'Deze verwijzing naar een ander document begint met http://. Het Woo-index vraagt https voor alle ' +
            'verwijzingen.',
          en: 'This reference to another document starts with http://. The Woo-index asks for https for all references.',
        },
      });
    }
  }
  for (const path of ownCategoryPaths) {
    out.push({
      index,
      code: 'diwoo-own-category',
      path,
      message: {
        nl:
          'Deze eigen categorie staat niet op de landelijke lijst. Ze is geschreven als c_816e508d (overige ' +
          'informatie, Woo 3.1), want het Woo-index neemt alleen de landelijke lijst aan.',
        en:
          'This category of your own is not on the national list. It was written as c_816e508d (other ' +
          'information, Woo 3.1), because the Woo-index only takes the national list.',
      },
    });
  }
  if (p.format === undefined) {
    acceptedExtensions ??= new Set([...fileFormats.map((f) => f.code.toLowerCase()), 'htm']);
    const extension = extensionOf(p.url);
    if (extension === undefined || !/^[a-z0-9]{1,5}$/.test(extension)) {
      out.push({
        index,
        code: 'diwoo-file-type-unknown',
        path: '/format',
        message: {
          nl:
            'Er is geen bestandsformaat (format) en het webadres eindigt niet op een bestandsextensie. Het ' +
            'Woo-index leidt het type dan af uit het antwoord van de server; lukt dat niet, dan neemt het het ' +
            'document niet op.',
          en:
            'There is no file format (format) and the web address does not end in a file extension. The ' +
            'Woo-index then derives the type from the server response; if that fails, it leaves the document ' +
            'out.',
        },
      });
    } else if (!acceptedExtensions.has(extension)) {
      out.push({
        index,
        code: 'diwoo-file-type-not-accepted',
        path: '/url',
        message: {
          nl:
            `Het bestandstype .${extension} staat niet op de lijst die het Woo-index aanneemt (zoals PDF, ODT, ` +
            `DOCX, HTML). Publiceer het document in zo'n formaat, of geef het format op als het toch zo'n type ` +
            `is.`,
          en:
            `The file type .${extension} is not on the list the Woo-index accepts (such as PDF, ODT, DOCX, ` +
            `HTML). Publish the document in such a format, or give its format if it is one after all.`,
        },
      });
    }
  }
  return out;
}

/**
 * `value` with the body's own categories replaced by `c_816e508d` (kept once), and the paths of the
 * replaced entries; `value` itself when there is nothing to replace.
 */
function withOwnCategories(value: unknown, own: ReadonlySet<string>): { value: unknown; paths: string[] } {
  if (own.size === 0 || typeof value !== 'object' || value === null) return { value, paths: [] };
  let categories: unknown;
  try {
    categories = (value as { informationCategories?: unknown }).informationCategories;
  } catch {
    return { value, paths: [] }; // a record that cannot be read: validation reports it
  }
  if (!Array.isArray(categories)) return { value, paths: [] };
  const paths: string[] = [];
  const replaced: unknown[] = [];
  categories.forEach((code, i) => {
    const next = typeof code === 'string' && own.has(code) && !isInformationCategoryCode(code) ? 'c_816e508d' : code;
    if (next !== code) paths.push(`/informationCategories/${i}`);
    if (!replaced.includes(next)) replaced.push(next);
  });
  return paths.length === 0 ? { value, paths } : { value: { ...value, informationCategories: replaced }, paths };
}

/**
 * The month a publication was made public, for `splitPerMonth`: `publishedOn`, else `creationDate`, else its first
 * action.
 */
function monthOf(p: Publication): string {
  return (p.publishedOn ?? p.creationDate ?? p.documentActions[0]!.atTime).slice(0, 7);
}

interface Chunk {
  readonly category: InformationCategoryCode | undefined;
  readonly month: string | undefined;
  readonly urls: string[];
  bytes: number;
  lastmod: string | undefined;
}

/**
 * Writes publications as DiWoo 0.9.8 sitemaps, ready for the national Woo-index (open.overheid.nl).
 *
 * Every publication is checked with `validatePublication` and with what the DiWoo and sitemap schemas
 * add (a publisher on a TOOI organisation list, a `loc` that is a valid URI of 12+ characters, dates
 * XML Schema knows). One that fails is left out and reported in `skipped`; the rest is written. The
 * output always validates against the official schemas; texts are XML-escaped, and characters XML
 * cannot carry are replaced by U+FFFD (see `replaceNonXmlCharacters`). What the harvester may not take
 * as meant (http instead of https, a file type it does not accept, a category of the body's own) is
 * written and reported in `warnings`.
 *
 * With `baseUrl`, the sitemap index is written too, named as the harvester requires
 * (`sitemapindex-diwoo.xml`, or one `sitemapindex-diwoo-infocatNNN.xml` per category with
 * `indexPerCategory`), in `indexes`; `robots.txt` names only these (see `diwooRobotsTxt`). `lastmod`
 * of each URL is the publication's last change (`lastModified`, else its latest document action), and
 * the index gives each file the latest `lastmod` of its URLs, so the harvester reads again only what
 * changed. More than 50,000 URLs (or 50 MiB) in a group are split into numbered files.
 *
 * @throws DiwooError `diwoo-invalid-option` for a bad option; `diwoo-base-url-required` when an index
 *   is needed (more than one file, `alwaysIndex`) and `baseUrl` is missing; `diwoo-too-many-files`
 *   beyond 50,000 files in one index.
 */
export function toDiwooSitemap(publications: Iterable<unknown>, options: DiwooSitemapOptions = {}): DiwooSitemapResult {
  const { fileName, maxUrls, maxBytes, baseUrl } = checkOptions(options);
  if (options.alwaysIndex === true && baseUrl === undefined) throw baseUrlRequired();
  const knownPublishers = new Set(options.extraPublisherUris ?? []);
  const ownCategories = new Set(options.ownCategories ?? []);
  const perCategory = options.indexPerCategory === true;
  const perMonth = options.splitPerMonth === true;
  const skipped: DiwooSkipped[] = [];
  const warnings: DiwooWarning[] = [];
  const chunks: Chunk[] = [];
  /** The chunk being filled per group (category and month). */
  const open = new Map<string, Chunk>();

  let index = -1;
  for (const input of publications) {
    index += 1;
    const { value, paths: ownPaths } = withOwnCategories(input, ownCategories);
    const result = validatePublication(value);
    if (!result.ok) {
      skipped.push({
        index,
        error: new WooKitValidationError({ nl: 'De publicatie', en: 'The publication' }, result.errors),
      });
      continue;
    }
    const publication = result.value;
    const problem = diwooProblem(publication, knownPublishers);
    if (problem !== undefined) {
      skipped.push({ index, error: problem });
      continue;
    }
    const wanted =
      options.lastmod === undefined
        ? (publication.lastModified ?? latestAction(publication))
        : options.lastmod(publication, index);
    const lastmod = wanted === undefined ? undefined : toLastmod(wanted);
    if (wanted !== undefined && lastmod === undefined) {
      skipped.push({
        index,
        error: new DiwooError(
          'diwoo-invalid-lastmod',
          {
            nl: 'De datum van laatste wijziging (lastmod) is geen geldige datum (JJJJ-MM-DD) of tijdstip met tijdzone.',
            en: 'The last-modified date (lastmod) is not a valid date (YYYY-MM-DD) or date-time with time zone.',
          },
          { path: '/lastModified' },
        ),
      });
      continue;
    }
    warnings.push(...warningsFor(publication, index, ownPaths));
    const url = urlElement(publication, lastmod);
    const bytes = utf8Length(url);
    const category = perCategory ? publication.informationCategories[0] : undefined;
    const month = perMonth ? monthOf(publication) : undefined;
    const key = `${category ?? ''}|${month ?? ''}`;
    let current = open.get(key);
    // A new file at 50,000 URLs or 50 MiB (sitemaps.org); a single URL always fits in a file of its own.
    if (
      current === undefined ||
      current.urls.length >= maxUrls ||
      (current.urls.length > 0 && FILE_FRAME_BYTES + current.bytes + bytes > maxBytes)
    ) {
      current = { category, month, urls: [], bytes: 0, lastmod: undefined };
      chunks.push(current);
      open.set(key, current);
    }
    current.urls.push(url);
    current.bytes += bytes;
    if (lastmod !== undefined && (current.lastmod === undefined || lastmodTime(lastmod) > lastmodTime(current.lastmod)))
      current.lastmod = lastmod;
  }

  // Files in a stable order: by category (article order), then month, then as filled.
  const categoryOrder = (c: InformationCategoryCode | undefined): number =>
    c === undefined ? 0 : informationCategories.findIndex((x) => x.code === c);
  const ordered = chunks
    .map((chunk, position) => ({ chunk, position }))
    .sort((a, b) => {
      const ma = a.chunk.month ?? '';
      const mb = b.chunk.month ?? '';
      return (
        categoryOrder(a.chunk.category) - categoryOrder(b.chunk.category) ||
        (ma < mb ? -1 : ma > mb ? 1 : 0) ||
        a.position - b.position
      );
    })
    .map((x) => x.chunk);
  const groupSize = new Map<string, number>();
  for (const chunk of ordered)
    groupSize.set(
      `${chunk.category ?? ''}|${chunk.month ?? ''}`,
      (groupSize.get(`${chunk.category ?? ''}|${chunk.month ?? ''}`) ?? 0) + 1,
    );
  const numbering = new Map<string, number>();
  const files = ordered.map((chunk): DiwooSitemapFile => {
    const key = `${chunk.category ?? ''}|${chunk.month ?? ''}`;
    const n = (numbering.get(key) ?? 0) + 1;
    numbering.set(key, n);
    const category = chunk.category === undefined ? '' : `-infocat${categoryIndexNumber(chunk.category)}`;
    const stem = `${fileName}${category}${chunk.month === undefined ? '' : `-${chunk.month}`}`;
    return {
      name: groupSize.get(key)! > 1 ? `${stem}-${n}.xml` : `${stem}.xml`,
      xml: `${XML_DECLARATION}${URLSET_OPEN}${chunk.urls.join('')}${URLSET_CLOSE}`,
      urlCount: chunk.urls.length,
      ...(chunk.lastmod === undefined ? {} : { lastmod: chunk.lastmod }),
      ...(chunk.category === undefined ? {} : { category: chunk.category }),
      ...(chunk.month === undefined ? {} : { month: chunk.month }),
    };
  });

  const groups = new Map<string, DiwooSitemapFile[]>();
  for (const file of files) {
    const key = file.category === undefined ? WOO_INDEX_SITEMAP_INDEX_NAME : categoryIndexName(file.category);
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  for (const group of groups.values()) {
    if (group.length > SITEMAP_MAX_URLS) {
      throw new DiwooError('diwoo-too-many-files', {
        nl: 'Dit worden meer dan 50.000 sitemapbestanden in één index. Een sitemapindex mag er niet meer noemen.',
        en: 'This makes more than 50,000 sitemap files in one index. A sitemap index may not list more.',
      });
    }
  }
  const needsIndex = files.length > 1 || options.alwaysIndex === true;
  if (files.length === 0) return { files, indexes: [], skipped, warnings };
  if (baseUrl === undefined) {
    if (needsIndex) throw baseUrlRequired();
    return { files, indexes: [], skipped, warnings };
  }
  const indexes = [...groups].map(([name, group]): DiwooSitemapIndexFile => ({
    name,
    url: `${baseUrl}${name}`,
    xml: sitemapIndex(group.map((f) => ({ loc: `${baseUrl}${f.name}`, lastmod: f.lastmod }))),
    sitemaps: group.map((f) => f.name),
    ...(group[0]!.category === undefined ? {} : { category: group[0]!.category }),
  }));
  // The index of earlier versions: every file, without lastmod, only when an index is needed.
  const legacy =
    needsIndex && !perCategory && !perMonth
      ? sitemapIndex(files.map((f) => ({ loc: `${baseUrl}${f.name}` })))
      : undefined;
  return { files, ...(legacy === undefined ? {} : { index: legacy }), indexes, skipped, warnings };
}

/**
 * The lines of `robots.txt` that point the Woo-index harvester at its sitemap indexes: one
 * `Sitemap: URL` per index, nothing else (the harvester follows only sitemap indexes named in
 * `robots.txt`, and only those named by its convention). Give the `indexes` of `toDiwooSitemap`, or
 * the addresses of indexes you serve yourself.
 *
 * @throws DiwooError `diwoo-invalid-index-name` for an address whose file name the harvester would
 *   ignore, or that is not an absolute http(s) URL.
 */
export function diwooRobotsTxt(indexes: Iterable<string | { readonly url: string }>): string {
  const lines: string[] = [];
  for (const entry of indexes) {
    const url = typeof entry === 'string' ? entry : entry.url;
    const path = url.replace(/[?#].*$/, '');
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!isSitemapLoc(url) || /[\r\n]/.test(url) || !isWooIndexSitemapIndexName(name)) {
      throw new DiwooError('diwoo-invalid-index-name', {
        nl:
          `${JSON.stringify(url.slice(0, 200))} is geen volledig webadres van een sitemapindex met een naam die ` +
          `het Woo-index leest (sitemapindex-diwoo.xml of sitemapindex-diwoo-infocatNNN.xml).`,
        en:
          `${JSON.stringify(url.slice(0, 200))} is not a complete web address of a sitemap index with a name ` +
          `the Woo-index reads (sitemapindex-diwoo.xml or sitemapindex-diwoo-infocatNNN.xml).`,
      });
    }
    lines.push(`Sitemap: ${url}\n`);
  }
  return lines.join('');
}
