/**
 * TOOI document types (documentsoorten), list `ccw_plooi_documentsoorten` version 7: 91 types.
 *
 * The DiWoo 0.9.8 XSD gives each type as a flat enumeration value with its Dutch label and, for
 * some, a definition and a Juriconnect reference. It holds no groupings: TOOI replaced its
 * collections by grouping concepts (`skos:broader`) that the XSD does not carry, so none are
 * modelled here. A document type is independent of the information category (no official mapping).
 */
import { tooiDocumentsoorten } from '../generated/tooi/tooiDocumentsoorten.js';
import { deepFreeze } from '../internal/freeze.js';
import { tooiCode } from './tooi.js';

/** One TOOI document type. */
export interface DocumentType {
  /** TOOI code, e.g. `c_386e74cb` (convenant). */
  readonly code: string;
  /** TOOI URI. */
  readonly uri: string;
  /** Official Dutch label, e.g. `convenant`, `Gemeenteblad`. */
  readonly labelNl: string;
  /** Official Dutch definition, when TOOI gives one. */
  readonly definitionNl?: string;
  /** Juriconnect reference to the rule the definition comes from, when TOOI gives one. */
  readonly legalReference?: string;
}

/** All 91 document types in the order of the official list. Frozen. */
export const documentTypes: readonly DocumentType[] = /* @__PURE__ */ deepFreeze(
  tooiDocumentsoorten.members.map((m): DocumentType => ({
    code: tooiCode(m.uri),
    uri: m.uri,
    labelNl: m.label,
    ...(m.definition === undefined ? {} : { definitionNl: m.definition }),
    ...(m.legalReference === undefined ? {} : { legalReference: m.legalReference }),
  })),
);

/** The document type with this TOOI code (`c_386e74cb`), or undefined. */
export function documentTypeByCode(code: string): DocumentType | undefined {
  return documentTypes.find((d) => d.code === code);
}

/** The document type with this TOOI URI, or undefined. */
export function documentTypeByUri(uri: string): DocumentType | undefined {
  return documentTypes.find((d) => d.uri === uri);
}

/** The document type with this Dutch label (ignoring case and surrounding spaces), or undefined. */
export function documentTypeByLabel(label: string): DocumentType | undefined {
  const wanted = label.trim().toLowerCase();
  return documentTypes.find((d) => d.labelNl.toLowerCase() === wanted);
}

/** True when `value` is the TOOI code of a document type. */
export function isDocumentTypeCode(value: unknown): value is string {
  return typeof value === 'string' && documentTypes.some((d) => d.code === value);
}
