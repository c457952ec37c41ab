/**
 * How a zaak maps onto a Woo request: configuration with documented defaults (docs/zgw.md).
 */
import { WooKitInputError, type DecisionOutcome, type LocalizedText, type RequestChannel } from '@woo-kit/core';

/** What a resultaattype's wording means: a decision outcome (Woo 4.3), or a withdrawn request. */
export type ZaakOutcome = DecisionOutcome | 'withdrawn';

/** A remark about the data of a zaak: what was read past, assumed or ignored. Never an error. */
export interface ZgwWarning {
  /** Stable, machine-readable code (docs/zgw.md lists them). */
  readonly code: string;
  readonly message: LocalizedText;
  /** JSON pointer into the input (`/audittrail/3`, `/zaak/verlenging/duur`). */
  readonly path?: string;
}

export interface ZaakMapping {
  /** Which date of the zaak is the day of receipt (Woo 4.4 lid 1). Default `startdatum`. */
  readonly receivedOn?: 'startdatum' | 'registratiedatum';
  /** Words in `opschorting.reden` (lower case) that mean a zienswijze (Woo 4.4 lid 3). Default `["zienswijze"]`. */
  readonly zienswijzeWords?: readonly string[];
  /** Words that mean a request to complete the request (Awb 4:15 lid 1 sub a). Default `["aanvull", "4:15"]`. */
  readonly aanvullingWords?: readonly string[];
  /** The kind of a suspension whose reason matches neither list (with a warning). Default `aanvulling`. */
  readonly otherSuspension?: 'aanvulling' | 'zienswijze';
  /** `verlenging.duur` values read as the Woo's two weeks without a warning. Default `P14D`, `P2W`, `P10D`. */
  readonly postponementDurations?: readonly string[];
  /** Extra wordings of resultaattypen (compared in lower case, spaces collapsed), over the defaults. */
  readonly outcomes?: Readonly<Record<string, ZaakOutcome>>;
  /** The outcome of a decision whose resultaat cannot be mapped (with a warning). Default `disclosed`. */
  readonly unknownOutcome?: DecisionOutcome;
  /** The channel of the request (ZGW keeps it as a URL woo-kit cannot read). Default `other`. */
  readonly channel?: RequestChannel;
}

/** A mapping with every default filled in. */
export interface ResolvedMapping {
  readonly receivedOn: 'startdatum' | 'registratiedatum';
  readonly zienswijzeWords: readonly string[];
  readonly aanvullingWords: readonly string[];
  readonly otherSuspension: 'aanvulling' | 'zienswijze';
  readonly postponementDurations: readonly string[];
  readonly outcomes: Readonly<Record<string, ZaakOutcome>>;
  readonly unknownOutcome: DecisionOutcome;
  readonly channel: RequestChannel;
}

/**
 * Default wordings of resultaattypen, after `normalizeWording`. Matched exactly first; then the
 * patterns of `OUTCOME_PATTERNS` are tried in order.
 */
export const DEFAULT_OUTCOMES: Readonly<Record<string, ZaakOutcome>> = Object.freeze({
  verstrekt: 'disclosed',
  'geheel verstrekt': 'disclosed',
  'volledig verstrekt': 'disclosed',
  'openbaar gemaakt': 'disclosed',
  openbaarmaking: 'disclosed',
  toegekend: 'disclosed',
  verleend: 'disclosed',
  ingewilligd: 'disclosed',
  toegewezen: 'disclosed',
  'deels verstrekt': 'partlyDisclosed',
  'gedeeltelijk verstrekt': 'partlyDisclosed',
  'deels openbaar gemaakt': 'partlyDisclosed',
  'gedeeltelijk openbaar gemaakt': 'partlyDisclosed',
  'deels toegekend': 'partlyDisclosed',
  'gedeeltelijk toegekend': 'partlyDisclosed',
  'deels ingewilligd': 'partlyDisclosed',
  'gedeeltelijk ingewilligd': 'partlyDisclosed',
  geweigerd: 'refused',
  afgewezen: 'refused',
  'niet verstrekt': 'refused',
  'openbaarmaking geweigerd': 'refused',
  'niet aanwezig': 'notHeld',
  'informatie niet aanwezig': 'notHeld',
  'geen documenten': 'notHeld',
  'geen documenten aangetroffen': 'notHeld',
  'niet in bezit': 'notHeld',
  'reeds openbaar': 'alreadyPublic',
  'al openbaar': 'alreadyPublic',
  'reeds openbaar gemaakt': 'alreadyPublic',
  'buiten behandeling': 'notHandled',
  'buiten behandeling gesteld': 'notHandled',
  'niet in behandeling genomen': 'notHandled',
  'niet behandeld': 'notHandled',
  ingetrokken: 'withdrawn',
  'verzoek ingetrokken': 'withdrawn',
});

/** Patterns for wordings not in the table, tried in this order (the more specific first). */
export const OUTCOME_PATTERNS: readonly (readonly [RegExp, ZaakOutcome])[] = Object.freeze([
  [/\bingetrokken\b/, 'withdrawn'],
  [/\b(deels|gedeeltelijk|gedeeltelijke|deel)\b/, 'partlyDisclosed'],
  [/\b(reeds|al) (openbaar|gepubliceerd)\b/, 'alreadyPublic'],
  [/\b(niet aanwezig|niet in bezit|niet beschikbaar|geen (documenten|informatie|stukken))\b/, 'notHeld'],
  [/\b(buiten behandeling|niet in behandeling|niet behandeld)\b/, 'notHandled'],
  [/\b(geweigerd|weigering|afgewezen|afwijzing|niet verstrekt|niet openbaar)\b/, 'refused'],
  [/\b(verstrekt|openbaar|toegekend|verleend|ingewilligd|toegewezen)\b/, 'disclosed'],
] as const);

