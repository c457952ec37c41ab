/**
 * Dutch municipalities from TOOI list `rwc_gemeenten_compleet` version 4 (605 entries). The list
 * also holds former municipalities (merged before 1 January 2023), because older documents name them.
 */
import { tooiGemeenten } from '../generated/tooi/tooiGemeenten.js';
import { deepFreeze } from '../internal/freeze.js';
import { tooiCode } from './tooi.js';

/** One municipality. */
export interface Municipality {
  /** CBS code with prefix, e.g. `gm0363`. */
  readonly code: string;
  /** TOOI URI, e.g. `https://identifier.overheid.nl/tooi/id/gemeente/gm0363`. */
  readonly uri: string;
  /** Official TOOI label, e.g. `gemeente Amsterdam`. */
  readonly labelNl: string;
  /** The name without the word "gemeente", e.g. `Amsterdam`. */
  readonly name: string;
}

/** All 605 municipalities of the TOOI list, current and former, sorted as the list is. Frozen. */
export const municipalities: readonly Municipality[] = /* @__PURE__ */ deepFreeze(
  tooiGemeenten.members.map((m): Municipality => ({
    code: tooiCode(m.uri),
    uri: m.uri,
    labelNl: m.label,
    name: m.label.replace(/^gemeente /, ''),
  })),
);

let byCode: Map<string, Municipality> | undefined;

/** The municipality with this code (`gm0363`, also `GM0363` or `0363`), or undefined. */
export function municipalityByCode(code: string): Municipality | undefined {
  const normal = code.trim().toLowerCase();
  byCode ??= new Map(municipalities.map((m) => [m.code, m]));
  return byCode.get(/^\d{4}$/.test(normal) ? `gm${normal}` : normal);
}

/** The municipality with this TOOI URI, or undefined. */
export function municipalityByUri(uri: string): Municipality | undefined {
  return municipalities.find((m) => m.uri === uri);
}
