/**
 * A Woo decision and its documents as a DiWoo dossier: the decision is the whole (`hasParts`), each
 * released document a part (`isPartOf`). Only documents the decision makes public go in: not the
 * ones withheld in full, not the ones already public elsewhere, and not the ones whose release
 * waits for a third party's objection (Woo 4.4 lid 5).
 *
 * The relations are returned next to each `Publication`, as ids; writing them as DiWoo
 * `isPartOf` / `hasParts` elements is the DiWoo writer's job: each publication carries them as
 * references to the other's web address, so `toDiwooSitemap` writes the dossier as it is.
 */
import type { Publication } from './model.js';
import type { InventoryItem, WooDecision } from './woo-decision.js';

/** A publication with the ids of its dossier relations. */
export interface DossierPublication {
  readonly publication: Publication;
  /** The id of the decision this document belongs to (DiWoo `isPartOf`). */
  readonly isPartOf?: string;
  /** The ids of the documents of this decision (DiWoo `hasParts`). */
  readonly hasParts?: readonly string[];
}

export interface DossierOptions {
  /** The publishing body, with its TOOI URI. */
  readonly publisher: { readonly name: string; readonly uri: string };
  /** Publication id of the decision itself. */
  readonly decisionId: string;
  /** Where the decision letter is published. */
  readonly decisionUrl: string;
  /** Where a released document is published. */
  readonly documentUrl: (item: InventoryItem) => string;
  /** Publication id of a document; by default `<decisionId>-<matter>-<id>`. */
  readonly documentId?: (item: InventoryItem) => string;
  /** RFC 3339 time of signing the decision; by default noon UTC on `decidedOn`. */
  readonly signedAt?: string;
}

/** TOOI information category "Woo-verzoeken en -besluiten" (Woo 3.3 lid 2 sub i). */
const WOO_REQUESTS_CATEGORY = 'c_3baef532';
/** TOOI document type "beslissing op Wob-/Woo-verzoek". */
const DECISION_DOCUMENT_TYPE = 'c_4f50ca9c';
/** TOOI document actions: ondertekening (signing) and vaststelling (adoption). */
const SIGNING = 'c_e1ec050e';
const ADOPTION = 'c_641ecd76';

/** True when the decision makes this document public now (full or in part, not waiting on an objection). */
export const isReleasedNow = (item: InventoryItem): boolean =>
  (item.assessment === 'public' || item.assessment === 'partlyPublic') && item.suspended !== true;

/** The decision and its released documents as publications with `isPartOf` / `hasParts` ids. */
export function decisionDossier(decision: WooDecision, options: DossierOptions): DossierPublication[] {
  const idOf = options.documentId ?? ((item: InventoryItem) => `${options.decisionId}-${item.matter}-${item.id}`);
  const released = decision.inventory.filter(isReleasedNow);
  const wholeTitle =
    decision.title === undefined
      ? `Besluit op Woo-verzoek ${decision.requestId}`
      : `Besluit op Woo-verzoek: ${decision.title}`;
  const parts: DossierPublication[] = released.map((item) => ({
    publication: {
      id: idOf(item),
      url: options.documentUrl(item),
      officialTitle: item.name,
      informationCategories: [WOO_REQUESTS_CATEGORY],
      publisher: options.publisher,
      creationDate: item.date,
      documentActions: [{ soortHandeling: ADOPTION, atTime: `${item.date}T12:00:00Z` }],
      ...(item.fileType === 'pdf' ? { format: 'PDF' } : {}),
      isPartOf: { resource: options.decisionUrl, label: wholeTitle },
    },
    isPartOf: options.decisionId,
  }));
  const whole: DossierPublication = {
    publication: {
      id: options.decisionId,
      url: options.decisionUrl,
      officialTitle: wholeTitle,
      description: decision.summary,
      informationCategories: [WOO_REQUESTS_CATEGORY],
      documentType: DECISION_DOCUMENT_TYPE,
      publisher: options.publisher,
      creationDate: decision.decidedOn,
      documentActions: [{ soortHandeling: SIGNING, atTime: options.signedAt ?? `${decision.decidedOn}T12:00:00Z` }],
      ...(parts.length > 0
        ? {
            hasParts: parts.map(({ publication }) => ({ resource: publication.url, label: publication.officialTitle })),
          }
        : {}),
    },
    hasParts: parts.map((p) => p.publication.id),
  };
  return [whole, ...parts];
}
