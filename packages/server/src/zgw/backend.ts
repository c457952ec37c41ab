/**
 * The server's ZGW back end: a submitted request becomes a zaak of the configured zaaktype in the
 * municipality's zaaksysteem, with an initiator rol for the requester; the requester's status page
 * reads the zaak's statuses; the public on-time statistics can be computed from the zaken.
 *
 * Nothing the requester typed is lost: the request is stored locally first (with its place in the
 * queue, in one transaction), and filed after. When the zaaksysteem is slow or down the requester
 * still gets a receipt and the queue files the request later. One zaak per submission: the zaak's
 * identificatie is derived from the Idempotency-Key, and `createZaak` looks it up before every try.
 */
import { WooKitError, type WooRequest, type WooRequestEvent } from '@woo-kit/core';
import {
  createZgwClient,
  identificatieFor,
  resolveMapping,
  rolCreateFromRequest,
  wooRequestFromZaak,
  zaakCreateFromRequest,
  zaakRequests,
  ZgwError,
  type ZgwClient,
  type ZgwClientOptions,
  type ZgwZaak,
} from '@woo-kit/zgw';
import { HttpError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { publicStatistics, type PublicStatistics } from '../statistics.js';
import type { Db } from '../store/db.js';
import type { WooStore } from '../store/store.js';
import type { ZgwBackendConfig } from './config.js';
import {
  claimFiling,
  countPending,
  dueFilings,
  enqueueFiling,
  getFiling,
  recordFailure,
  recordFiled,
  recordZaak,
  type Filing,
  type FilingState,
} from './filings.js';

export interface ZgwBackendOptions {
  readonly config: ZgwBackendConfig;
  readonly store: WooStore;
  readonly logger?: Logger;
  /** The clock (ms since 1970); tests move it. */
  readonly now?: () => number;
  /** More client options (tests: a validator against the OpenAPI documents, a wait that does not wait). */
  readonly client?: Partial<ZgwClientOptions>;
}

/** Where the requester's status came from. */
export type StatusSource = 'zaaksysteem' | 'local';

export interface ZgwBackend {
  /** Whether `GET /api/timeliness` reads the zaaksysteem (`statisticsFrom`, default `zaaksysteem`). */
  readonly statisticsFromZaaksysteem: boolean;
  /** The zaak identificatie of a submission (the same for every retry with the same key). */
  identificatieFor(idempotencyKey: string): Promise<string>;
  /** Puts a new request in the queue, inside the transaction that stores it. */
  enqueue(tx: Db, request: WooRequest, identificatie: string): Promise<void>;
  /**
   * One try to file the request now, waited for at most `filingWaitMs`: a slow zaaksysteem does not
   * keep the requester waiting (the try goes on in the background, and the queue tries again if it
   * fails). Never throws for a zaaksysteem problem.
   */
  file(requestId: string): Promise<FilingState | 'not-queued'>;
  /** Files every request whose next try is due; stops early when the zaaksysteem cannot be reached. */
  runQueue(): Promise<{ readonly filed: number; readonly waiting: number }>;
  /** The filing of a request (for case workers), or undefined when it was never queued. */
  filing(requestId: string): Promise<Filing | undefined>;
  /**
   * What the requester sees: the local request (without contact details) with the events read from
   * the zaak (received, suspended, postponed, decided); the local request alone while the zaak does
   * not exist yet or cannot be read.
   */
  requesterView(
    requestId: string,
    local: WooRequest,
  ): Promise<{ readonly request: WooRequest; readonly source: StatusSource }>;
  /** The public on-time statistics over the zaken of the zaaktype, cached for `statisticsCacheSeconds`. */
  statistics(
    day: string,
    minimumGroupSize: number,
  ): Promise<{ readonly statistics: PublicStatistics; readonly stale: boolean }>;
}

/** How long one try may hold a request (ms): longer than a try with every time-out can take. */
const LEASE_MS = 5 * 60_000;
/** The queue's back-off: 30 s after the first failed try, doubling, at most an hour. */
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
/** At most this many requests per run of the queue. */
const QUEUE_BATCH = 50;
/** Status pages remembered at most (the oldest goes first). */
const STATUS_CACHE_SIZE = 1000;

const iso = (ms: number): string => new Date(ms).toISOString();

/** A short, machine-made code for the log and the queue: never a message, a URL or text someone typed. */
function errorCode(error: unknown): string {
  if (error instanceof ZgwError) return error.status === undefined ? error.code : `${error.code} ${error.status}`;
  if (error instanceof WooKitError) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** Whether an error says the zaaksysteem as a whole cannot be reached (then the rest of the queue waits too). */
const unreachable = (code: string | null): boolean =>
  code !== null && /^zgw-(network|timeout)|^zgw-http (429|5\d\d)/.test(code);

export function createZgwBackend(options: ZgwBackendOptions): ZgwBackend {
  const { config, store } = options;
  const db = store.db;
  const log = options.logger ?? silentLogger;
  const now = options.now ?? (() => Date.now());
  // Fails at start on a mapping that does not make sense, not on the first status page.
  resolveMapping(config.mapping ?? {});
  const base: ZgwClientOptions = {
    zakenUrl: config.zakenUrl,
    catalogiUrl: config.catalogiUrl,
    clientId: config.clientId,
    secret: config.secret,
    userRepresentation: 'woo-kit server',
    timeoutMs: config.timeoutMs ?? 5000,
    requestsPerSecond: config.requestsPerSecond ?? 5,
    ...options.client,
  };
  // While someone waits (the form, the status page): one quick retry. The queue and the statistics: more.
  const interactive: ZgwClient = createZgwClient({ ...base, retries: 1, backoffMs: 200, ...options.client });
  const background: ZgwClient = createZgwClient({ ...base, retries: 3, ...options.client });

  async function file(requestId: string, client: ZgwClient): Promise<FilingState | 'not-queued'> {
    const t = now();
    const claim = await claimFiling(db, requestId, iso(t), iso(t + LEASE_MS));
    if (!claim) return (await getFiling(db, requestId))?.state ?? 'not-queued';
    try {
      const stored = await store.getRequest(requestId);
      if (!stored)
        throw new WooKitError('request-missing', {
          nl: 'Het verzoek bestaat niet meer.',
          en: 'The request no longer exists.',
        });
      let zaakUrl = claim.zaakUrl;
      if (!zaakUrl) {
        const body = zaakCreateFromRequest(stored.request, {
          zaaktype: config.zaaktype,
          bronorganisatie: config.bronorganisatie,
          identificatie: claim.identificatie,
        });
        const { zaak } = await client.createZaak(body);
        if (typeof zaak.url !== 'string')
          throw new WooKitError('zgw-zaak-without-url', { nl: 'De zaak heeft geen url.', en: 'The zaak has no url.' });
        zaakUrl = zaak.url;
        await recordZaak(db, requestId, zaakUrl);
      }
      const rolBody = rolCreateFromRequest(stored.request, {
        zaak: zaakUrl,
        roltype: config.roltype,
        ...(config.betrokkeneType ? { betrokkeneType: config.betrokkeneType } : {}),
      });
      const { rol } = await client.createRol(rolBody);
      await recordFiled(db, requestId, rol.url ?? '', iso(now()));
      log({ level: 'info', msg: 'zgw filed', requestId, attempts: claim.attempts });
      return 'filed';
    } catch (error) {
      const code = errorCode(error);
      const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, claim.attempts - 1));
      await recordFailure(db, requestId, code, iso(now() + delay)).catch(() => undefined);
      log({ level: 'warn', msg: 'zgw filing deferred', requestId, code, attempts: claim.attempts });
      return 'pending';
    }
  }

  let queueRun: Promise<{ filed: number; waiting: number }> | undefined;
  async function runQueueOnce(): Promise<{ filed: number; waiting: number }> {
    let filed = 0;
    for (const id of await dueFilings(db, iso(now()), QUEUE_BATCH)) {
      const state = await file(id, background);
      if (state === 'filed') filed++;
      else if (state === 'pending' && unreachable((await getFiling(db, id))?.lastError ?? null)) break;
    }
    const waiting = await countPending(db);
    if (filed > 0 || waiting > 0) log({ level: 'info', msg: 'zgw queue', filed, waiting });
    return { filed, waiting };
  }

  const filingWaitMs = config.filingWaitMs ?? 8000;
  // A status page reloaded often asks the zaaksysteem at most once per statusCacheSeconds.
  const statusCacheMs = (config.statusCacheSeconds ?? 30) * 1000;
  const statusCache = new Map<string, { at: number; events: readonly WooRequestEvent[] }>();
  const cacheMs = (config.statisticsCacheSeconds ?? 900) * 1000;
  const cache = new Map<string, { at: number; statistics: PublicStatistics }>();
  const inflight = new Map<string, Promise<PublicStatistics>>();

  async function readStatistics(day: string, minimum: number): Promise<PublicStatistics> {
    const requests: WooRequest[] = [];
    let unreadable = 0;
    for await (const item of zaakRequests(background, {
      zaaktype: config.zaaktype,
      today: day,
      ...(config.mapping ? { mapping: config.mapping } : {}),
    })) {
      if (item.kind === 'zaak') requests.push(item.check.request);
      else unreadable++;
    }
    if (unreadable > 0) log({ level: 'warn', msg: 'zgw statistics: zaken not readable', unreadable });
    return publicStatistics(requests, day, minimum);
  }

  return {
    statisticsFromZaaksysteem: (config.statisticsFrom ?? 'zaaksysteem') === 'zaaksysteem',
    identificatieFor,
    enqueue: (tx, request, identificatie) => enqueueFiling(tx, request.id, identificatie, iso(now())),
    file(requestId) {
      const attempt = file(requestId, interactive);
      // A store failure in a try nobody waits for any more must not become an unhandled rejection.
      attempt.catch((error: unknown) =>
        log({
          level: 'error',
          msg: 'zgw filing failed',
          requestId,
          error: error instanceof Error ? error.name : 'unknown',
        }),
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<'pending'>((resolve) => (timer = setTimeout(() => resolve('pending'), filingWaitMs)));
      return Promise.race([attempt, waited]).finally(() => clearTimeout(timer));
    },
    runQueue() {
      queueRun ??= runQueueOnce().finally(() => (queueRun = undefined));
      return queueRun;
    },
    filing: (requestId) => getFiling(db, requestId),
    async requesterView(requestId, local) {
      const filing = await getFiling(db, requestId);
      if (!filing?.zaakUrl) return { request: local, source: 'local' };
      // Only the events (types, dates, outcome) come from the zaak; the subject stays the requester's own text.
      const { events: _local, ...rest } = local;
      void _local;
      const withEvents = (events: readonly WooRequestEvent[]): WooRequest =>
        events.length > 0 ? { ...rest, events } : rest;
      const seen = statusCache.get(requestId);
      if (seen && now() - seen.at < statusCacheMs) return { request: withEvents(seen.events), source: 'zaaksysteem' };
      try {
        const zaak = await interactive.get<ZgwZaak>(filing.zaakUrl);
        const reading = wooRequestFromZaak(await interactive.bundle(zaak), config.mapping ?? {});
        const events = reading.request.events ?? [];
        if (statusCache.size >= STATUS_CACHE_SIZE) statusCache.delete(statusCache.keys().next().value as string);
        statusCache.set(requestId, { at: now(), events });
        return { request: withEvents(events), source: 'zaaksysteem' };
      } catch (error) {
        log({ level: 'warn', msg: 'zgw status not readable', requestId, code: errorCode(error) });
        return { request: local, source: 'local' };
      }
    },
    async statistics(day, minimum) {
      const key = `${day} ${minimum}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < cacheMs) return { statistics: hit.statistics, stale: false };
      let pending = inflight.get(key);
      if (!pending) {
        pending = readStatistics(day, minimum).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      try {
        const statistics = await pending;
        cache.set(key, { at: now(), statistics });
        return { statistics, stale: false };
      } catch (error) {
        log({ level: 'warn', msg: 'zgw statistics not readable', code: errorCode(error) });
        // Figures a little old beat no figures: the last ones read are shown, marked as stale.
        if (hit) return { statistics: hit.statistics, stale: true };
        throw new HttpError(
          503,
          'zaaksysteem-unavailable',
          {
            nl: 'De cijfers komen uit het zaaksysteem, en dat is nu niet bereikbaar. Probeer het later opnieuw.',
            en: 'The figures come from the case system, which cannot be reached now. Please try again later.',
          },
          { headers: { 'retry-after': '60' }, cause: error },
        );
      }
    },
  };
}
