/**
 * The parts of the ZGW resources woo-kit reads, as the Zaken API 1.5.1 and the Catalogi API 1.3.1
 * return them (specs/zaken-api-1.5.1.yaml, specs/catalogi-api.yaml). Everything is optional here
 * that a real system may leave out: the reader checks what it needs and warns about the rest.
 */

/** `Zaak.opschorting` (Zaken API): a flag and a reason, without dates. */
export interface ZgwOpschorting {
  readonly indicatie: boolean;
  readonly reden?: string;
  /** Open Zaak only (read-only): true after the first suspension. */
  readonly eerdereOpschorting?: boolean;
}

/** `Zaak.verlenging` (Zaken API): `duur` is an ISO 8601 duration. */
export interface ZgwVerlenging {
  readonly reden?: string;
  readonly duur?: string | null;
}

/** A zaak (Zaken API `Zaak`). */
export interface ZgwZaak {
  readonly url?: string;
  readonly uuid?: string;
  readonly identificatie?: string;
  readonly bronorganisatie?: string;
  readonly omschrijving?: string;
  readonly toelichting?: string;
  readonly zaaktype?: string;
  /** Date the zaak was registered (`YYYY-MM-DD`). */
  readonly registratiedatum?: string;
  /** Date the case started (`YYYY-MM-DD`): for a Woo request, the day it was received. */
  readonly startdatum?: string;
  readonly einddatum?: string | null;
  readonly einddatumGepland?: string | null;
  /** "The last date by law": set by the zaaksysteem, usually startdatum + doorlooptijd. */
  readonly uiterlijkeEinddatumAfdoening?: string | null;
  readonly verlenging?: ZgwVerlenging | null;
  readonly opschorting?: ZgwOpschorting | null;
  readonly status?: string | null;
  readonly resultaat?: string | null;
  readonly kenmerken?: readonly { readonly kenmerk: string; readonly bron: string }[];
}

/** A rol at a zaak (Zaken API `Rol`): who plays which part (here: the initiator, the requester). */
export interface ZgwRol {
  readonly url?: string;
  readonly zaak?: string;
  readonly roltype?: string;
  readonly betrokkeneType?: string;
  readonly omschrijvingGeneriek?: string;
}

/** One entry of a zaak's audit trail (`GET /zaken/{uuid}/audittrail`). */
export interface ZgwAuditTrailEntry {
  readonly uuid?: string;
  /** `zrc` per the spec; Open Zaak writes `ZRC`. */
  readonly bron?: string;
  /** `create`, `update`, `partial_update`, `destroy`, … */
  readonly actie?: string;
  /** The HTTP status of the change. */
  readonly resultaat?: number;
  readonly hoofdObject?: string;
  /** `zaak`, `status`, `resultaat`, `rol`, … */
  readonly resource?: string;
  readonly resourceUrl?: string;
  /** When the change was made (RFC 3339 date-time). */
  readonly aanmaakdatum?: string;
  /** The object before (`oud`) and after (`nieuw`): the whole object or just the changed fields. */
  readonly wijzigingen?: { readonly oud?: unknown; readonly nieuw?: unknown } | null;
}

/** A status of a zaak (Zaken API `Status`). */
export interface ZgwStatus {
  readonly url?: string;
  readonly zaak?: string;
  readonly statustype?: string;
  /** RFC 3339 date-time. */
  readonly datumStatusGezet?: string;
  readonly statustoelichting?: string;
}

/** A statustype (Catalogi API `StatusType`). */
export interface ZgwStatusType {
  readonly url?: string;
  readonly omschrijving?: string;
  readonly omschrijvingGeneriek?: string;
  readonly volgnummer?: number;
  readonly isEindstatus?: boolean;
  readonly zaaktype?: string;
}

/** The result of a zaak (Zaken API `Resultaat`). */
export interface ZgwResultaat {
  readonly url?: string;
  readonly zaak?: string;
  readonly resultaattype?: string;
  readonly toelichting?: string;
}

/** A resultaattype (Catalogi API `ResultaatType`). */
export interface ZgwResultaatType {
  readonly url?: string;
  readonly omschrijving?: string;
  readonly omschrijvingGeneriek?: string;
  readonly resultaattypeomschrijving?: string;
  readonly zaaktype?: string;
}

/** A zaaktype (Catalogi API `ZaakType`), the fields about terms. */
export interface ZgwZaakType {
  readonly url?: string;
  readonly identificatie?: string;
  readonly omschrijving?: string;
  /** Calendar days, ISO 8601 duration, e.g. `P28D`. */
  readonly doorlooptijd?: string;
  readonly servicenorm?: string | null;
  readonly opschortingEnAanhoudingMogelijk?: boolean;
  readonly verlengingMogelijk?: boolean;
  readonly verlengingstermijn?: string | null;
}

/** Everything woo-kit reads about one zaak: the API's own JSON, as one object (one JSON line of the CLI). */
export interface ZaakBundle {
  readonly zaak: ZgwZaak;
  readonly zaaktype?: ZgwZaakType;
  readonly audittrail: readonly ZgwAuditTrailEntry[];
  readonly statussen?: readonly ZgwStatus[];
  readonly statustypen?: readonly ZgwStatusType[];
  readonly resultaat?: ZgwResultaat | null;
  readonly resultaattype?: ZgwResultaatType | null;
}
