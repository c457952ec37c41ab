/**
 * Shared shapes of the TOOI value lists (Thesauri en Ontologieën voor Overheidsinformatie) that
 * DiWoo 0.9.8 embeds. The data itself is generated from the official XSD into
 * `src/generated/tooi-lists.ts`.
 */

/** One member of a TOOI value list, as the official XSD gives it. */
export interface TooiListMember {
  /** The identifier of the concept, e.g. `https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532`. */
  readonly uri: string;
  /** The official Dutch label (TOOI prefLabel). */
  readonly label: string;
  /** The official Dutch definition, when the list has one. */
  readonly definition?: string;
  /** A Juriconnect reference (`jci1.3:…`) to the rule the definition comes from, when given. */
  readonly legalReference?: string;
}

/** A TOOI value list in one version. */
export interface TooiList {
  /** The list's id, e.g. `scw_woo_informatiecategorieen`. */
  readonly id: string;
  /** The versioned URI of the list, e.g. `https://identifier.overheid.nl/tooi/set/scw_woo_informatiecategorieen/4`. */
  readonly uri: string;
  readonly version: number;
  /** Publication date of this version (`YYYY-MM-DD`). */
  readonly publishedOn: string | null;
  readonly members: readonly TooiListMember[];
}

/** The code of a TOOI concept: the last segment of its URI (`c_3baef532`, `gm0363`, `NLD`, `PDF`). */
export function tooiCode(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
