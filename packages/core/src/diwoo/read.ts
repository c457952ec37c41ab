/**
 * Reads DiWoo 0.9.8 sitemaps (from woo-kit or any other producer) back into `Publication` objects,
 * with the small safe XML reader of `xml-parse.ts`: no DOM, no DTDs, no external entities.
 */
import { toWooKitError, type WooKitError } from '../errors.js';
import type { DocumentAction, Publication } from '../model.js';
import { categoryByUri, informationCategories, type InformationCategoryCode } from '../registries/categories.js';
import { documentTypeByLabel, documentTypeByUri } from '../registries/document-types.js';
import { municipalityByUri } from '../registries/municipalities.js';
import { conceptByCode, documentActionTypes, fileFormats, languages, type TooiConcept } from '../registries/value-lists.js';
import { WooKitValidationError, validatePublication } from '../validation/validate.js';
import { DiwooError } from './errors.js';
import { DIWOO_NAMESPACE, SITEMAP_NAMESPACE } from './values.js';
import { parseXml, type XmlElement, type XmlParseOptions } from './xml-parse.js';

/** One `<url>` of a sitemap, read: a publication or the reason it could not be read. */
export type DiwooReadEntry =
  | { readonly index: number; readonly line: number; readonly publication: Publication }
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
}

/** Options of `fromDiwooSitemap` and `readSitemapIndex`. */
export type DiwooReadOptions = XmlParseOptions;

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
function lookUp<T>(element: XmlElement, what: { nl: string; en: string }, byUri: (uri: string) => T | undefined, byLabel: (label: string) => T | undefined): T {
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

/** Turns one `<url>` into a valid publication, or throws a typed error. */
function readUrl(url: XmlElement): Publication {
  const loc = childNamed(url, SITEMAP_NAMESPACE, 'loc');
  if (loc === undefined) throw missing('loc', url);
  const wrapper = childNamed(url, DIWOO_NAMESPACE, 'Document');
  if (wrapper === undefined) throw missing('diwoo:Document', url);
  const diwoo = childNamed(wrapper, DIWOO_NAMESPACE, 'DiWoo');
  if (diwoo === undefined) {
    throw new DiwooError('diwoo-no-diwoo-metadata', {
      nl: `Deze URL heeft geen diwoo:DiWoo-gegevens (misschien alleen MDTO, dat woo-kit niet leest) (regel ${wrapper.line}).`,
      en: `This URL has no diwoo:DiWoo metadata (perhaps only MDTO, which woo-kit does not read) (line ${wrapper.line}).`,
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
  const publisherName = publisherElement.text !== '' ? publisherElement.text : (municipalityByUri(publisherUri)?.labelNl ?? '');

  const titles = need(diwoo, 'titelcollectie');
  const officialTitle = need(titles, 'officieleTitel').text;
  // Publication holds one short title and one description: the first of each is kept.
  const shortTitle = texts(titles, 'verkorteTitels', 'verkorteTitel').find((s) => s !== '');
  const description = texts(diwoo, 'omschrijvingen', 'omschrijving').find((s) => s !== '');

  const classification = need(diwoo, 'classificatiecollectie');
  const categoryList = need(classification, 'informatiecategorieen');
  const categories: InformationCategoryCode[] = [];
  for (const element of childrenNamed(categoryList, DIWOO_NAMESPACE, 'informatiecategorie')) {
    const code = lookUp(element, { nl: 'informatiecategorieën', en: 'information categories' },
      (uri) => categoryByUri(uri)?.code,
      (text) => informationCategories.find((c) => sameLabel(c.labelNl, text))?.code);
    if (!categories.includes(code)) categories.push(code);
  }
  const typeElement = childNamed(classification, DIWOO_NAMESPACE, 'documentsoorten')?.children.find(
    (c) => c.namespace === DIWOO_NAMESPACE && c.localName === 'documentsoort',
  );
  const documentType = typeElement === undefined ? undefined : lookUp(typeElement, { nl: 'documentsoorten', en: 'document types' },
    (uri) => documentTypeByUri(uri)?.code, (text) => documentTypeByLabel(text)?.code);

  const creation = childNamed(diwoo, DIWOO_NAMESPACE, 'creatiedatum');
  const languageElement = childNamed(diwoo, DIWOO_NAMESPACE, 'language');
  const language = languageElement === undefined ? undefined : (() => {
    const { byUri, byLabel } = conceptLookUp(languages);
    return lookUp(languageElement, { nl: 'talen', en: 'languages' }, byUri, byLabel);
  })();
  const formatElement = childNamed(diwoo, DIWOO_NAMESPACE, 'format');
  const format = formatElement === undefined ? undefined : (() => {
    const { byUri, byLabel } = conceptLookUp(fileFormats);
    return lookUp(formatElement, { nl: 'bestandsformaten', en: 'file formats' }, byUri, byLabel);
  })();

  const actions: DocumentAction[] = [];
  for (const element of childrenNamed(need(diwoo, 'documenthandelingen'), DIWOO_NAMESPACE, 'documenthandeling')) {
    const { byUri, byLabel } = conceptLookUp(documentActionTypes);
    const soortHandeling = lookUp(need(element, 'soortHandeling'), { nl: 'documenthandelingen', en: 'document actions' }, byUri, byLabel);
    // xs:dateTime collapses white space.
    actions.push({ soortHandeling, atTime: need(element, 'atTime').text.trim() });
  }

  const identifier = texts(diwoo, 'identifiers', 'identifier')[0];
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
  };
  const result = validatePublication(candidate);
  if (!result.ok) throw new WooKitValidationError({ nl: `De publicatie op regel ${url.line}`, en: `The publication on line ${url.line}` }, result.errors);
  return result.value;
}

function rootOf(xml: string, options: DiwooReadOptions, wanted: 'urlset' | 'sitemapindex'): XmlElement {
  const root = parseXml(xml, options);
  if (root.namespace === SITEMAP_NAMESPACE && root.localName === wanted) return root;
  if (root.namespace === SITEMAP_NAMESPACE && root.localName === 'sitemapindex') {
    throw new DiwooError('diwoo-sitemap-index', {
      nl: 'Dit is een sitemapindex, geen sitemap. Lees de sitemaps die erin staan één voor één (readSitemapIndex geeft hun adressen).',
      en: 'This is a sitemap index, not a sitemap. Read the sitemaps it lists one by one (readSitemapIndex gives their addresses).',
    });
  }
  throw new DiwooError('diwoo-not-a-sitemap', {
    nl: `Dit is geen ${wanted === 'urlset' ? 'sitemap' : 'sitemapindex'}: het hoofdelement moet ${wanted} zijn in de naamruimte ${SITEMAP_NAMESPACE}.`,
    en: `This is not a ${wanted === 'urlset' ? 'sitemap' : 'sitemap index'}: the root element must be ${wanted} in the namespace ${SITEMAP_NAMESPACE}.`,
  });
}

/**
 * Reads a DiWoo sitemap (`urlset > url > diwoo:Document > diwoo:DiWoo`) into publications. Tolerant of
 * other producers: any namespace prefix, white space and comments between elements, CDATA, entity and
 * character references, an XML declaration, a byte-order mark, DiWoo elements in any order (xs:all),
 * value-list elements without `@resource` (matched by label).
 *
 * Each `<url>` that cannot become a valid `Publication` is reported in `errors` and the others are
 * still read. Not carried by `Publication`, so not read: `lastmod`, extra identifiers, titles and
 * descriptions beyond the first, other document types beyond the first, responsible organisations,
 * themes, keywords, validity, relations, `extraMetadata`, and the MDTO branch.
 *
 * @throws XmlSyntaxError when the text is not well-formed XML (`xml-not-well-formed`), has a DOCTYPE
 *   or ENTITY declaration (`xml-doctype-not-allowed`), or is nested too deeply (`xml-too-deep`).
 * @throws DiwooError `diwoo-sitemap-index` for a sitemap index, `diwoo-not-a-sitemap` for other XML.
 */
export function fromDiwooSitemap(xml: string, options: DiwooReadOptions = {}): DiwooReadResult {
  const root = rootOf(xml, options, 'urlset');
  const publications: Publication[] = [];
  const errors: DiwooReadError[] = [];
  const entries: DiwooReadEntry[] = [];
  childrenNamed(root, SITEMAP_NAMESPACE, 'url').forEach((url, index) => {
    try {
      const publication = readUrl(url);
      publications.push(publication);
      entries.push({ index, line: url.line, publication });
    } catch (error) {
      // readUrl throws typed errors; anything else would be a bug, still reported as a typed error.
      const typed = toWooKitError(error);
      errors.push({ index, line: url.line, error: typed });
      entries.push({ index, line: url.line, error: typed });
    }
  });
  return { publications, errors, entries };
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
