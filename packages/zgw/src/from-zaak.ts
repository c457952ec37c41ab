/**
 * From a zaak (ZGW Zaken API JSON, with its audit trail, statussen and resultaat) to a `WooRequest`.
 *
 * A zaaksysteem records a suspension as a yes/no flag without dates and a postponement as a duration,
 * so the dates the law counts are rebuilt from the audit trail (docs/zgw.md "The default mapping").
 * Whatever can be read past gives a warning, never a throw.
 */
import {
  WooKitInputError,
  outcomesWithGrounds,
  type DecisionOutcome,
  type WooRequest,
  type WooRequestEvent,
} from '@woo-kit/core';
import {
  outcomeOfWording,
  resolveMapping,
  suspensionKindOf,
  type ZaakMapping,
  type ZaakOutcome,
  type ZgwWarning,
} from './mapping.js';
import { isDate, readMoment, type Moment } from './time.js';
import type { ZaakBundle, ZgwAuditTrailEntry, ZgwStatusType } from './types.js';

/** A suspension rebuilt from the audit trail. */
export interface ZaakSuspension {
  /** `zienswijze` (Woo 4.4 lid 3) or `aanvulling` (Awb 4:15 lid 1 sub a), from `opschorting.reden`. */
  readonly kind: 'zienswijze' | 'aanvulling';
  /** The Dutch calendar date the flag was set: the day of the notice. */
  readonly notifiedOn: string;
  /** The date the flag was cleared; absent while the zaak is still suspended. */
  readonly endedOn?: string;
  /** Whether the reason named the kind (false: the mapping's default kind was used). */
  readonly kindFromReden: boolean;
  /** The audit entries (indexes in the input) that set and cleared the flag. */
  readonly from: number;
  readonly to?: number;
}

/** The postponement (Woo 4.4 lid 2) found in the audit trail. */
export interface ZaakPostponement {
  readonly postponedOn: string;
  /** `verlenging.duur` as the zaaksysteem has it. */
  readonly duur: string;
  readonly from: number;
}

/** The decision found in the statussen. */
export interface ZaakDecision {
  readonly decidedOn: string;
  /** The outcome, or `withdrawn` when the resultaat says the request was withdrawn. */
  readonly outcome: ZaakOutcome;
  /** False when the outcome is the mapping's `unknownOutcome`. */
  readonly outcomeKnown: boolean;
}

