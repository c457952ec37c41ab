/**
 * Reads DiWoo 0.9.8 sitemaps (from woo-kit or any other producer) back into `Publication` objects,
 * with the small safe XML reader of `xml-parse.ts`: no DOM, no DTDs, no external entities.
 */
import { toWooKitError, type LocalizedText, type WooKitError } from '../errors.js';
import type { DocumentAction, DocumentReference, Publication } from '../model.js';
import { categoryByUri, informationCategories, type InformationCategoryCode } from '../registries/categories.js';
import { documentTypeByLabel, documentTypeByUri } from '../registries/document-types.js';
import { organisationByUri } from '../registries/organisations.js';
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
import type { LocalTimeFit } from './amsterdam-time.js';
import { WOO_KIT_EXTRA_NAMESPACE, WOO_KIT_PUBLISHED_ON_KEY } from './extra-metadata.js';
import {
  DIWOO_NAMESPACE,
  SITEMAP_NAMESPACE,
  readLastmod,
  readXsdDateTime,
  toXsdDateTime,
  type ReadDateTime,
} from './values.js';
import { parseXml, type XmlElement, type XmlParseOptions } from './xml-parse.js';

/**
 * Something the reader assumed while reading a `<url>` that was still valid: a date-time without a
 * UTC offset, read as Dutch local time (code `diwoo-local-time-assumed`).
 */
export interface DiwooReadNote {
  /** Position of the `<url>` in the sitemap (0-based). */
  readonly index: number;
  /** Line of the element the note is about (1-based). */
  readonly line: number;
  readonly code: 'diwoo-local-time-assumed';
  /** JSON pointer into the publication: `/documentActions/0/atTime` or `/lastModified`. */
  readonly path: string;
  /** The text as the sitemap had it, e.g. `2025-02-10T09:30:00`. */
  readonly original: string;
  /** What woo-kit made of it, e.g. `2025-02-10T09:30:00+01:00`. */
  readonly value: string;
  /** `unique`, or `skipped` / `repeated` for a time in the hour the clocks change. */
  readonly fit: LocalTimeFit;
  readonly message: LocalizedText;
}

/** One `<url>` of a sitemap, read: a publication (with notes, if any) or the reason it could not be read. */
export type DiwooReadEntry =
  | {
      readonly index: number;
      readonly line: number;
      readonly publication: Publication;
      readonly notes?: readonly DiwooReadNote[];
    }
  | { readonly index: number; readonly line: number; readonly error: WooKitError };

/** A `<url>` that could not be turned into a valid publication. */
export interface DiwooReadError {
  /** Position of the `<url>` in the sitemap (0-based). */
  readonly index: number;
  /** Line of its start tag (1-based). */
  readonly line: number;
  /** `DiwooError` (`diwoo-…`) or `WooKitValidationError` (`validation-failed`). */
  readonly error: WooKitError;
}

/** What `fromDiwooSitemap` read. */
export interface DiwooReadResult {
  /** The publications of the `<url>`s that could be read, in document order. */
  readonly publications: readonly Publication[];
  /** The `<url>`s that could not be read. */
  readonly errors: readonly DiwooReadError[];
  /** Every `<url>` in document order, each with its publication or its error. */
  readonly entries: readonly DiwooReadEntry[];
  /**
   * Everything the reader assumed (a date-time without offset read as Dutch local time), in document order; absent when
   * nothing was.
   */
  readonly notes?: readonly DiwooReadNote[];
  /**
   * The DiWoo version the producer names in `xsi:schemaLocation` (`0.9.1`, `0.9.4`, `0.9.8`, …), when it
   * names one. The namespace is the same for every version, and woo-kit reads them all the same way.
   */
  readonly declaredVersion?: string;
}

/** One `<sitemap>` of a sitemap index. */
export interface SitemapIndexEntry {
  /** Position in the index (0-based). */
  readonly index: number;
  /** Line of its start tag (1-based). */
  readonly line: number;
  /** The sitemap's address, white space trimmed. */
  readonly loc: string;
  /** Its `lastmod`, normalised as `Publication.lastModified` (a date, or a date-time with offset), when given. */
  readonly lastmod?: string;
}

/** What `fromSitemapIndex` read. */
export interface SitemapIndexResult {
  /** The sitemaps listed, in order. */
  readonly sitemaps: readonly SitemapIndexEntry[];
  /** `<sitemap>`s without a `loc`, or with a `lastmod` that is not a date; the others are still read. */
  readonly errors: readonly DiwooReadError[];
}

