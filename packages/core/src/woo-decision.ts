/**
 * A Woo decision explained: the answer, the weighing behind each exception ground and the
 * inventory (inventarislijst) of the documents it covers, one row per document (Woo 4.3, 5.1, 5.2).
 * The inventory fields follow the "productierapport" format real inventories come in.
 */
import type { IsoDate } from './dates.js';
import type { DecisionOutcome } from './model.js';
import type { WithholdingGroundArticle } from './registries/exception-grounds.js';

/**
 * What the decision does with one document.
 * - `public`: made public in full (Woo 4.4 lid 5).
 * - `partlyPublic`: made public with parts blacked out on exception grounds (Woo 5.1, 5.2).
 * - `notPublic`: withheld in full on exception grounds.
 * - `alreadyPublic`: already public; `publicLink` says where.
 */
export type InventoryAssessment = 'public' | 'partlyPublic' | 'notPublic' | 'alreadyPublic';

/** Every assessment, in the order a decision page shows them. */
export const inventoryAssessments = Object.freeze(['public', 'partlyPublic', 'notPublic', 'alreadyPublic'] as const);

/** Assessments that withhold information and so need an exception ground (Woo 5.1, 5.2). */
export const assessmentsWithGrounds: readonly InventoryAssessment[] = Object.freeze([
  'partlyPublic',
  'notPublic',
] as const);

/** The kind of file, as the productierapport names it; `unknown` when empty or not in the list. */
export type InventoryFileType =
  | 'pdf'
  | 'doc'
  | 'image'
  | 'presentation'
  | 'spreadsheet'
  | 'email'
  | 'html'
  | 'note'
  | 'database'
  | 'xml'
  | 'video'
  | 'audio'
  | 'vcard'
  | 'chat'
  | 'unknown';

/** Every file type of the productierapport. */
export const inventoryFileTypes = Object.freeze([
  'pdf',
  'doc',
  'image',
  'presentation',
  'spreadsheet',
  'email',
  'html',
  'note',
  'database',
  'xml',
  'video',
  'audio',
  'vcard',
  'chat',
  'unknown',
] as const);

/**
 * A ground an inventory row may cite: a withholding ground, or `5.3` next to one (information older
 * than five years needs extra reasons, Woo 5.3; it is never a ground on its own).
 */
export type InventoryGroundArticle = WithholdingGroundArticle | '5.3';

/** One document of the inventory (one row of the productierapport). */
export interface InventoryItem {
  /** The document's id ("ID"); also the file name of the document. */
  readonly id: string;
  /** The collection the document belongs to ("Matter"); id + matter is unique within the body. */
  readonly matter: string;
  /** The name shown to readers ("Document"); for an e-mail its subject. */
  readonly name: string;
  readonly fileType: InventoryFileType;
  /** Date of the original document ("Datum"): sent (e-mail) or last changed. */
  readonly date: IsoDate;
  readonly assessment: InventoryAssessment;
  /** Exception grounds by article ("Beoordelingsgrond"); empty when nothing is withheld. */
  readonly grounds: readonly InventoryGroundArticle[];
  /** Short explanation by the body ("Toelichting"). */
  readonly explanation?: string;
  /** Where the document is already public ("Publieke Link"), for `alreadyPublic`. */
  readonly publicLink?: string;
  /** Related documents ("Gerelateerd ID"); `matter-id` when in another matter. */
  readonly relatedIds?: readonly string[];
  /** Ties an e-mail to its attachments ("Family" / "Family ID"). */
  readonly familyId?: string;
  /** Ties the e-mails of one conversation ("Email Thread ID"). */
  readonly threadId?: string;
  /** Case numbers ("Zaaknummer"). */
  readonly caseNumbers?: readonly string[];
  /**
   * A third party objected to release and that objection is pending ("Opgeschort"): the document
   * is not released yet (Woo 4.4 lid 5).
   */
  readonly suspended?: boolean;
}

/** The body's weighing for one exception ground it used: which interest, and why it weighs more here. */
export interface GroundWeighing {
  readonly ground: InventoryGroundArticle;
  /** The weighing in plain language (B1), written by the body. */
  readonly weighing: string;
}

/** How to reach the body about the decision. */
export interface DecisionContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

/** A decision on a Woo request with its explanation and inventory (Woo 4.3). */
export interface WooDecision {
  /** The `id` of the request it answers. */
  readonly requestId: string;
  /** A short title for the page, e.g. the subject of the request. */
  readonly title?: string;
  /** The body that decided, e.g. "gemeente Utrecht". */
  readonly organisation?: string;
  readonly decidedOn: IsoDate;
  /**
   * The day the decision was sent or handed to the requester (bekendmaking, Awb 3:41); the
   * objection term starts the day after (Awb 6:8). Defaults to `decidedOn`.
   */
  readonly announcedOn?: IsoDate;
  readonly outcome: DecisionOutcome;
  /** The answer first, in plain language (B1). */
  readonly summary: string;
  /** The body's weighing for each ground used (Woo 5.1 lid 2: make the weighing public). */
  readonly weighings: readonly GroundWeighing[];
  readonly inventory: readonly InventoryItem[];
  /** Link to the signed decision letter. */
  readonly letterUrl?: string;
  readonly contact?: DecisionContact;
}

/** Counts of an inventory: per assessment, per ground (a document counts once for each ground it cites). */
export interface InventorySummary {
  readonly total: number;
  readonly byAssessment: Readonly<Record<InventoryAssessment, number>>;
  /** Grounds in article order, with the number of documents that cite each. */
  readonly byGround: readonly { readonly ground: InventoryGroundArticle; readonly count: number }[];
  /** Documents whose release waits for a third party's objection (Woo 4.4 lid 5). */
  readonly suspended: number;
}

/** Order of grounds as in Woo chapter 5. */
const groundOrder = (g: string): string => g.replace(/(\d+)/g, (d) => d.padStart(3, '0'));

/** Counts per assessment and per ground, for a decision page or a CLI summary. */
export function summarizeInventory(items: readonly InventoryItem[]): InventorySummary {
  const byAssessment: Record<InventoryAssessment, number> = {
    public: 0,
    partlyPublic: 0,
    notPublic: 0,
    alreadyPublic: 0,
  };
  const grounds = new Map<InventoryGroundArticle, number>();
  let suspended = 0;
  for (const item of items) {
    byAssessment[item.assessment] += 1;
    if (item.suspended === true) suspended += 1;
    for (const g of item.grounds) grounds.set(g, (grounds.get(g) ?? 0) + 1);
  }
  const byGround = [...grounds]
    .map(([ground, count]) => ({ ground, count }))
    .sort((a, b) => (groundOrder(a.ground) < groundOrder(b.ground) ? -1 : 1));
  return { total: items.length, byAssessment, byGround, suspended };
}
