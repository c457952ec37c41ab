/**
 * Government organisations on the TOOI lists that DiWoo 0.9.8 joins into its type `organisatielijst`:
 * municipalities, provinces, water boards, ministries, independent administrative bodies (zbo's),
 * other government organisations, joint arrangements (samenwerkingsorganisaties) and the Caribbean
 * public bodies. The Woo-index only takes a publisher (DiWoo `publisher`) that is on one of them.
 * Generated from the official XSD (`pnpm generate` in packages/core); current and former members.
 */
import { tooiCaribischeOpenbareLichamen } from '../generated/tooi/tooiCaribischeOpenbareLichamen.js';
import { tooiGemeenten } from '../generated/tooi/tooiGemeenten.js';
import { tooiMinisteries } from '../generated/tooi/tooiMinisteries.js';
import { tooiOverigeOverheidsorganisaties } from '../generated/tooi/tooiOverigeOverheidsorganisaties.js';
import { tooiProvincies } from '../generated/tooi/tooiProvincies.js';
import { tooiSamenwerkingsorganisaties } from '../generated/tooi/tooiSamenwerkingsorganisaties.js';
import { tooiWaterschappen } from '../generated/tooi/tooiWaterschappen.js';
import { tooiZbos } from '../generated/tooi/tooiZbos.js';
import { tooiCode, type TooiList } from './tooi.js';

/** Which TOOI organisation list an organisation is on (the type segment of its URI). */
export type OrganisationKind = 'gemeente' | 'provincie' | 'waterschap' | 'ministerie' | 'zbo' | 'oorg' | 'so' | 'col';

/** One organisation of a TOOI organisation list. */
export interface TooiOrganisation {
  /** Code, the last segment of the URI: `gm0344`, `pv26`, `ws0155`, `mnre1025`. */
  readonly code: string;
  /** TOOI URI, e.g. `https://identifier.overheid.nl/tooi/id/provincie/pv26`. */
  readonly uri: string;
  /** Official TOOI label, e.g. `provincie Utrecht`. */
  readonly labelNl: string;
  readonly kind: OrganisationKind;
}

/** The TOOI organisation lists with the kind each one holds, in the order of the DiWoo type. */
export const organisationLists: ReadonlyArray<{ readonly kind: OrganisationKind; readonly list: TooiList }> =
  /* @__PURE__ */ Object.freeze([
    { kind: 'col', list: tooiCaribischeOpenbareLichamen },
    { kind: 'gemeente', list: tooiGemeenten },
    { kind: 'ministerie', list: tooiMinisteries },
    { kind: 'provincie', list: tooiProvincies },
    { kind: 'oorg', list: tooiOverigeOverheidsorganisaties },
    { kind: 'so', list: tooiSamenwerkingsorganisaties },
    { kind: 'waterschap', list: tooiWaterschappen },
    { kind: 'zbo', list: tooiZbos },
  ] as const);

let byUri: Map<string, TooiOrganisation> | undefined;

function index(): Map<string, TooiOrganisation> {
  if (byUri === undefined) {
    byUri = new Map();
    for (const { kind, list } of organisationLists) {
      for (const m of list.members)
        byUri.set(m.uri, Object.freeze({ code: tooiCode(m.uri), uri: m.uri, labelNl: m.label, kind }));
    }
  }
  return byUri;
}

/** The organisation with this TOOI URI on any of the DiWoo organisation lists, or undefined. */
export function organisationByUri(uri: string): TooiOrganisation | undefined {
  return index().get(uri);
}

/** True when `uri` is on one of the TOOI organisation lists the Woo-index accepts as publisher. */
export function isTooiOrganisationUri(uri: string): boolean {
  return index().has(uri);
}

/** Every organisation of one kind, in list order. */
export function organisationsOfKind(kind: OrganisationKind): readonly TooiOrganisation[] {
  return [...index().values()].filter((o) => o.kind === kind);
}