/** Options of `fromDiwooSitemap` and `readSitemapIndex`. */
export type DiwooReadOptions = XmlParseOptions;

/** The name of a publisher by its TOOI URI, for a `publisher` element whose label is empty. */
export type PublisherName = (uri: string) => string | undefined;

const childrenNamed = (element: XmlElement, namespace: string, name: string): XmlElement[] =>
  element.children.filter((c) => c.namespace === namespace && c.localName === name);
const childNamed = (element: XmlElement, namespace: string, name: string): XmlElement | undefined =>
  element.children.find((c) => c.namespace === namespace && c.localName === name);

function missing(name: string, inside: XmlElement): DiwooError {
  return new DiwooError('diwoo-missing-element', {
    nl: `Het verplichte element ${name} ontbreekt in ${inside.localName} (regel ${inside.line}).`,
    en: `The required element ${name} is missing in ${inside.localName} (line ${inside.line}).`,
  });
}

/** The DiWoo child `name` of `element`; throws `diwoo-missing-element` when absent. */
function need(element: XmlElement, name: string): XmlElement {
  const found = childNamed(element, DIWOO_NAMESPACE, name);
  if (found === undefined) throw missing(`diwoo:${name}`, element);
  return found;
}

/** Texts of `list > item` children, e.g. `verkorteTitels > verkorteTitel`; empty when the list is absent. */
function texts(parent: XmlElement, list: string, item: string): string[] {
  const container = childNamed(parent, DIWOO_NAMESPACE, list);
  return container === undefined ? [] : childrenNamed(container, DIWOO_NAMESPACE, item).map((e) => e.text);
}

const sameLabel = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The value-list entry an element names: by its `@resource` URI (as DiWoo 0.9.8 writes it), or, when
 * a producer left `resource` out (the XSD allows that), by its label.
 */
function lookUp<T>(
  element: XmlElement,
  what: { nl: string; en: string },
  byUri: (uri: string) => T | undefined,
  byLabel: (label: string) => T | undefined,
): T {
  const resource = element.attributes.get('resource')?.trim();
  const found = resource === undefined ? byLabel(element.text) : byUri(resource);
  if (found !== undefined) return found;
  const shown = JSON.stringify((resource ?? element.text).slice(0, 100));
  throw new DiwooError('diwoo-unknown-value', {
    nl: `${shown} staat niet in de TOOI-lijst van ${what.nl} (element ${element.localName}, regel ${element.line}).`,
    en: `${shown} is not in the TOOI list of ${what.en} (element ${element.localName}, line ${element.line}).`,
  });
}

const conceptLookUp = (list: readonly TooiConcept[]) => ({
  byUri: (uri: string) => conceptByCode(list, uri)?.code,
  byLabel: (text: string) => list.find((c) => sameLabel(c.labelNl, text))?.code,
});

