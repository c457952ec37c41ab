/**
 * The Woo domain model: requests and their events, decisions, publications, organisations and
 * contact points. Every type here has a JSON Schema (draft 2020-12) in `schemas/` and a validator
 * (`validateWooRequest` and friends) that checks a value against it.
 *
 * Dates of law are `YYYY-MM-DD` strings (`IsoDate`), never `Date` objects.
 */
import type { IsoDate } from './dates.js';
import type { InformationCategoryCode } from './registries/categories.js';
import type { WithholdingGroundArticle } from './registries/exception-grounds.js';

/** How a request came in. Woo 4.1 lid 2: a request may be oral or written, also electronic. */
export type RequestChannel = 'webForm' | 'email' | 'post' | 'inPerson' | 'phone' | 'other';

/** What the requester prefers to get: the documents themselves, or an answer to a question. */
export type PreferredResponse = 'documents' | 'answer';

/**
 * What a decision grants.
 * - `disclosed`: all requested information is made public.
 * - `partlyDisclosed`: part is made public, part is withheld on exception grounds.
 * - `refused`: nothing is made public, on exception grounds.
 * - `notHeld`: the body does not have the information.
 * - `alreadyPublic`: the information is already public; the decision says where.
 * - `notHandled`: the request is not taken into consideration (Woo 4.1 lid 6 after a failed clarification; Woo 4.6
 * misuse).
 */
export type DecisionOutcome = 'disclosed' | 'partlyDisclosed' | 'refused' | 'notHeld' | 'alreadyPublic' | 'notHandled';

/** Outcomes that must cite at least one exception ground. */
export const outcomesWithGrounds: readonly DecisionOutcome[] = Object.freeze(['partlyDisclosed', 'refused'] as const);

/** Outcomes after which information can be released (Woo 4.4 lid 5). */
export const outcomesWithRelease: readonly DecisionOutcome[] = Object.freeze(['disclosed', 'partlyDisclosed'] as const);

/** The period the requested information is about. Either end may be open. */
export interface Period {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/** A Dutch postal or visiting address. */
export interface PostalAddress {
  /** Street, or `Postbus` for a PO box. */
  readonly street: string;
  readonly houseNumber?: string;
  /** Dutch postal code, e.g. `1011 PN`. */
  readonly postalCode: string;
  readonly city: string;
}

/** How to reach the requester. Every field is optional: anonymous requests are allowed (Woo 4.1 lid 3). */
export interface RequesterContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly postalAddress?: PostalAddress;
}

/** A government organisation (bestuursorgaan), with its TOOI identifier when known. */
export interface Organisation {
  /** Name, e.g. `gemeente Utrecht`. */
  readonly name: string;
  /** TOOI URI, e.g. `https://identifier.overheid.nl/tooi/id/gemeente/gm0344`. */
  readonly uri?: string;
}

interface EventBase {
  /** The day it happened (`YYYY-MM-DD`). */
  readonly on: IsoDate;
  /** Free text for the case file. */
  readonly note?: string;
}

/**
 * The requester is asked to make the request more precise (Woo 4.1 lid 5, Awb 4:5). Suspends the term (Awb 4:15 lid 1).
 */
export interface ClarificationAskedEvent extends EventBase {
  readonly type: 'clarificationAsked';
  /** The last day the requester has to answer. */
  readonly answerBy?: IsoDate;
}

/** The requester clarified the request, or the term to do so passed unused (`lapsed`). */
export interface ClarificationAnsweredEvent extends EventBase {
  readonly type: 'clarificationAnswered';
  readonly lapsed?: boolean;
}

/** The requester is told that a third party is asked for its view (Woo 4.4 lid 3, Awb 4:8). Suspends the term. */
export interface ZienswijzeAskedEvent extends EventBase {
  readonly type: 'zienswijzeAsked';
  /** The last day of the term set for the zienswijze. */
  readonly answerBy?: IsoDate;
}