/** What `wooRequestFromZaak` read. */
export interface ZaakReading {
  readonly request: WooRequest;
  /** Everything read past, assumed or ignored, in the order found. */
  readonly warnings: readonly ZgwWarning[];
  readonly suspensions: readonly ZaakSuspension[];
  readonly postponement?: ZaakPostponement;
  readonly decision?: ZaakDecision;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const trimUrl = (u: string): string => u.trim().replace(/\/+$/, '');
const UUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/**
 * Whether two URLs name the same resource: equal, or ending in the same UUID (an export may write
 * another host or scheme for the same API, e.g. an internal and a public name).
 */
function sameResource(a: string, b: string): boolean {
  const x = trimUrl(a);
  const y = trimUrl(b);
  if (x === y) return true;
  const u = UUID_AT_END.exec(x)?.[1];
  return u !== undefined && u.toLowerCase() === UUID_AT_END.exec(y)?.[1]?.toLowerCase();
}

/** `opschorting.indicatie` in a body: undefined when the body says nothing about it; null opschorting is false. */
function flagIn(body: unknown): boolean | undefined {
  if (!isObject(body) || !('opschorting' in body)) return undefined;
  const o = body['opschorting'];
  if (o === null) return false;
  return isObject(o) && typeof o['indicatie'] === 'boolean' ? o['indicatie'] : undefined;
}

/** `verlenging.duur` in a body: undefined when the body says nothing; '' when it is not set. */
function duurIn(body: unknown): string | undefined {
  if (!isObject(body) || !('verlenging' in body)) return undefined;
  const v = body['verlenging'];
  if (!isObject(v)) return '';
  const duur = v['duur'];
  return typeof duur === 'string' ? duur.trim() : '';
}

const w = (code: string, nl: string, en: string, path?: string): ZgwWarning =>
  path === undefined ? { code, message: { nl, en } } : { code, message: { nl, en }, path };

/** An audit entry about this zaak that will be walked, with its moment. */
interface Entry {
  readonly index: number;
  readonly at: Moment;
  readonly oud: unknown;
  readonly nieuw: unknown;
}

/** An event with the moment it happened, for ordering. */
interface Timed {
  readonly ms: number;
  readonly event: WooRequestEvent;
}

function readEntries(bundle: ZaakBundle, zaakUrl: string | undefined, warnings: ZgwWarning[]): Entry[] {
  const list = (bundle as { audittrail?: unknown }).audittrail;
  if (!Array.isArray(list)) {
    warnings.push(
      w(
        'no-audittrail',
        'Er is geen audittrail: opschortingen en verlenging zijn niet te reconstrueren.',
        'There is no audit trail: suspensions and the postponement cannot be rebuilt.',
        '/audittrail',
      ),
    );
    return [];
  }
  const entries: Entry[] = [];
  const seenUuids = new Set<string>();
  const seenBodies = new Set<string>();
  let naive = false;
  list.forEach((raw: unknown, index) => {
    const path = `/audittrail/${index}`;
    if (!isObject(raw)) {
      warnings.push(
        w(
          'audit-entry-unreadable',
          'Deze auditregel is geen object en is overgeslagen.',
          'This audit entry is not an object and was skipped.',
          path,
        ),
      );
      return;
    }
    const e = raw as ZgwAuditTrailEntry;
    // Only changes of the zaak itself carry opschorting and verlenging; statussen, rollen, … are read elsewhere.
    if (str(e.resource)?.toLowerCase() !== 'zaak') return;
    // create, update, partial_update, and the actions of newer endpoints (Open Zaak's zaak_opschorten,
    // zaak_verlengen): every change that carries the zaak's new values. Reads and deletions do not.
    const actie = str(e.actie)?.toLowerCase() ?? '';
    if (actie === 'destroy' || actie === 'list' || actie === 'retrieve' || actie === 'headers') return;
    if (zaakUrl !== undefined && typeof e.hoofdObject === 'string' && !sameResource(e.hoofdObject, zaakUrl)) {
      warnings.push(
        w(
          'audit-entry-other-zaak',
          'Deze auditregel hoort bij een andere zaak en is overgeslagen.',
          'This audit entry belongs to another zaak and was skipped.',
          `${path}/hoofdObject`,
        ),
      );
      return;
    }
    if (typeof e.resultaat === 'number' && e.resultaat >= 400) {
      warnings.push(
        w(
          'audit-entry-failed',
          `Deze wijziging is mislukt (HTTP ${e.resultaat}) en is overgeslagen.`,
          `This change failed (HTTP ${e.resultaat}) and was skipped.`,
          `${path}/resultaat`,
        ),
      );
      return;
    }
    const at = readMoment(e.aanmaakdatum);
    if (at === undefined) {
      warnings.push(
        w(
          'audit-entry-bad-time',
          'De aanmaakdatum van deze auditregel is onleesbaar; de regel is overgeslagen.',
          'The aanmaakdatum of this audit entry cannot be read; the entry was skipped.',
          `${path}/aanmaakdatum`,
        ),
      );
      return;
    }
    const changes = isObject(e.wijzigingen) ? e.wijzigingen : {};
    if (!isObject(changes['nieuw'])) {
      if (actie !== 'create')
        warnings.push(
          w(
            'audit-entry-no-changes',
            'Deze auditregel heeft geen nieuwe waarden en is overgeslagen.',
            'This audit entry has no new values and was skipped.',
            `${path}/wijzigingen`,
          ),
        );
      return;
    }
    if (typeof e.uuid === 'string' && e.uuid !== '') {
      if (seenUuids.has(e.uuid)) {
        warnings.push(
          w(
            'audit-entry-duplicate',
            'Deze auditregel staat er twee keer in; de tweede is overgeslagen.',
            'This audit entry is listed twice; the second one was skipped.',
            path,
          ),
        );
        return;
      }
      seenUuids.add(e.uuid);
    }
    // Two entries at the same moment that say the same about what is read here (opschorting,
    // verlenging) are one: only those parts are compared, which also keeps this cheap.
    const part = (side: unknown) => (isObject(side) ? [side['opschorting'], side['verlenging']] : null);
    const body = `${at.ms}|${actie}|${JSON.stringify([part(changes['oud']), part(changes['nieuw'])])}`;
    if (seenBodies.has(body)) {
      warnings.push(
        w(
          'audit-entry-duplicate',
          'Deze auditregel herhaalt een eerdere (zelfde tijd, zelfde wijziging) en is overgeslagen.',
          'This audit entry repeats an earlier one (same time, same change) and was skipped.',
          path,
        ),
      );
      return;
    }
    seenBodies.add(body);
    if (at.naive) naive = true;
    entries.push({ index, at, oud: changes['oud'], nieuw: changes['nieuw'] });
  });
  if (naive) {
    warnings.push(
      w(
        'time-without-offset',
        'Sommige tijdstippen in de audittrail hebben geen tijdzone; ze zijn gelezen als Nederlandse tijd.',
        'Some time stamps in the audit trail have no offset; they were read as Dutch local time.',
        '/audittrail',
      ),
    );
  }
  // Real audit trails come in any order: oldest first, newest first, or mixed. Sort stays stable on ties.
  let sorted = true;
  for (let i = 1; i < entries.length; i++) if (entries[i]!.at.ms < entries[i - 1]!.at.ms) sorted = false;
  if (!sorted) entries.sort((a, b) => a.at.ms - b.at.ms);
  return entries;
}

/** The last statustype: `isEindstatus`, else the highest `volgnummer` (Catalogi API). */
function finalStatustype(types: readonly ZgwStatusType[]): ZgwStatusType | undefined {
  const end = types.filter((t) => isObject(t) && t.isEindstatus === true);
  if (end.length > 0) return end[0];
  let best: ZgwStatusType | undefined;
  for (const t of types)
    if (isObject(t) && typeof t.volgnummer === 'number' && (best === undefined || t.volgnummer > best.volgnummer!))
      best = t;
  return best;
}

/** Reads the decision: the date of the final status (Woo 4.3) and the outcome from the resultaattype. */
function readDecision(
  bundle: ZaakBundle,
  warnings: ZgwWarning[],
  mapping: ReturnType<typeof resolveMapping>,
): { decision: ZaakDecision; ms: number } | undefined {
  const zaak = bundle.zaak;
  let decidedOn: string | undefined;
  let ms = Infinity;
  const statussen = Array.isArray(bundle.statussen) ? bundle.statussen : [];
  const types = Array.isArray(bundle.statustypen) ? bundle.statustypen : [];
  const last = finalStatustype(types);
  if (last !== undefined && typeof last.url === 'string') {
    const url = last.url;
    statussen.forEach((s, i) => {
      if (!isObject(s) || typeof s.statustype !== 'string' || !sameResource(s.statustype, url)) return;
      const at = readMoment(s.datumStatusGezet);
      if (at === undefined) {
        warnings.push(
          w(
            'status-bad-time',
            'De datumStatusGezet van de eindstatus is onleesbaar.',
            'The datumStatusGezet of the final status cannot be read.',
            `/statussen/${i}/datumStatusGezet`,
          ),
        );
        return;
      }
      // The first time the final status was set is the decision; a repeat does not move it.
      if (at.ms < ms) {
        ms = at.ms;
        decidedOn = at.date;
      }
    });
  } else if (isDate(zaak.einddatum)) {
    // Without statustypen the final status cannot be recognised; the Zaken API sets einddatum when it is set.
    decidedOn = zaak.einddatum;
    ms = Date.UTC(
      Number(decidedOn.slice(0, 4)),
      Number(decidedOn.slice(5, 7)) - 1,
      Number(decidedOn.slice(8, 10)),
      23,
      59,
    );
    warnings.push(
      w(
        'decision-from-einddatum',
        'Zonder statustypen is de einddatum van de zaak als besluitdatum genomen.',
        'Without statustypen, the einddatum of the zaak was taken as the decision date.',
        '/zaak/einddatum',
      ),
    );
  }
  if (decidedOn === undefined) {
    if (isDate(zaak.einddatum)) {
      warnings.push(
        w(
          'einddatum-without-final-status',
          'De zaak heeft een einddatum, maar geen eindstatus met datum: er is geen besluitdatum.',
          'The zaak has an einddatum but no final status with a date: there is no decision date.',
          '/zaak/einddatum',
        ),
      );
    }
    return undefined;
  }
  const rt = bundle.resultaattype;
  let outcome: ZaakOutcome | undefined;
  if (isObject(rt)) {
    if (
      isObject(bundle.resultaat) &&
      typeof bundle.resultaat.resultaattype === 'string' &&
      typeof rt.url === 'string' &&
      !sameResource(bundle.resultaat.resultaattype, rt.url)
    ) {
      warnings.push(
        w(
          'resultaattype-mismatch',
          'Het resultaattype hoort niet bij het resultaat van de zaak; het is toch gebruikt.',
          "The resultaattype is not the one of the zaak's resultaat; it was used anyway.",
          '/resultaattype/url',
        ),
      );
    }
    for (const wording of [rt.omschrijving, rt.omschrijvingGeneriek]) {
      if (typeof wording === 'string') outcome ??= outcomeOfWording(wording, mapping);
    }
  }
  const known = outcome !== undefined;
  if (!known) {
    const shown =
      isObject(rt) && typeof rt.omschrijving === 'string' ? JSON.stringify(rt.omschrijving.slice(0, 80)) : '';
    warnings.push(
      w(
        'outcome-unknown',
        `De uitkomst van het besluit is niet af te leiden uit het resultaattype ${shown}; ` +
          `aangenomen: ${mapping.unknownOutcome}. Voeg de omschrijving toe aan de mapping.`,
        `The outcome of the decision cannot be read from the resultaattype ${shown}; ` +
          `assumed: ${mapping.unknownOutcome}. Add the wording to the mapping.`,
        isObject(rt) ? '/resultaattype/omschrijving' : '/resultaattype',
      ),
    );
  }
  return { decision: { decidedOn, outcome: outcome ?? mapping.unknownOutcome, outcomeKnown: known }, ms };
}

/**
 * Reads a zaak as a Woo request (`WooRequest` of @woo-kit/core), with warnings for what it had to
 * read past. Mapping (defaults in brackets, docs/zgw.md):
 * - `receivedOn`: the zaak's `startdatum` [or `registratiedatum`] (Woo 4.4 lid 1);
 * - suspensions from the audit trail: `opschorting.indicatie` turning true starts one, turning false
 *   ends it, each on the Dutch calendar date of its `aanmaakdatum`; `reden` containing "zienswijze"
 *   is Woo 4.4 lid 3, "aanvull" or "4:15" is Awb 4:15 lid 1 sub a, anything else [aanvulling] with a
 *   warning; one still open has no end;
 * - the postponement (Woo 4.4 lid 2): the entry where `verlenging` is first set;
 * - the decision (Woo 4.3): the first status of the last statustype, with its outcome from the
 *   resultaattype's wording.
 * Throws a `WooKitInputError` only when there is no zaak or no date of receipt.
 */
export function wooRequestFromZaak(bundle: ZaakBundle, options: ZaakMapping = {}): ZaakReading {
  if (!isObject(bundle) || !isObject((bundle as { zaak?: unknown }).zaak)) {
    throw new WooKitInputError(
      'zaak-missing',
      { nl: 'De invoer heeft geen zaak (object "zaak").', en: 'The input has no zaak (object "zaak").' },
      { path: '/zaak' },
    );
  }
  const mapping = resolveMapping(options);
  const zaak = bundle.zaak;
  const receivedOn = zaak[mapping.receivedOn];
  if (!isDate(receivedOn)) {
    throw new WooKitInputError(
      'zaak-missing-date',
      {
        nl: `De zaak heeft geen geldige ${mapping.receivedOn} (JJJJ-MM-DD): de ontvangstdatum is onbekend.`,
        en: `The zaak has no valid ${mapping.receivedOn} (YYYY-MM-DD): the date of receipt is unknown.`,
      },
      { path: `/zaak/${mapping.receivedOn}` },
    );
  }
  const warnings: ZgwWarning[] = [];
  const zaakUrl = typeof zaak.url === 'string' ? trimUrl(zaak.url) : undefined;
  const entries = readEntries(bundle, zaakUrl, warnings);
  const found = readDecision(bundle, warnings, mapping);
  const decidedMs = found?.ms ?? Infinity;

  const suspensions: ZaakSuspension[] = [];
  const timed: Timed[] = [];
  let suspended = false;
  let open: { kind: 'zienswijze' | 'aanvulling'; on: string; index: number; matched: boolean } | undefined;
  let postponement: ZaakPostponement | undefined;
  let verlengingSet = false;

  /**
   * A suspension still running when the decision was made ends on the day of the decision: the term
   * stood still until then (Woo 4.4 lid 3, Awb 4:15), and a decision ends the procedure.
   */
  function closeAtDecision(
    kind: 'zienswijze' | 'aanvulling',
    on: string,
    from: number,
    matched: boolean,
    decided: { decision: ZaakDecision; ms: number },
    to?: number,
  ): void {
    const endedOn = decided.decision.decidedOn;
    warnings.push(
      w(
        'suspension-open-at-decision',
        `De opschorting van ${on} liep nog toen het besluit viel; ze telt tot de dag van het besluit (${endedOn}).`,
        `The suspension of ${on} was still running when the decision was made; it counts up to the day of the ` +
          `decision (${endedOn}).`,
        `/audittrail/${from}`,
      ),
    );
    suspensions.push(
      to === undefined
        ? { kind, notifiedOn: on, endedOn, kindFromReden: matched, from }
        : { kind, notifiedOn: on, endedOn, kindFromReden: matched, from, to },
    );
    timed.push({
      ms: decided.ms - 1,
      event: { type: kind === 'zienswijze' ? 'zienswijzeReceived' : 'clarificationAnswered', on: endedOn },
    });
  }

  for (const { index, at, oud, nieuw } of entries) {
    const path = `/audittrail/${index}`;
    const after = at.ms > decidedMs;
    // Suspension: the flag turning true starts one, turning false ends it (Woo 4.4 lid 3, Awb 4:15).
    const was = flagIn(oud);
    const now = flagIn(nieuw);
    if (now === true && !suspended) {
      if (was === true) {
        warnings.push(
          w(
            'suspension-start-missing',
            'Volgens deze auditregel was de zaak al opgeschort, maar het begin staat niet in de audittrail; ' +
              'niet meegeteld.',
            'This audit entry says the zaak was already suspended, but the start is not in the audit trail; ' +
              'not counted.',
            `${path}/wijzigingen/oud/opschorting`,
          ),
        );
      } else if (after) {
        warnings.push(
          w(
            'suspension-after-decision',
            'Deze opschorting begon na het besluit en telt niet.',
            'This suspension started after the decision and does not count.',
            path,
          ),
        );
      } else if (at.date < receivedOn) {
        warnings.push(
          w(
            'suspension-before-receipt',
            `Deze opschorting begon vóór de ontvangst (${receivedOn}) en telt niet.`,
            `This suspension started before receipt (${receivedOn}) and does not count.`,
            path,
          ),
        );
      } else {
        const reden =
          isObject(nieuw) && isObject(nieuw['opschorting']) ? (str(nieuw['opschorting']['reden']) ?? '') : '';
        const { kind, matched } = suspensionKindOf(reden, mapping);
        if (!matched) {
          warnings.push(
            w(
              'suspension-kind-assumed',
              `Uit de reden van de opschorting blijkt niet of het om een zienswijze (Woo 4.4 lid 3) of een ` +
                `aanvulling (Awb 4:15) gaat; aangenomen: ${kind}.`,
              `The reason of the suspension does not say whether it is a zienswijze (Woo 4.4 lid 3) or an ` +
                `aanvulling (Awb 4:15); assumed: ${kind}.`,
              `${path}/wijzigingen/nieuw/opschorting/reden`,
            ),
          );
        }
        suspended = true;
        open = { kind, on: at.date, index, matched };
        timed.push({
          ms: at.ms,
          event: { type: kind === 'zienswijze' ? 'zienswijzeAsked' : 'clarificationAsked', on: at.date },
        });
      }
    } else if (now === true && suspended && was !== true) {
      warnings.push(
        w(
          'suspension-repeated',
          'De opschorting werd opnieuw aangezet terwijl de zaak al was opgeschort; genegeerd.',
          'The suspension was set again while the zaak was already suspended; ignored.',
          `${path}/wijzigingen/nieuw/opschorting`,
        ),
      );
    } else if (now === false && suspended && open !== undefined) {
      suspended = false;
      const { kind, on, index: from, matched } = open;
      open = undefined;
      if (after && found !== undefined) {
        // Cleared only after the decision: the term stood still up to the decision, not longer.
        closeAtDecision(kind, on, from, matched, found, index);
      } else {
        const endedOn = at.date;
        if (endedOn === on) {
          warnings.push(
            w(
              'suspension-same-day',
              `Deze opschorting begon en eindigde op ${on}: er staat geen dag stil.`,
              `This suspension started and ended on ${on}: no day is suspended.`,
              path,
            ),
          );
        }
        suspensions.push({ kind, notifiedOn: on, endedOn, kindFromReden: matched, from, to: index });
        timed.push({
          ms: at.ms,
          event: { type: kind === 'zienswijze' ? 'zienswijzeReceived' : 'clarificationAnswered', on: endedOn },
        });
      }
    } else if (now === false && !suspended && was === true) {
      warnings.push(
        w(
          'suspension-end-without-start',
          'De opschorting werd uitgezet, maar er liep geen (bekende) opschorting; genegeerd.',
          'The suspension was cleared, but no (known) suspension was running; ignored.',
          `${path}/wijzigingen/nieuw/opschorting`,
        ),
      );
    }
    // Postponement: the first time verlenging is set (Woo 4.4 lid 2: once, at most two weeks).
    const duur = duurIn(nieuw);
    if (duur !== undefined && duur !== '') {
      if (postponement === undefined && !verlengingSet) {
        if (after) {
          warnings.push(
            w(
              'verlenging-after-decision',
              'De verlenging werd na het besluit vastgelegd en telt niet.',
              'The verlenging was registered after the decision and does not count.',
              path,
            ),
          );
        } else if (at.date < receivedOn) {
          warnings.push(
            w(
              'verlenging-before-receipt',
              `De verlenging werd vóór de ontvangst (${receivedOn}) vastgelegd en telt niet.`,
              `The verlenging was registered before receipt (${receivedOn}) and does not count.`,
              path,
            ),
          );
        } else {
          postponement = { postponedOn: at.date, duur, from: index };
          timed.push({ ms: at.ms, event: { type: 'postponed', on: at.date } });
          if (!mapping.postponementDurations.includes(duur.toUpperCase())) {
            warnings.push(
              w(
                'verlenging-duur',
                `De verlenging is ${duur}; de Woo kent één verdaging van ten hoogste twee weken (Woo 4.4 lid ` +
                  `2), en zo is gerekend.`,
                `The verlenging is ${duur}; the Woo allows one postponement of at most two weeks (Woo 4.4 lid ` +
                  `2), which is what was counted.`,
                `${path}/wijzigingen/nieuw/verlenging/duur`,
              ),
            );
          }
        }
      } else if (postponement !== undefined && duur !== postponement.duur && duurIn(oud) !== duur) {
        warnings.push(
          w(
            'verlenging-changed',
            'De verlenging werd nog eens gewijzigd; de Woo kent maar één verdaging (Woo 4.4 lid 2), dus ' +
              'alleen de eerste telt.',
            'The verlenging was changed again; the Woo allows only one postponement (Woo 4.4 lid 2), so only ' +
              'the first counts.',
            path,
          ),
        );
      }
      verlengingSet = true;
    }
  }

  if (open !== undefined) {
    const { kind, on, index, matched } = open;
    if (found !== undefined) closeAtDecision(kind, on, index, matched, found);
    else suspensions.push({ kind, notifiedOn: on, kindFromReden: matched, from: index });
  }
  const flagNow = isObject(zaak.opschorting) ? zaak.opschorting.indicatie === true : false;
  if (flagNow && !suspended) {
    warnings.push(
      w(
        'opschorting-not-in-audittrail',
        'De zaak is opgeschort, maar de audittrail zegt niet sinds wanneer: de termijn staat hier niet stil.',
        'The zaak is suspended, but the audit trail does not say since when: the term is not stopped here.',
        '/zaak/opschorting',
      ),
    );
  } else if (!flagNow && suspended && isObject(zaak.opschorting)) {
    warnings.push(
      w(
        'opschorting-mismatch',
        'Volgens de audittrail is de zaak opgeschort, volgens de zaak zelf niet; de audittrail is gevolgd.',
        'The audit trail says the zaak is suspended, the zaak itself says it is not; the audit trail was followed.',
        '/zaak/opschorting',
      ),
    );
  }
  if (postponement === undefined && duurIn(zaak) && !verlengingSet) {
    warnings.push(
      w(
        'verlenging-not-in-audittrail',
        'De zaak is verlengd, maar de audittrail zegt niet wanneer: de verdaging telt hier niet mee.',
        'The zaak was extended, but the audit trail does not say when: the postponement is not counted here.',
        '/zaak/verlenging',
      ),
    );
  }

  let decision: ZaakDecision | undefined;
  if (found !== undefined) {
    if (found.decision.decidedOn < receivedOn) {
      warnings.push(
        w(
          'decision-before-receipt',
          `De eindstatus ligt vóór de ontvangst (${receivedOn}); genegeerd.`,
          `The final status is before receipt (${receivedOn}); ignored.`,
          '/statussen',
        ),
      );
    } else {
      decision = found.decision;
      const { decidedOn, outcome } = decision;
      if (outcomesWithGrounds.includes(outcome as DecisionOutcome)) {
        // Woo 5.1/5.2 grounds are required for a (partial) refusal; a zaak does not record them.
        warnings.push(
          w(
            'grounds-unknown',
            'Bij een (gedeeltelijke) weigering horen uitzonderingsgronden (Woo 5.1, 5.2); de zaak vermeldt ze niet.',
            'A (partial) refusal cites exception grounds (Woo 5.1, 5.2); the zaak does not record them.',
            '/resultaattype',
          ),
        );
      }
      timed.push({
        ms: found.ms,
        event:
          outcome === 'withdrawn'
            ? { type: 'withdrawn', on: decidedOn }
            : { type: 'decided', on: decidedOn, outcome: outcome as DecisionOutcome },
      });
    }
  }

  // Events in date order (WooRequest), and within a day in the order they happened.
  timed.sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.ms - b.ms));
  const subject = [zaak.omschrijving, zaak.toelichting, zaak.identificatie].find(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  const request: WooRequest = {
    id: zaak.identificatie || zaakUrl || zaak.uuid || 'zaak',
    receivedOn,
    channel: mapping.channel,
    subject: subject ? subject.slice(0, 20000) : '(zaak)',
    ...(timed.length > 0 ? { events: timed.map((t) => t.event) } : {}),
  };
  return {
    request,
    warnings,
    suspensions,
    ...(postponement ? { postponement } : {}),
    ...(decision ? { decision } : {}),
  };
}