/** `xs:date` may carry a time zone (`2025-04-15Z`, `2025-04-15+02:00`); a calendar date does not. */
function calendarDate(text: string): string {
  const value = text.trim();
  return /^\d{4}-\d{2}-\d{2}(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? value.slice(0, 10) : value;
}

function localTimeNote(
  index: number,
  line: number,
  path: string,
  original: string,
  read: ReadDateTime,
): DiwooReadNote | undefined {
  if (read.assumed === undefined) return undefined;
  const { offset, fit } = read.assumed;
  const extra: LocalizedText =
    fit === 'skipped'
      ? {
          nl: ' Dat tijdstip bestaat niet (de klok ging van 02:00 naar 03:00); het is gelezen met de wintertijd.',
          en: ' That time does not exist (the clocks went from 02:00 to 03:00); it was read with winter time.',
        }
      : fit === 'repeated'
        ? {
            nl:
              ' Dat tijdstip kwam twee keer voor (de klok ging terug); het is gelezen als de eerste keer, in ' +
              'zomertijd.',
            en: ' That time happened twice (the clocks went back); it was read as the first time, in summer time.',
          }
        : { nl: '', en: '' };
  return {
    index,
    line,
    code: 'diwoo-local-time-assumed',
    path,
    original,
    value: read.value,
    fit,
    message: {
      nl:
        `Het tijdstip ${original} heeft geen tijdzone. Het is gelezen als Nederlandse tijd ` +
        `(Europe/Amsterdam, ${offset}).${extra.nl}`,
      en: `The time ${original} has no time zone. It was read as Dutch time (Europe/Amsterdam, ${offset}).${extra.en}`,
    },
  };
}

function invalidDateTime(element: XmlElement): DiwooError {
  const shown = JSON.stringify(element.text.trim().slice(0, 60));
  return new DiwooError('diwoo-invalid-date-time', {
    nl:
      `${shown} is geen tijdstip dat woo-kit kan lezen (xs:dateTime, zoals 2025-02-10T09:30:00+01:00) ` +
      `(element ${element.localName}, regel ${element.line}).`,
    en:
      `${shown} is not a date-time woo-kit can read (xs:dateTime, such as 2025-02-10T09:30:00+01:00) ` +
      `(element ${element.localName}, line ${element.line}).`,
  });
}

/** A `documentverwijzingType` element: `@resource` (trimmed; it is an identifier) and the text as written. */
function reference(element: XmlElement): DocumentReference {
  const resource = element.attributes.get('resource')?.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  return resource === undefined || resource === '' ? { label: element.text } : { resource, label: element.text };
}

/** The `publishedOn` woo-kit writes as extra metadata, when this `diwoo:Document` has it. */
function publishedOnOf(wrapper: XmlElement): XmlElement | undefined {
  for (const extra of childrenNamed(wrapper, DIWOO_NAMESPACE, 'extraMetadata')) {
    if (childNamed(extra, DIWOO_NAMESPACE, 'namespace')?.text.trim() !== WOO_KIT_EXTRA_NAMESPACE) continue;
    const fields = childNamed(extra, DIWOO_NAMESPACE, 'extraMetadatavelden');
    for (const field of fields === undefined ? [] : childrenNamed(fields, DIWOO_NAMESPACE, 'extraMetadataveld')) {
      if (childNamed(field, DIWOO_NAMESPACE, 'key')?.text.trim() !== WOO_KIT_PUBLISHED_ON_KEY) continue;
      const values = childNamed(field, DIWOO_NAMESPACE, 'values');
      const value = values === undefined ? undefined : childNamed(values, DIWOO_NAMESPACE, 'value');
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The writer's default `lastmod`: the latest document action by instant. */
function latestActionTime(actions: readonly DocumentAction[]): string | undefined {
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const action of actions) {
    const time = Date.parse(action.atTime);
    if (best === undefined || time > bestTime) {
      best = toXsdDateTime(action.atTime);
      bestTime = time;
    }
  }
  return best;
}

/** Turns one `<url>` into a valid publication, or throws a typed error. */
function readUrl(
  url: XmlElement,
  index: number,
  nameOf: PublisherName,
): { publication: Publication; notes: DiwooReadNote[] } {
  const notes: DiwooReadNote[] = [];
  const loc = childNamed(url, SITEMAP_NAMESPACE, 'loc');
  if (loc === undefined) throw missing('loc', url);
  const wrapper = childNamed(url, DIWOO_NAMESPACE, 'Document');
  if (wrapper === undefined) throw missing('diwoo:Document', url);
  const diwoo = childNamed(wrapper, DIWOO_NAMESPACE, 'DiWoo');
  if (diwoo === undefined) {
    throw new DiwooError('diwoo-no-diwoo-metadata', {
      nl:
        `Deze URL heeft geen diwoo:DiWoo-gegevens (misschien alleen MDTO, dat woo-kit niet leest) ` +
        `(regel ${wrapper.line}).`,
      en:
        `This URL has no diwoo:DiWoo metadata (perhaps only MDTO, which woo-kit does not read) ` +
        `(line ${wrapper.line}).`,
    });
  }
  // xs:anyURI collapses white space, so a pretty-printed `loc` is trimmed.
  const href = loc.text.trim();

  const publisherElement = need(diwoo, 'publisher');
  const publisherUri = publisherElement.attributes.get('resource')?.trim();
  if (publisherUri === undefined) {
    throw new DiwooError('diwoo-missing-resource', {
      nl: `De uitgever heeft geen resource-attribuut met de TOOI-URI (regel ${publisherElement.line}).`,
      en: `The publisher has no resource attribute with its TOOI URI (line ${publisherElement.line}).`,
    });
  }
  const publisherName = publisherElement.text !== '' ? publisherElement.text : (nameOf(publisherUri) ?? '');

  const titles = need(diwoo, 'titelcollectie');
  const officialTitle = need(titles, 'officieleTitel').text;
  // Publication holds one short title and one description: the first of each is kept.
  const shortTitle = texts(titles, 'verkorteTitels', 'verkorteTitel').find((s) => s !== '');
  const description = texts(diwoo, 'omschrijvingen', 'omschrijving').find((s) => s !== '');

  const classification = need(diwoo, 'classificatiecollectie');
  const categoryList = need(classification, 'informatiecategorieen');
  const categories: InformationCategoryCode[] = [];
  for (const element of childrenNamed(categoryList, DIWOO_NAMESPACE, 'informatiecategorie')) {
    const code = lookUp(
      element,
      { nl: 'informatiecategorieën', en: 'information categories' },
      (uri) => categoryByUri(uri)?.code,
      (text) => informationCategories.find((c) => sameLabel(c.labelNl, text))?.code,
    );
    if (!categories.includes(code)) categories.push(code);
  }
  const typeElement = childNamed(classification, DIWOO_NAMESPACE, 'documentsoorten')?.children.find(
    (c) => c.namespace === DIWOO_NAMESPACE && c.localName === 'documentsoort',
  );
  const documentType =
    typeElement === undefined
      ? undefined
      : lookUp(
          typeElement,
          { nl: 'documentsoorten', en: 'document types' },
          (uri) => documentTypeByUri(uri)?.code,
          (text) => documentTypeByLabel(text)?.code,
        );

  const creation = childNamed(diwoo, DIWOO_NAMESPACE, 'creatiedatum');
  const languageElement = childNamed(diwoo, DIWOO_NAMESPACE, 'language');
  const language =
    languageElement === undefined
      ? undefined
      : (() => {
          const { byUri, byLabel } = conceptLookUp(languages);
          return lookUp(languageElement, { nl: 'talen', en: 'languages' }, byUri, byLabel);
        })();
  const formatElement = childNamed(diwoo, DIWOO_NAMESPACE, 'format');
  const format =
    formatElement === undefined
      ? undefined
      : (() => {
          const { byUri, byLabel } = conceptLookUp(fileFormats);
          return lookUp(formatElement, { nl: 'bestandsformaten', en: 'file formats' }, byUri, byLabel);
        })();

  const actions: DocumentAction[] = [];
  for (const element of childrenNamed(need(diwoo, 'documenthandelingen'), DIWOO_NAMESPACE, 'documenthandeling')) {
    const { byUri, byLabel } = conceptLookUp(documentActionTypes);
    const soortHandeling = lookUp(
      need(element, 'soortHandeling'),
      { nl: 'documenthandelingen', en: 'document actions' },
      byUri,
      byLabel,
    );
    // xs:dateTime collapses white space; without an offset it is Dutch local time (and noted).
    const atTimeElement = need(element, 'atTime');
    const original = atTimeElement.text.trim();
    const read = readXsdDateTime(original);
    if (read === undefined) throw invalidDateTime(atTimeElement);
    const note = localTimeNote(index, atTimeElement.line, `/documentActions/${actions.length}/atTime`, original, read);
    if (note !== undefined) notes.push(note);
    actions.push({ soortHandeling, atTime: read.value });
  }

  // lastmod: kept when it says more than the writer's default (the latest document action).
  const lastmodElement = childNamed(url, SITEMAP_NAMESPACE, 'lastmod');
  let lastModified: string | undefined;
  if (lastmodElement !== undefined) {
    const original = lastmodElement.text.trim();
    const read = readLastmod(original);
    if (read === undefined) throw invalidDateTime(lastmodElement);
    if (read.value !== latestActionTime(actions)) {
      lastModified = read.value;
      const note = localTimeNote(index, lastmodElement.line, '/lastModified', original, read);
      if (note !== undefined) notes.push(note);
    }
  }

  const partOfElement = childNamed(diwoo, DIWOO_NAMESPACE, 'isPartOf');
  const partsElement = childNamed(diwoo, DIWOO_NAMESPACE, 'hasParts');
  const parts =
    partsElement === undefined ? [] : childrenNamed(partsElement, DIWOO_NAMESPACE, 'hasPart').map(reference);
  const publishedElement = publishedOnOf(wrapper);
  const publishedOn = publishedElement === undefined ? undefined : calendarDate(publishedElement.text);

  // An empty identifier identifies nothing: the first one with text, else the URL.
  const identifier = texts(diwoo, 'identifiers', 'identifier').find((s) => s !== '');
  const candidate: Publication = {
    // Without an identifier, the URL identifies the document.
    id: identifier ?? href,
    url: href,
    officialTitle,
    ...(shortTitle === undefined ? {} : { shortTitle }),
    ...(description === undefined ? {} : { description }),
    informationCategories: categories,
    ...(documentType === undefined ? {} : { documentType }),
    publisher: { name: publisherName, uri: publisherUri },
    ...(creation === undefined ? {} : { creationDate: calendarDate(creation.text) }),
    documentActions: actions,
    ...(language === undefined ? {} : { language }),
    ...(format === undefined ? {} : { format }),
    ...(publishedOn === undefined ? {} : { publishedOn }),
    ...(lastModified === undefined ? {} : { lastModified }),
    ...(partOfElement === undefined ? {} : { isPartOf: reference(partOfElement) }),
    ...(parts.length === 0 ? {} : { hasParts: parts }),
  };
  const result = validatePublication(candidate);
  if (!result.ok)
    throw new WooKitValidationError(
      { nl: `De publicatie op regel ${url.line}`, en: `The publication on line ${url.line}` },
      result.errors,
    );
  return { publication: result.value, notes };
}

function rootOf(xml: string, options: DiwooReadOptions, wanted: 'urlset' | 'sitemapindex'): XmlElement {
  const root = parseXml(xml, options);
  if (root.namespace === SITEMAP_NAMESPACE && root.localName === wanted) return root;
  if (root.namespace === SITEMAP_NAMESPACE && root.localName === 'sitemapindex') {
    throw new DiwooError('diwoo-sitemap-index', {
      nl:
        'Dit is een sitemapindex, geen sitemap. Lees de sitemaps die erin staan één voor één (readSitemapIndex ' +
        'geeft hun adressen).',
      en:
        'This is a sitemap index, not a sitemap. Read the sitemaps it lists one by one (readSitemapIndex gives ' +
        'their addresses).',
    });
  }
  throw new DiwooError('diwoo-not-a-sitemap', {
    nl:
      `Dit is geen ${wanted === 'urlset' ? 'sitemap' : 'sitemapindex'}: het hoofdelement moet ${wanted} zijn in ` +
      `de naamruimte ${SITEMAP_NAMESPACE}.`,
    en:
      `This is not a ${wanted === 'urlset' ? 'sitemap' : 'sitemap index'}: the root element must be ${wanted} ` +
      `in the namespace ${SITEMAP_NAMESPACE}.`,
  });
}

/**
 * Reads a DiWoo sitemap (`urlset > url > diwoo:Document > diwoo:DiWoo`) into publications. Tolerant of
 * other producers: any namespace prefix, white space and comments between elements, CDATA, entity and
 * character references, an XML declaration, a byte-order mark, DiWoo elements in any order (xs:all),
 * value-list elements without `@resource` (matched by label).
 *
 * Each `<url>` that cannot become a valid `Publication` is reported in `errors` and the others are
 * still read. Everything the official XSD accepts is read: `xs:dateTime` with `Z`, `+00:00` or any
 * offset, and without one (then read as Dutch local time, Europe/Amsterdam, and reported in `notes`);
 * `lastmod` as a date or a date-time; the schema locations of DiWoo 0.9.1, 0.9.4 and 0.9.8 (one
 * namespace). Value lists are matched on `@resource`, never on the label when a resource is given
 * (labels differ between list versions and producers). Kept: `lastmod` (as `lastModified`, when it
 * differs from the latest document action), `isPartOf`, `hasParts`, and the `publishedOn` woo-kit
 * writes as extra metadata. Not carried by `Publication`, so not read: extra identifiers, titles and
 * descriptions beyond the first, other document types beyond the first, responsible organisations,
 * themes, keywords, validity, `documentrelaties`, other `extraMetadata`, and the MDTO branch.
 *
 * @throws XmlSyntaxError when the text is not well-formed XML (`xml-not-well-formed`), has a DOCTYPE
 *   or ENTITY declaration (`xml-doctype-not-allowed`), or is nested too deeply (`xml-too-deep`).
 * @throws DiwooError `diwoo-sitemap-index` for a sitemap index, `diwoo-not-a-sitemap` for other XML.
 */
export function fromDiwooSitemap(xml: string, options: DiwooReadOptions = {}): DiwooReadResult {
  return fromDiwooSitemapWith((uri) => organisationByUri(uri)?.labelNl, xml, options);
}

/**
 * `fromDiwooSitemap` with your own names for publishers whose label is empty. `fromDiwooSitemap` takes
 * them from every TOOI organisation list; a browser bundle that wants to stay small can pass a
 * smaller lookup (such as `(uri) => municipalityByUri(uri)?.labelNl`), so the lists are left out.
 */
export function fromDiwooSitemapWith(
  publisherName: PublisherName,
  xml: string,
  options: DiwooReadOptions = {},
): DiwooReadResult {
  const root = rootOf(xml, options, 'urlset');
  const publications: Publication[] = [];
  const errors: DiwooReadError[] = [];
  const entries: DiwooReadEntry[] = [];
  const notes: DiwooReadNote[] = [];
  childrenNamed(root, SITEMAP_NAMESPACE, 'url').forEach((url, index) => {
    try {
      const read = readUrl(url, index, publisherName);
      publications.push(read.publication);
      notes.push(...read.notes);
      entries.push({
        index,
        line: url.line,
        publication: read.publication,
        ...(read.notes.length === 0 ? {} : { notes: read.notes }),
      });
    } catch (error) {
      // readUrl throws typed errors; anything else would be a bug, still reported as a typed error.
      const typed = toWooKitError(error);
      errors.push({ index, line: url.line, error: typed });
      entries.push({ index, line: url.line, error: typed });
    }
  });
  const declaredVersion = declaredDiwooVersion(root);
  return {
    publications,
    errors,
    entries,
    ...(notes.length === 0 ? {} : { notes }),
    ...(declaredVersion === undefined ? {} : { declaredVersion }),
  };
}

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The version in the DiWoo schema location (`…/diwoo/metadata/0.9.4/xsd/…`), when the producer gives one. */
function declaredDiwooVersion(root: XmlElement): string | undefined {
  const pairs = (root.attributes.get(`{${XSI_NAMESPACE}}schemaLocation`) ?? '').trim().split(/\s+/);
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    if (pairs[i] !== DIWOO_NAMESPACE) continue;
    return /\/diwoo\/metadata\/(\d+(?:\.\d+)+)\//.exec(pairs[i + 1]!)?.[1];
  }
  return undefined;
}

/**
 * Reads a sitemap index (sitemaps.org `sitemapindex`) as a typed list: each sitemap's address and
 * `lastmod`, with its line. A `<sitemap>` that cannot be read is reported in `errors` and the rest
 * is still read. Reads text only: woo-kit never fetches the sitemaps it lists.
 *
 * @throws XmlSyntaxError as `fromDiwooSitemap`; DiwooError `diwoo-not-a-sitemap` for other XML.
 */
export function fromSitemapIndex(xml: string, options: DiwooReadOptions = {}): SitemapIndexResult {
  const root = rootOf(xml, options, 'sitemapindex');
  const sitemaps: SitemapIndexEntry[] = [];
  const errors: DiwooReadError[] = [];
  childrenNamed(root, SITEMAP_NAMESPACE, 'sitemap').forEach((element, index) => {
    const loc = childNamed(element, SITEMAP_NAMESPACE, 'loc');
    if (loc === undefined || loc.text.trim() === '') {
      errors.push({ index, line: element.line, error: missing('loc', element) });
      return;
    }
    const lastmodElement = childNamed(element, SITEMAP_NAMESPACE, 'lastmod');
    const lastmod = lastmodElement === undefined ? undefined : readLastmod(lastmodElement.text.trim());
    if (lastmodElement !== undefined && lastmod === undefined) {
      errors.push({ index, line: element.line, error: invalidDateTime(lastmodElement) });
      return;
    }
    sitemaps.push({
      index,
      line: element.line,
      loc: loc.text.trim(),
      ...(lastmod === undefined ? {} : { lastmod: lastmod.value }),
    });
  });
  return { sitemaps, errors };
}

/** True when `xml` is a sitemap index (root `sitemapindex` in the sitemaps.org namespace); false for anything else. */
export function isSitemapIndex(xml: string, options: DiwooReadOptions = {}): boolean {
  try {
    const root = parseXml(xml, options);
    return root.namespace === SITEMAP_NAMESPACE && root.localName === 'sitemapindex';
  } catch {
    return false;
  }
}

/**
 * The sitemap addresses (`loc`) a sitemap index (sitemaps.org `sitemapindex`) lists, in order.
 *
 * @throws XmlSyntaxError as `fromDiwooSitemap`; DiwooError `diwoo-not-a-sitemap` for other XML.
 */
export function readSitemapIndex(xml: string, options: DiwooReadOptions = {}): readonly string[] {
  const root = rootOf(xml, options, 'sitemapindex');
  return childrenNamed(root, SITEMAP_NAMESPACE, 'sitemap').flatMap((s) => {
    const loc = childNamed(s, SITEMAP_NAMESPACE, 'loc');
    return loc === undefined ? [] : [loc.text.trim()];
  });
}