/** The zienswijze came in, or the term for it passed unused (`lapsed`). Ends the suspension (Woo 4.4 lid 3). */
export interface ZienswijzeReceivedEvent extends EventBase {
  readonly type: 'zienswijzeReceived';
  readonly lapsed?: boolean;
}

/** The decision term is postponed by at most two weeks, once (Woo 4.4 lid 2). `on` is the day of the notice. */
export interface PostponedEvent extends EventBase {
  readonly type: 'postponed';
}

/** The request is forwarded to the body that holds the information (Woo 4.2). */
export interface ForwardedEvent extends EventBase {
  readonly type: 'forwarded';
  readonly to: Organisation;
  /** Only part of the request is forwarded; this body handles the rest. */
  readonly partial?: boolean;
}

/** The decision on the request (Woo 4.3). */
export interface DecidedEvent extends EventBase {
  readonly type: 'decided';
  readonly outcome: DecisionOutcome;
  /** Exception grounds the decision relies on, by article (`5.1.2e`). Required for refusals. */
  readonly grounds?: readonly WithholdingGroundArticle[];
}

/** The information is provided (Woo 4.4 lid 5): with the decision, or two weeks later when a third party may object. */
export interface ReleasedEvent extends EventBase {
  readonly type: 'released';
}

/** The requester withdrew the request. */
export interface WithdrawnEvent extends EventBase {
  readonly type: 'withdrawn';
}

/** Something that happened to a request. The events of a request are kept in date order. */
export type WooRequestEvent =
  | ClarificationAskedEvent
  | ClarificationAnsweredEvent
  | ZienswijzeAskedEvent
  | ZienswijzeReceivedEvent
  | PostponedEvent
  | ForwardedEvent
  | DecidedEvent
  | ReleasedEvent
  | WithdrawnEvent;

/** The `type` of a request event. */
export type WooRequestEventType = WooRequestEvent['type'];

/** Every event type, in the order a request usually meets them. */
export const wooRequestEventTypes: readonly WooRequestEventType[] = Object.freeze([
  'clarificationAsked',
  'clarificationAnswered',
  'zienswijzeAsked',
  'zienswijzeReceived',
  'postponed',
  'forwarded',
  'decided',
  'released',
  'withdrawn',
] as const);

/** A request for public information under Woo chapter 4 (Woo-verzoek). */
export interface WooRequest {
  /** The body's own reference, e.g. `WOO-2025-0042`. */
  readonly id: string;
  /** The day the competent body received the request. The term runs from the day after (Woo 4.4 lid 1). */
  readonly receivedOn: IsoDate;
  /** The day the requester sent it, when known. */
  readonly submittedOn?: IsoDate;
  readonly channel: RequestChannel;
  /** What the request is about, in the requester's words (Woo 4.1 lid 4). */
  readonly subject: string;
  /** The period the information is about. */
  readonly period?: Period;
  /** How to reach the requester. Absent for an anonymous request. */
  readonly requester?: RequesterContact;
  readonly preferredResponse?: PreferredResponse;
  /** A term agreed with the requester for a large request (Woo 4.2a). Does not change the statutory deadline. */
  readonly agreedDeadline?: IsoDate;
  /** What happened since receipt, in date order. */
  readonly events?: readonly WooRequestEvent[];
}

/** A decision on a Woo request (Woo 4.3), as a document of its own. */
export interface Decision {
  /** The `id` of the request it decides on. */
  readonly requestId: string;
  readonly decidedOn: IsoDate;
  readonly outcome: DecisionOutcome;
  /** Exception grounds by article (`5.1.2e`). Required when the outcome is `refused` or `partlyDisclosed`. */
  readonly grounds?: readonly WithholdingGroundArticle[];
  /** The day the information is released (Woo 4.4 lid 5). */
  readonly releasedOn?: IsoDate;
  /** Short summary of the decision. */
  readonly summary?: string;
}