/** Lower case, trimmed, inner white space collapsed, trailing punctuation dropped. */
export const normalizeWording = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!:;,]+$/, '');

const OUTCOMES: readonly string[] = [
  'disclosed',
  'partlyDisclosed',
  'refused',
  'notHeld',
  'alreadyPublic',
  'notHandled',
];
const CHANNELS: readonly string[] = ['webForm', 'email', 'post', 'inPerson', 'phone', 'other'];

function badMapping(key: string, nl: string, en: string): never {
  throw new WooKitInputError(
    'invalid-mapping',
    { nl: `Mapping ${key}: ${nl}`, en: `Mapping ${key}: ${en}` },
    { path: `/mapping/${key}` },
  );
}

/** Checks a mapping that may come from a JSON file; throws a `WooKitInputError` (`invalid-mapping`). */
function checkMapping(m: unknown): asserts m is ZaakMapping {
  if (typeof m !== 'object' || m === null || Array.isArray(m))
    badMapping('', 'moet een object zijn.', 'must be an object.');
  const o = m as Record<string, unknown>;
  const words = (k: string) => {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
      badMapping(k, 'moet een lijst van teksten zijn.', 'must be a list of strings.');
  };
  for (const k of ['zienswijzeWords', 'aanvullingWords', 'postponementDurations']) words(k);
  if (o['receivedOn'] !== undefined && o['receivedOn'] !== 'startdatum' && o['receivedOn'] !== 'registratiedatum')
    badMapping('receivedOn', 'kies startdatum of registratiedatum.', 'use startdatum or registratiedatum.');
  if (
    o['otherSuspension'] !== undefined &&
    o['otherSuspension'] !== 'aanvulling' &&
    o['otherSuspension'] !== 'zienswijze'
  )
    badMapping('otherSuspension', 'kies aanvulling of zienswijze.', 'use aanvulling or zienswijze.');
  if (o['unknownOutcome'] !== undefined && !OUTCOMES.includes(o['unknownOutcome'] as string))
    badMapping('unknownOutcome', `kies uit ${OUTCOMES.join(', ')}.`, `use one of ${OUTCOMES.join(', ')}.`);
  if (o['channel'] !== undefined && !CHANNELS.includes(o['channel'] as string))
    badMapping('channel', `kies uit ${CHANNELS.join(', ')}.`, `use one of ${CHANNELS.join(', ')}.`);
  const outcomes = o['outcomes'];
  if (outcomes !== undefined) {
    if (typeof outcomes !== 'object' || outcomes === null || Array.isArray(outcomes))
      badMapping('outcomes', 'moet een object zijn.', 'must be an object.');
    for (const [k, v] of Object.entries(outcomes)) {
      if (!OUTCOMES.includes(v as string) && v !== 'withdrawn')
        badMapping(
          'outcomes',
          `"${k.slice(0, 40)}" heeft geen bekende uitkomst.`,
          `"${k.slice(0, 40)}" has no known outcome.`,
        );
    }
  }
}

/** Checks a mapping (which may come from a JSON file) and fills in the defaults. Throws `invalid-mapping`. */
export function resolveMapping(m: ZaakMapping = {}): ResolvedMapping {
  checkMapping(m);
  const outcomes: Record<string, ZaakOutcome> = { ...DEFAULT_OUTCOMES };
  for (const [k, v] of Object.entries(m.outcomes ?? {})) outcomes[normalizeWording(k)] = v;
  return {
    receivedOn: m.receivedOn ?? 'startdatum',
    zienswijzeWords: (m.zienswijzeWords ?? ['zienswijze']).map((w) => w.toLowerCase()),
    aanvullingWords: (m.aanvullingWords ?? ['aanvull', '4:15']).map((w) => w.toLowerCase()),
    otherSuspension: m.otherSuspension ?? 'aanvulling',
    postponementDurations: m.postponementDurations ?? ['P14D', 'P2W', 'P10D'],
    outcomes,
    unknownOutcome: m.unknownOutcome ?? 'disclosed',
    channel: m.channel ?? 'other',
  };
}

/** The outcome of a resultaattype's wording, or undefined when it means nothing known. */
export function outcomeOfWording(wording: string, mapping: ResolvedMapping): ZaakOutcome | undefined {
  const w = normalizeWording(wording);
  if (w === '') return undefined;
  const exact = Object.prototype.hasOwnProperty.call(mapping.outcomes, w) ? mapping.outcomes[w] : undefined;
  if (exact) return exact;
  for (const [pattern, outcome] of OUTCOME_PATTERNS) if (pattern.test(w)) return outcome;
  return undefined;
}

/** The kind of a suspension from its reason; `matched` false when the default was used. */
export function suspensionKindOf(
  reden: string,
  mapping: ResolvedMapping,
): { kind: 'aanvulling' | 'zienswijze'; matched: boolean } {
  const r = reden.toLowerCase();
  // Woo 4.4 lid 3 (zienswijze of a third party) is looked for first: "zienswijze na aanvulling" is one.
  if (mapping.zienswijzeWords.some((w) => w !== '' && r.includes(w))) return { kind: 'zienswijze', matched: true };
  if (mapping.aanvullingWords.some((w) => w !== '' && r.includes(w))) return { kind: 'aanvulling', matched: true };
  return { kind: mapping.otherSuspension, matched: false };
}
