/**
 * `@woo-kit/server`: a Woo request service a municipality can run. Private by default for the
 * requester, an authenticated API for case workers, SQLite or PostgreSQL.
 * @packageDocumentation
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { todayInAmsterdam } from '@woo-kit/deadlines';
import { createWooServer, type Handler, type ServerOptions, type WooServer } from './app.js';
import type { ServeConfig } from './config.js';
import { seedDemo } from './demo/index.js';
import { send } from './http.js';
import { jsonLogger, type Logger } from './log.js';
import { openStore, type WooStore } from './store/store.js';
import { createZgwBackend } from './zgw/backend.js';

export { createWooServer, publicView, type Handler, type ServerOptions, type WooServer } from './app.js';
export {
  createAuthenticator,
  newApiKey,
  newCapabilityToken,
  roles,
  scopes,
  scopesOfRole,
  sha256,
  type OidcOptions,
  type Principal,
  type Role,
  type Scope,
} from './auth.js';
export { ConfigError, loadConfig, type ServeConfig } from './config.js';
export { DEMO_PUBLISHER, samplePublications, sampleRequests, seedDemo, type SampleOptions } from './demo/index.js';
export { HttpError, StoreUnavailableError } from './errors.js';
export { jsonLogger, silentLogger, type Logger, type LogRecord } from './log.js';
export { createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limit.js';
export { publicStatistics, type PublicStatistics } from './statistics.js';
export {
  screenText,
  normaliseTerm,
  passesElevenTest,
  REMOVED,
  type ScreenResult,
  type ScreenKind,
} from './effect/screen.js';
export {
  readFeedback,
  decisionTimeOf,
  PAGE_KINDS,
  ANSWERS,
  type FeedbackInput,
  type PageKind,
  type FeedbackAnswer,
} from './effect/feedback.js';
export { effectFigures, MINIMUM_TERM_DAYS, type EffectFigures } from './effect/store.js';
export {
  beginBulkImport,
  countIndexed,
  endBulkImport,
  indexPublications,
  removePublications,
  searchPublications,
  type FacetCount,
  type IndexCounts,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from './search/index-store.js';
export {
  importPublications,
  ImportError,
  type ImportOptions,
  type ImportProblem,
  type ImportSummary,
} from './search/import.js';
export { parseSearchParams } from './search/params.js';
export { searchResponseSchema } from './search/schema.js';
export { migrations, migrate, type Migration } from './store/migrations.js';
export { openPostgres, openSqlite, type Db, type Dialect } from './store/db.js';
export { createZgwBackend, type StatusSource, type ZgwBackend, type ZgwBackendOptions } from './zgw/backend.js';
export { checkZgwConfig, type ZgwBackendConfig } from './zgw/config.js';
export type { Filing, FilingState } from './zgw/filings.js';
export {
  openStore,
  WooStore,
  type ApiKeyRecord,
  type AuditEntry,
  type OpenStoreOptions,
  type StoredRequest,
} from './store/store.js';

/** A Node HTTP server around a handler; paths the handler does not know get a JSON 404. */
export function createHttpServer(handler: Handler): Server {
  return createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled)
        send(res, 404, {
          error: { code: 'not-found', message: { nl: 'Dit adres bestaat niet.', en: 'This address does not exist.' } },
        });
    });
  });
}

export interface RunningServer {
  readonly server: Server;
  readonly store: WooStore;
  readonly woo: WooServer;
  /** `http://host:port` it listens on. */
  readonly url: string;
  close(): Promise<void>;
}

/** How often the retention job runs (every six hours; it also runs once on start). */
const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Opens the database (running its migrations), seeds the demo when asked, starts the retention
 * job and listens. What `woo-kit serve` runs.
 */
export async function startServer(
  config: ServeConfig,
  extra: { logger?: Logger; today?: () => string } = {},
): Promise<RunningServer> {
  const logger = extra.logger ?? jsonLogger();
  const store = await openStore(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { file: config.database });
  const today = extra.today ?? todayInAmsterdam;
  if (config.demo)
    await seedDemo(store, { today: today(), publicOrigin: config.publicOrigin ?? `http://localhost:${config.port}` });
  const zgw = config.zgw ? createZgwBackend({ config: config.zgw, store, logger }) : undefined;
  const options: ServerOptions = {
    store,
    ...(zgw ? { zgw } : {}),
    logger,
    today,
    ...(config.publicOrigin ? { publicOrigin: config.publicOrigin } : {}),
    ...(config.statusPage ? { statusPage: config.statusPage } : {}),
    ...(config.oidc ? { oidc: config.oidc } : {}),
    ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    ...(config.trustProxy ? { trustProxy: true } : {}),
    ...(config.retentionMonths !== undefined ? { retentionMonths: config.retentionMonths } : {}),
    ...(config.minimumGroupSize !== undefined ? { minimumGroupSize: config.minimumGroupSize } : {}),
    ...(config.feedbackRetentionMonths !== undefined
      ? { feedbackRetentionMonths: config.feedbackRetentionMonths }
      : {}),
  };
  const woo = createWooServer(options);
  const retention = () =>
    Promise.all([woo.runRetention(), woo.runEffectRetention()]).catch((error: unknown) =>
      logger({ level: 'error', msg: 'retention failed', error: error instanceof Error ? error.name : 'unknown' }),
    );
  void retention();
  const timer = setInterval(retention, RETENTION_EVERY_MS);
  timer.unref();
  // The queue of requests the zaaksysteem did not take yet: on start, then every retryEverySeconds.
  const fileQueue = () =>
    void zgw
      ?.runQueue()
      .catch((error: unknown) =>
        logger({ level: 'error', msg: 'zgw queue failed', error: error instanceof Error ? error.name : 'unknown' }),
      );
  fileQueue();
  const queueTimer = zgw ? setInterval(fileQueue, Math.max(1, config.zgw?.retryEverySeconds ?? 60) * 1000) : undefined;
  queueTimer?.unref();
  const server = createHttpServer(woo.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  logger({
    level: 'info',
    msg: 'listening',
    url: `http://${host}:${address.port}`,
    database: config.databaseUrl ? 'postgres' : 'sqlite',
    zgw: zgw !== undefined,
  });
  return {
    server,
    store,
    woo,
    url: `http://${host}:${address.port}`,
    async close() {
      clearInterval(timer);
      if (queueTimer) clearInterval(queueTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
export { serveMain, type ServeIO } from './cli.js';
