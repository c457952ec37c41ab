/**
 * @woo-kit/zgw: the legal Woo deadline of the cases (zaken) in a municipality's zaaksysteem.
 * Reads ZGW Zaken API 1.5.1 / Catalogi API 1.3.1 JSON (a zaak with its audit trail, statussen and
 * resultaat) as a `WooRequest`, checks it against Woo 4.4, Awb 4:15 and the Atw, and talks to a
 * Zaken API. No DOM, no Node built-ins: runs in Node, workers and browsers.
 * @packageDocumentation
 */
export type * from './types.js';
export {
  DEFAULT_OUTCOMES,
  OUTCOME_PATTERNS,
  normalizeWording,
  outcomeOfWording,
  resolveMapping,
  suspensionKindOf,
  type ResolvedMapping,
  type ZaakMapping,
  type ZaakOutcome,
  type ZgwWarning,
} from './mapping.js';
export { amsterdamDate, readMoment, type Moment } from './time.js';
export {
  wooRequestFromZaak,
  type ZaakDecision,
  type ZaakPostponement,
  type ZaakReading,
  type ZaakSuspension,
} from './from-zaak.js';
export { checkZaak, zaakCheckLine, type CheckZaakOptions, type ZaakCheck, type ZaakReason } from './check.js';
export {
  createZgwClient,
  ZgwError,
  type ZaakCreate,
  type ZgwClient,
  type ZgwClientOptions,
  type ZgwExchange,
} from './client.js';
export {
  zaakReport,
  zaakRequests,
  type ZaakReportItem,
  type ZaakReportOptions,
  type ZaakRequestItem,
} from './report.js';
export {
  identificatieFor,
  rolCreateFromRequest,
  zaakCreateFromRequest,
  type InitiatorBetrokkeneType,
  type RolCreate,
  type RolCreateOptions,
  type ZaakCreateOptions,
} from './create.js';
