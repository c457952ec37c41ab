/**
 * The `zgw` section of the server's configuration: which zaaksysteem (ZGW Zaken and Catalogi API)
 * submitted requests are filed into, and how. Checked at start, so a typo stops the server with one
 * clear line. The secret may come from the environment (`ZGW_SECRET`) so the file holds none; it is
 * never part of a message, a log line or an answer.
 */
import type { ZaakMapping } from '@woo-kit/zgw';

export interface ZgwBackendConfig {
  /** Root of the Zaken API, e.g. `https://zaken.gemeente.nl/zaken/api/v1`. */
  readonly zakenUrl: string;
  /** Root of the Catalogi API, e.g. `https://zaken.gemeente.nl/catalogi/api/v1`. */
  readonly catalogiUrl: string;
  /** The zaaktype of Woo requests (Catalogi API URL). */
  readonly zaaktype: string;
  /** The zaaktype's roltype with `omschrijvingGeneriek` `initiator` (Catalogi API URL). */
  readonly roltype: string;
  /** RSIN of the municipality (9 digits): the zaak's `bronorganisatie`. */
  readonly bronorganisatie: string;
  readonly clientId: string;
  /** The shared secret of the ZGW JWT (HS256). Prefer the environment variable `ZGW_SECRET`. */
  readonly secret: string;
  /** Betrokkene type of the initiator rol (default `natuurlijk_persoon`). */
  readonly betrokkeneType?: 'natuurlijk_persoon' | 'niet_natuurlijk_persoon';
  /** Time-out of one call to the zaaksysteem in ms (default 5000). */
  readonly timeoutMs?: number;
  /** How long a submission waits for the zaaksysteem before the receipt is sent anyway, in ms (default 8000). */
  readonly filingWaitMs?: number;
  /** Calls per second at most (default 5). */
  readonly requestsPerSecond?: number;
  /** How often the queue of requests not yet filed is worked through, in seconds (default 60). */
  readonly retryEverySeconds?: number;
  /** How long a requester's status read from the zaaksysteem is reused, in seconds (default 30). */
  readonly statusCacheSeconds?: number;
  /** Where the public on-time statistics come from (default `zaaksysteem`). */
  readonly statisticsFrom?: 'zaaksysteem' | 'local';
  /** How long the statistics read from the zaaksysteem are reused, in seconds (default 900). */
  readonly statisticsCacheSeconds?: number;
  /** How zaken map onto requests (docs/zgw.md "The default mapping"). */
  readonly mapping?: ZaakMapping;
}

const KNOWN = new Set([
  'zakenUrl',
  'catalogiUrl',
  'zaaktype',
  'roltype',
  'bronorganisatie',
  'clientId',
  'secret',
  'betrokkeneType',
  'timeoutMs',
  'filingWaitMs',
  'requestsPerSecond',
  'retryEverySeconds',
  'statusCacheSeconds',
  'statisticsFrom',
  'statisticsCacheSeconds',
  'mapping',
]);

/** Plain HTTP only to this machine: the token is a bearer credential. */
function isServiceUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    );
  } catch {
    return false;
  }
}

/**
 * Checks the `zgw` section; `fail` builds the error (the caller's ConfigError). Messages name the
 * setting, never its value.
 */
export function checkZgwConfig(
  raw: unknown,
  env: Readonly<Record<string, string | undefined>>,
  fail: (message: string) => Error,
): ZgwBackendConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw fail('zgw must be an object');
  const config: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of Object.keys(config)) if (!KNOWN.has(key)) throw fail(`unknown setting "zgw.${key}"`);
  if (env['ZGW_CLIENT_ID']) config['clientId'] = env['ZGW_CLIENT_ID'];
  if (env['ZGW_SECRET']) config['secret'] = env['ZGW_SECRET'];
  for (const key of ['zakenUrl', 'catalogiUrl', 'zaaktype', 'roltype']) {
    if (!isServiceUrl(config[key]))
      throw fail(`zgw.${key} must be an https URL (http only for 127.0.0.1 or localhost)`);
  }
  if (typeof config['bronorganisatie'] !== 'string' || !/^\d{9}$/.test(config['bronorganisatie']))
    throw fail('zgw.bronorganisatie must be an RSIN of 9 digits');
  if (typeof config['clientId'] !== 'string' || !config['clientId'])
    throw fail('zgw.clientId is required (or set ZGW_CLIENT_ID)');
  if (typeof config['secret'] !== 'string' || !config['secret']) throw fail('zgw.secret is required (set ZGW_SECRET)');
  const type = config['betrokkeneType'];
  if (type !== undefined && type !== 'natuurlijk_persoon' && type !== 'niet_natuurlijk_persoon') {
    throw fail('zgw.betrokkeneType must be natuurlijk_persoon or niet_natuurlijk_persoon');
  }
  const from = config['statisticsFrom'];
  if (from !== undefined && from !== 'zaaksysteem' && from !== 'local')
    throw fail('zgw.statisticsFrom must be zaaksysteem or local');
  for (const key of [
    'timeoutMs',
    'filingWaitMs',
    'requestsPerSecond',
    'retryEverySeconds',
    'statusCacheSeconds',
    'statisticsCacheSeconds',
  ]) {
    const value = config[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0))
      throw fail(`zgw.${key} must be a number of at least 0`);
  }
  if (config['mapping'] !== undefined && (typeof config['mapping'] !== 'object' || config['mapping'] === null))
    throw fail('zgw.mapping must be an object');
  return config as unknown as ZgwBackendConfig;
}
