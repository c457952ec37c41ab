/**
 * The configuration of `woo-kit serve`: a JSON file, then environment variables, then command-line
 * options, each overriding the one before. Checked here, so a typo stops the start with a clear line
 * instead of running with a default nobody meant.
 */
import { readFileSync } from 'node:fs';
import type { OidcOptions } from './auth.js';
import type { RateLimitOptions } from './rate-limit.js';
import { checkZgwConfig, type ZgwBackendConfig } from './zgw/config.js';

export interface ServeConfig {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  readonly databaseUrl?: string;
  /** SQLite file (default `./woo-kit.sqlite`). */
  readonly database: string;
  readonly publicOrigin?: string;
  readonly statusPage?: string;
  readonly oidc?: OidcOptions;
  readonly rateLimit?: RateLimitOptions;
  readonly trustProxy?: boolean;
  readonly retentionMonths?: number;
  /** Months the free text of feedback is kept (default 6). */
  readonly feedbackRetentionMonths?: number;
  readonly minimumGroupSize?: number;
  /** Fill an empty database with the demo municipality's sample data. */
  readonly demo?: boolean;
  /** File requests as zaken in a zaaksysteem (ZGW APIs); see docs/zgw.md. */
  readonly zgw?: ZgwBackendConfig;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const KNOWN = new Set([
  'port',
  'host',
  'databaseUrl',
  'database',
  'publicOrigin',
  'statusPage',
  'oidc',
  'rateLimit',
  'trustProxy',
  'retentionMonths',
  'minimumGroupSize',
  'demo',
  'feedbackRetentionMonths',
  'zgw', // checked by checkZgwConfig (src/zgw/config.ts)
]);

function check(config: Record<string, unknown>): ServeConfig {
  for (const key of Object.keys(config)) if (!KNOWN.has(key)) throw new ConfigError(`unknown setting "${key}"`);
  const port = Number(config['port'] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError('port must be a whole number from 0 to 65535');
  const retention = config['retentionMonths'];
  if (retention !== undefined && (!Number.isInteger(retention) || (retention as number) < 0))
    throw new ConfigError('retentionMonths must be a whole number of months');
  const feedbackMonths = config['feedbackRetentionMonths'];
  if (feedbackMonths !== undefined && (!Number.isInteger(feedbackMonths) || (feedbackMonths as number) < 0))
    throw new ConfigError('feedbackRetentionMonths must be a whole number of months');
  const oidc = config['oidc'] as Record<string, unknown> | undefined;
  if (oidc !== undefined) {
    for (const key of ['issuer', 'audience', 'jwksUri'])
      if (typeof oidc[key] !== 'string' || !oidc[key]) throw new ConfigError(`oidc.${key} is required`);
  }
  const origin = config['publicOrigin'];
  if (origin !== undefined && (typeof origin !== 'string' || !/^https?:\/\/[^/]+\/?$/.test(origin)))
    throw new ConfigError('publicOrigin must be an origin such as https://www.voorbeeld.nl');
  return {
    ...(config as Partial<ServeConfig>),
    port,
    host: typeof config['host'] === 'string' ? config['host'] : '127.0.0.1',
    database: typeof config['database'] === 'string' ? config['database'] : 'woo-kit.sqlite',
  };
}

/** Reads and checks the configuration. `overrides` come from the command line. */
export function loadConfig(
  file: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  overrides: Record<string, unknown>,
): ServeConfig {
  let fromFile: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`cannot read the configuration file ${file}`);
    }
    try {
      fromFile = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new ConfigError(`the configuration file ${file} is not valid JSON`);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile))
      throw new ConfigError(`the configuration file ${file} must hold one JSON object`);
  }
  const fromEnv: Record<string, unknown> = {};
  if (env['DATABASE_URL']) fromEnv['databaseUrl'] = env['DATABASE_URL'];
  if (env['PORT']) fromEnv['port'] = env['PORT'];
  if (env['PUBLIC_ORIGIN']) fromEnv['publicOrigin'] = env['PUBLIC_ORIGIN'];
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const checked = check({ ...fromFile, ...fromEnv, ...defined });
  return checked.zgw === undefined
    ? checked
    : { ...checked, zgw: checkZgwConfig(checked.zgw, env, (message) => new ConfigError(message)) };
}