/** Something done to a document (DiWoo `documenthandeling`). */
export interface DocumentAction {
  /** TOOI code of the kind of action (`soortHandeling`), e.g. `c_e1ec050e` (ondertekening). */
  readonly soortHandeling: string;
  /** When it happened: an RFC 3339 date-time with offset, e.g. `2025-03-04T10:00:00+01:00`. */
  readonly atTime: string;
}

/**
 * A reference from one document to another (DiWoo `documentverwijzingType`, used by `isPartOf` and
 * `hasParts`): a Woo decision and the documents released with it, an annual report and its annexes.
 */
export interface DocumentReference {
  /** The other document's identifier, usually its web address (DiWoo `@resource`; optional in the schema). */
  readonly resource?: string;
  /** Its name as the producer wrote it (the element's text; may be empty). */
  readonly label: string;
}

/** A published document, with the metadata DiWoo 0.9.8 asks for the national Woo-index. */
export interface Publication {
  /** The publisher's identifier for the document. */
  readonly id: string;
  /** Where the document can be found (the sitemap `loc`). */
  readonly url: string;
  /** Official title (DiWoo `officieleTitel`, required). */
  readonly officialTitle: string;
  /** Short title (DiWoo `verkorteTitel`). */
  readonly shortTitle?: string;
  /** Description (DiWoo `omschrijving`). */
  readonly description?: string;
  /** At least one information category, by TOOI code (DiWoo `informatiecategorie`, 1..n). */
  readonly informationCategories: readonly InformationCategoryCode[];
  /** TOOI document type code (DiWoo `documentsoort`), e.g. `c_386e74cb`. */
  readonly documentType?: string;
  /** The publishing organisation, with its TOOI URI (DiWoo `publisher`, required). */
  readonly publisher: Organisation & { readonly uri: string };
  /** Creation date (DiWoo `creatiedatum`). */
  readonly creationDate?: IsoDate;
  /** At least one document action (DiWoo `documenthandelingen`, required). */
  readonly documentActions: readonly DocumentAction[];
  /** Language code from the TOOI list, e.g. `NLD`. */
  readonly language?: string;
  /** File format code from the TOOI list, e.g. `PDF`. */
  readonly format?: string;
  /**
   * The day the document was made public (Woo 3.1, 3.3; for a decision on a request Woo 4.4 lid 5),
   * which is not the day it was registered or created. DiWoo 0.9.8 has no element for it: woo-kit
   * writes it as `extraMetadata` (key `woo-kit:publishedOn`) and reads it back from there.
   */
  readonly publishedOn?: IsoDate;
  /**
   * When the document or its metadata last changed: a date or an RFC 3339 date-time with offset. The
   * sitemap `lastmod`, from which the Woo-index harvester decides to read the document again. When
   * absent, the writer uses the latest document action.
   */
  readonly lastModified?: string;
  /** The document (a dossier, a decision) this one is part of (DiWoo `isPartOf`). */
  readonly isPartOf?: DocumentReference;
  /** The documents that are part of this one, such as annexes (DiWoo `hasParts > hasPart`). */
  readonly hasParts?: readonly DocumentReference[];
}

/** Day of the week, for opening hours. */
export type DayOfWeek = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Opening hours on one day of the week, in local time `HH:MM`. */
export interface OpeningHours {
  readonly dayOfWeek: DayOfWeek;
  readonly opens: string;
  readonly closes: string;
}

/**
 * The openness centre (openbaarheidscentrum): where people get help with information and
 * requests. Its details are information category 3.3.1e (bereikbaarheidsgegevens).
 */
export interface ContactPoint {
  /** E.g. `Openbaarheidscentrum gemeente Utrecht`. */
  readonly name: string;
  readonly organisation: Organisation;
  readonly visitingAddress?: PostalAddress;
  readonly postalAddress?: PostalAddress;
  readonly openingHours?: readonly OpeningHours[];
  readonly phone?: string;
  readonly email?: string;
  /** Where to file a Woo request online. */
  readonly requestUrl?: string;
  readonly websiteUrl?: string;
}
