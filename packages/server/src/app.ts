/**
 * The woo-kit server as a plain Node `(req, res)` handler. Mount it in any Node HTTP server, or run
 * it with `woo-kit serve`. It answers its own paths and resolves to `false` for every other path.
 *
 * Public (anyone):
 *   POST /api/requests                 a new Woo request; 201 receipt with a private status link
 *   GET  /api/timeliness               on-time statistics (no subjects; small months merged; from the
 *                                      zaaksysteem when the ZGW back end is configured, see docs/zgw.md)
 *   GET  /api/publications             publications
 *   GET  /api/publications/search      search the index: a page, the total, facets (docs/search.md)
 *   GET  /sitemap-diwoo.xml, /robots.txt   (routes/diwoo.ts)
 *   POST /api/feedback, /api/search-misses, /api/request-choices; GET /api/effect   (routes/effect.ts)
 * Requester (capability token from the status link, `Authorization: Bearer <token>`):
 *   GET  /api/requests/:id             the request, without contact details
 * Case workers (API key or OpenID Connect token):
 *   GET  /api/requests                 every request, with contact details       reader
 *   GET  /api/requests/:id             one request, with contact details, ETag  reader
 *   POST /api/requests/:id/events      record an event (If-Match required)      caseworker
 *   GET  /api/audit                    the audit log                             admin
 *   POST /api/admin/requester-export   everything held about one requester       admin (AVG art. 15)
 *   POST /api/admin/requester-erase    erase one requester's contact details     admin (AVG art. 17)
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  applyEvent,
  isIsoDate,
  lifecycleState,
  validateWooRequest,
  WooKitError,
  type WooRequest,
  type WooRequestEvent,
} from '@woo-kit/core';
import { computeDeadline, deadlineInputFromRequest, deadlineStatus, todayInAmsterdam } from '@woo-kit/deadlines';
import {
  createAuthenticator,
  newCapabilityToken,
  sha256,
  tokenMatches,
  type OidcOptions,
  type Principal,
  type Scope,
} from './auth.js';
import { monthsBefore } from './dates.js';
import { forbidden, HttpError, notFound, StoreUnavailableError, unauthorized, unavailable } from './errors.js';
import { readJson, send } from './http.js';
import { silentLogger, type Logger } from './log.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { diwooRoute } from './routes/diwoo.js';
import { createEffectRoutes } from './routes/effect.js';
import { eraseOldEffectData } from './effect/store.js';
import { searchPublications } from './search/index-store.js';
import { parseSearchParams } from './search/params.js';
import { searchResponseSchema } from './search/schema.js';
import { publicStatistics } from './statistics.js';
import type { StoredRequest, WooStore } from './store/store.js';
import type { ZgwBackend } from './zgw/backend.js';

export interface ServerOptions {
  readonly store: WooStore;
  /** The public origin (for status links, robots.txt and the sitemap), e.g. `https://www.voorbeeld.nl`. */
  readonly publicOrigin?: string;
  /**
   * The page that shows a request's status; the status link is `<origin><statusPage>#t=<token>&id=<id>`. Default
   * `/woo-status`.
   */
  readonly statusPage?: string;
  /** The day it is; default: today in the Netherlands. */
  readonly today?: () => string;
  /** Largest request body in bytes (default 64 kB). */
  readonly maxBodyBytes?: number;
  /** OpenID Connect for case workers; without it only API keys sign in. */
  readonly oidc?: OidcOptions;
  /** Limit on the public POST per client. */
  readonly rateLimit?: RateLimitOptions;
  /** Use the first address in `X-Forwarded-For` as the client (only behind your own reverse proxy). */
  readonly trustProxy?: boolean;
  /** Smallest group of requests the public statistics show (default 5). */
  readonly minimumGroupSize?: number;
  /** Months after closing that contact details are kept (default 12). */
  readonly retentionMonths?: number;
  /** Months the free text of feedback (and missed-search days) are kept (default 6); counts stay. */
  readonly feedbackRetentionMonths?: number;
  /** Limit on the public feedback and counting POSTs per client (default 30 a minute). */
  readonly effectRateLimit?: RateLimitOptions;
  readonly logger?: Logger;
  /** File submitted requests as zaken in a zaaksysteem and read their status from it (docs/zgw.md). */
  readonly zgw?: ZgwBackend;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface WooServer {
  readonly handle: Handler;
  /** Erases the contact details of requests closed more than `retentionMonths` ago; resolves to how many. */
  runRetention(): Promise<number>;
  /**
   * Erases feedback text older than `feedbackRetentionMonths` (and old missed-search days); resolves to how many texts.
   */
  runEffectRetention(): Promise<number>;
}

/** Idempotency-Key: 1–200 visible ASCII characters (IETF draft-ietf-httpapi-idempotency-key-header). */
const KEY = /^[\x21-\x7e]{1,200}$/;
/** States in which a request is closed; the retention period runs from the day it got there. */
const CLOSED_STATES = new Set(['decided', 'released', 'withdrawn', 'forwarded']);

/** What the public (and the requester) may see of a request: everything but the contact details. */
export function publicView(request: WooRequest): WooRequest {
  const { requester: _requester, ...rest } = request;
  void _requester;
  return rest;
}

/** The fields a requester may set; the server sets id, receipt date and channel itself. */
function requestFromBody(body: unknown, id: string, receivedOn: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  const submittedOn =
    typeof b['submittedOn'] === 'string' && b['submittedOn'] <= receivedOn ? b['submittedOn'] : receivedOn;
  return {
    ...Object.fromEntries(
      ['subject', 'period', 'requester', 'preferredResponse'].filter((k) => k in b).map((k) => [k, b[k]]),
    ),
    id,
    receivedOn,
    submittedOn,
    channel: 'webForm',
  };
}

const etagOf = (stored: StoredRequest): string => `"v${stored.version}"`;

function closedOn(request: WooRequest): string | null {
  const events = request.events ?? [];
  return CLOSED_STATES.has(lifecycleState(request)) && events.length > 0 ? events[events.length - 1]!.on : null;
}

export function createWooServer(options: ServerOptions): WooServer {
  const { store } = options;
  const today = options.today ?? todayInAmsterdam;
  const limit = options.maxBodyBytes ?? 64 * 1024;
  const log = options.logger ?? silentLogger;
  const statusPage = options.statusPage ?? '/woo-status';
  const auth = createAuthenticator(store, options.oidc);
  const limiter = createRateLimiter(options.rateLimit);

  function origin(req: IncomingMessage): string {
    if (options.publicOrigin) return options.publicOrigin.replace(/\/$/, '');
    return `http://${req.headers.host ?? 'localhost'}`;
  }

  function clientAddress(req: IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
      if (first) return first;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  /** Staff with this scope, or a 401/403. */
  function requireScope(principal: Principal, scope: Scope): { actor: string } {
    if (principal.kind !== 'staff') throw unauthorized();
    if (!principal.scopes.has(scope)) throw forbidden();
    return { actor: principal.actor };
  }

  function staffView(stored: StoredRequest) {
    return {
      ...stored.request,
      version: stored.version,
      closedOn: stored.closedOn,
      contactErasedOn: stored.contactErasedOn,
    };
  }

  function caseState(request: WooRequest) {
    const day = today();
    const input = deadlineInputFromRequest(request, day);
    const status = deadlineStatus(input, day);
    return {
      state: lifecycleState(request),
      stage: status.stage,
      deadline: status.deadline,
      firstTermEnd: computeDeadline(input).firstTermEnd,
    };
  }

  async function postRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const wait = limiter.hit(clientAddress(req));
    if (wait > 0) {
      throw new HttpError(
        429,
        'too-many-requests',
        {
          nl: `U heeft veel verzoeken kort na elkaar gestuurd. Probeer het over ${wait} seconden opnieuw.`,
          en: `You sent many requests in a short time. Please try again in ${wait} seconds.`,
        },
        { headers: { 'retry-after': String(wait) } },
      );
    }
    const key = req.headers['idempotency-key'];
    if (
      typeof req.headers['content-type'] === 'string' &&
      /^application\/json\b/i.test(req.headers['content-type']) &&
      (typeof key !== 'string' || !KEY.test(key))
    ) {
      throw new HttpError(
        400,
        'idempotency-key-required',
        {
          nl: 'Geef een Idempotency-Key mee. Met dezelfde sleutel maakt een nieuwe poging geen tweede verzoek.',
          en: 'Send an Idempotency-Key header. A retry with the same key never creates a second request.',
        },
        { path: 'header:Idempotency-Key' },
      );
    }
    const { text, value: body } = await readJson(req, limit);
    const bodyHash = createHash('sha256').update(text).digest('hex');
    const receivedOn = today();
    // Validate before anything is stored: an invalid request is never half-written.
    const check = validateWooRequest(requestFromBody(body, 'WOO-0000-0000', receivedOn));
    if (!check.ok) {
      throw new HttpError(
        422,
        'invalid-request',
        {
          nl: 'Het verzoek is niet compleet of niet goed ingevuld.',
          en: 'The request is incomplete or not filled in correctly.',
        },
        { path: check.errors[0]?.path ?? '', details: check.errors },
      );
    }
    const token = newCapabilityToken();
    const zgw = options.zgw;
    // The zaak's identificatie follows from the key, so every retry looks for the same zaak.
    const identificatie = zgw ? await zgw.identificatieFor(key as string) : undefined;
    const { stored, created } = await store.createRequest({
      idempotencyKey: key as string,
      bodyHash,
      tokenHash: sha256(token),
      receivedOn,
      build: (id) => requestFromBody(body, id, receivedOn) as WooRequest,
      // In the same transaction: a request with a receipt is always filed or waiting to be filed.
      ...(zgw && identificatie ? { also: (tx, request) => zgw.enqueue(tx, request, identificatie) } : {}),
    });
    if (!created && stored.bodyHash !== bodyHash) {
      throw new HttpError(
        422,
        'idempotency-key-reused',
        {
          nl: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel.',
          en: 'This Idempotency-Key was already used for a different request. Use a new key.',
        },
        { path: 'header:Idempotency-Key' },
      );
    }
    // One try to file it now; when the zaaksysteem is slow or down the queue files it later.
    if (zgw) await zgw.file(stored.request.id);
    const deadline = computeDeadline({ receivedOn: stored.request.receivedOn });
    // The token sits in the fragment: browsers never send it to a server or in a Referer.
    const statusUrl = `${origin(req)}${statusPage}#t=${token}&id=${encodeURIComponent(stored.request.id)}`;
    send(
      res,
      created ? 201 : 200,
      {
        id: stored.request.id,
        receivedOn: stored.request.receivedOn,
        deadline: deadline.deadline,
        firstTermEnd: deadline.firstTermEnd,
        steps: deadline.steps,
        statusUrl,
      },
      created ? {} : { 'idempotent-replayed': 'true' },
    );
  }

  async function getOne(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const principal = await auth.authenticate(req);
    if (principal.kind === 'capability') {
      const stored = await store.getRequest(id);
      // Wrong token and unknown id get the same answer: the reference number alone says nothing.
      if (!stored || !tokenMatches(principal.token, stored.tokenHash)) throw unauthorized();
      if (options.zgw) {
        const { request, source } = await options.zgw.requesterView(id, publicView(stored.request));
        send(res, 200, request, { 'woo-kit-status-source': source });
        return;
      }
      send(res, 200, publicView(stored.request));
      return;
    }
    requireScope(principal, 'requests:read');
    const stored = await store.getRequest(id);
    if (!stored) throw notFound();
    const zgw = options.zgw ? { zgw: (await options.zgw.filing(id)) ?? null } : {};
    send(res, 200, { ...staffView(stored), ...caseState(stored.request), ...zgw }, { etag: etagOf(stored) });
  }

  async function postEvent(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const { actor } = requireScope(await auth.authenticate(req), 'requests:write');
    const ifMatch = req.headers['if-match'];
    const stored = await store.getRequest(id);
    if (!stored) throw notFound();
    if (ifMatch === undefined) {
      throw new HttpError(
        412,
        'if-match-required',
        {
          nl:
            'Stuur de ETag van de versie die u zag mee in If-Match, zodat u geen wijziging van een ander ' +
            'overschrijft.',
          en: 'Send the ETag of the version you saw in If-Match, so you never overwrite someone else’s change.',
        },
        { path: 'header:If-Match', headers: { etag: etagOf(stored) } },
      );
    }
    if (ifMatch.trim() !== etagOf(stored)) throw changedMeanwhile(stored);
    const { value } = await readJson(req, limit);
    const day = today();
    const event = value as WooRequestEvent;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new HttpError(
        422,
        'invalid-event',
        { nl: 'Een gebeurtenis is een JSON-object met type en on.', en: 'An event is a JSON object with type and on.' },
        { path: '' },
      );
    }
    if (typeof event.on === 'string' && isIsoDate(event.on) && event.on > day) {
      throw new HttpError(
        422,
        'event-in-future',
        { nl: 'Een gebeurtenis kan niet na vandaag plaatsvinden.', en: 'An event cannot take place after today.' },
        { path: '/on' },
      );
    }
    let next: WooRequest;
    try {
      next = applyEvent(stored.request, event); // core's lifecycle rules (Woo 4.1–4.4)
    } catch (error) {
      if (error instanceof WooKitError)
        throw new HttpError(422, error.code, error.messages, { path: error.path ?? '' });
      throw error;
    }
    // The whole request must still be valid: a refusal needs its grounds (Woo 5.1), and so on.
    const check = validateWooRequest(next);
    if (!check.ok) {
      throw new HttpError(
        422,
        'invalid-event',
        {
          nl: 'Deze gebeurtenis past niet bij de regels voor een Woo-verzoek.',
          en: 'This event breaks the rules for a Woo request.',
        },
        { path: check.errors[0]?.path ?? '', details: check.errors },
      );
    }
    const result = await store.updateRequest(id, stored.version, next, closedOn(next), {
      at: new Date().toISOString(),
      actor,
      action: 'event.recorded',
      requestId: id,
      detail: event.type,
    });
    if (result.kind !== 'updated') {
      const now = await store.getRequest(id);
      throw now ? changedMeanwhile(now) : notFound();
    }
    send(
      res,
      200,
      { ...staffView(result.stored), ...caseState(result.stored.request) },
      { etag: etagOf(result.stored) },
    );
  }

  function changedMeanwhile(current: StoredRequest): HttpError {
    return new HttpError(
      412,
      'changed-meanwhile',
      {
        nl: 'Iemand anders heeft dit verzoek intussen gewijzigd. Laad het opnieuw en probeer het dan nog eens.',
        en: 'Someone else changed this request meanwhile. Load it again and then retry.',
      },
      { path: 'header:If-Match', headers: { etag: etagOf(current) } },
    );
  }

  /** The requests of one requester, found by e-mail address (case-insensitive) or by a reference. */
  async function requesterRequests(body: unknown): Promise<StoredRequest[]> {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const email = typeof b['email'] === 'string' ? b['email'].trim().toLowerCase() : '';
    const requestId = typeof b['requestId'] === 'string' ? b['requestId'] : '';
    if (!email && !requestId) {
      throw new HttpError(
        422,
        'requester-required',
        { nl: 'Geef email of requestId op.', en: 'Give email or requestId.' },
        { path: '/email' },
      );
    }
    if (requestId && !email) {
      const one = await store.getRequest(requestId);
      const address = one?.request.requester?.email?.toLowerCase();
      if (!address) return one ? [one] : [];
      return requesterRequests({ email: address });
    }
    return (await store.listRequests()).filter((s) => s.request.requester?.email?.toLowerCase() === email);
  }

  const effectRoute = createEffectRoutes({
    db: store.db,
    today,
    limiter: createRateLimiter(options.effectRateLimit ?? { limit: 30 }),
    clientAddress,
    maxBodyBytes: 16 * 1024,
  });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<string | undefined> {
    const path = url.pathname;
    const effect = await effectRoute(req, res, path);
    if (effect) return effect;
    const method = req.method ?? 'GET';
    const only = (allowed: string) => {
      if (method !== allowed && !(allowed === 'GET' && method === 'HEAD')) {
        throw new HttpError(
          405,
          'method-not-allowed',
          { nl: `Gebruik ${allowed} voor dit adres.`, en: `Use ${allowed} for this address.` },
          { headers: { allow: allowed } },
        );
      }
    };
    if (path === '/api/requests') {
      if (method === 'POST') {
        await postRequest(req, res);
      } else {
        only('GET');
        requireScope(await auth.authenticate(req), 'requests:read');
        send(res, 200, { items: (await store.listRequests()).map(staffView) });
      }
      return '/api/requests';
    }
    const events = /^\/api\/requests\/([^/]+)\/events$/.exec(path);
    if (events) {
      only('POST');
      await postEvent(req, res, decodeURIComponent(events[1]!));
      return '/api/requests/:id/events';
    }
    const one = /^\/api\/requests\/([^/]+)$/.exec(path);
    if (one) {
      only('GET');
      await getOne(req, res, decodeURIComponent(one[1]!));
      return '/api/requests/:id';
    }
    if (path === '/api/publications') {
      only('GET');
      send(res, 200, { items: await store.listPublications() });
      return path;
    }
    if (path === '/api/publications/search/schema.json') {
      only('GET');
      send(res, 200, searchResponseSchema, { 'content-type': 'application/schema+json' });
      return path;
    }
    if (path === '/api/publications/search') {
      only('GET');
      const query = parseSearchParams(url.searchParams);
      // no-store as every answer: after an import the next search shows it.
      send(res, 200, await searchPublications(store.db, query));
      return path;
    }
    if (path === '/api/timeliness') {
      only('GET');
      const day = url.searchParams.get('today') ?? today();
      if (!isIsoDate(day) || day > today()) {
        throw new HttpError(
          400,
          'invalid-date',
          {
            nl: 'De datum bij today bestaat niet, ligt na vandaag of is niet geschreven als JJJJ-MM-DD.',
            en: 'The date in today does not exist, is after today or is not written as YYYY-MM-DD.',
          },
          { path: 'query:today' },
        );
      }
      if (options.zgw?.statisticsFromZaaksysteem) {
        const { statistics, stale } = await options.zgw.statistics(day, options.minimumGroupSize ?? 5);
        send(res, 200, statistics, { 'woo-kit-statistics-source': stale ? 'zaaksysteem; stale' : 'zaaksysteem' });
        return path;
      }
      const requests = (await store.listRequests()).map((s) => s.request);
      send(res, 200, publicStatistics(requests, day, options.minimumGroupSize ?? 5));
      return path;
    }
    if (path === '/api/audit') {
      only('GET');
      requireScope(await auth.authenticate(req), 'admin');
      const requestId = url.searchParams.get('requestId') ?? undefined;
      send(res, 200, {
        items: await store.listAudit({
          ...(requestId ? { requestId } : {}),
          limit: Number(url.searchParams.get('limit') ?? 200) || 200,
        }),
      });
      return path;
    }
    if (path === '/api/admin/requester-export' || path === '/api/admin/requester-erase') {
      only('POST');
      const { actor } = requireScope(await auth.authenticate(req), 'admin');
      const found = await requesterRequests((await readJson(req, limit)).value);
      if (path.endsWith('export')) {
        // AVG art. 15: everything held about the requester, and what was done with it.
        const audit = (
          await Promise.all(found.map((s) => store.listAudit({ requestId: s.request.id, limit: 1000 })))
        ).flat();
        await store.appendAudit({
          at: new Date().toISOString(),
          actor,
          action: 'requester.exported',
          requestId: null,
          detail: `${found.length} request(s)`,
        });
        send(res, 200, { requests: found.map(staffView), audit });
      } else {
        // AVG art. 17: contact details go; the request itself stays (it is part of the public record).
        const erased = await store.eraseContactDetails(
          found.map((s) => s.request.id),
          today(),
          actor,
          'requester.erased',
        );
        send(res, 200, { erased });
      }
      return path;
    }
    const diwoo = diwooRoute(path, origin(req), () => store.listPublications());
    if (diwoo) {
      only('GET');
      const answer = await diwoo;
      if (!answer) throw notFound();
      send(res, 200, answer.body, { 'content-type': answer.contentType });
      return path.startsWith('/sitemap-diwoo-') ? '/sitemap-diwoo-:n.xml' : path;
    }
    if (path.startsWith('/api/')) throw notFound();
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://server.invalid');
    let routeName: string | undefined;
    try {
      routeName = await route(req, res, url);
      if (routeName === undefined) return false;
    } catch (caught) {
      let http: HttpError;
      if (caught instanceof HttpError) http = caught;
      else if (caught instanceof StoreUnavailableError) http = unavailable();
      else {
        http = new HttpError(500, 'internal-error', {
          nl: 'Er ging iets mis bij de gemeente. Er is niets opgeslagen. Probeer het later opnieuw.',
          en: 'Something went wrong on our side. Nothing was stored. Please try again later.',
        });
      }
      // The error's name and code only: a message or stack could carry what someone typed.
      if (http.status >= 500) {
        log({
          level: 'error',
          msg: 'request failed',
          method: req.method ?? '',
          error: caught instanceof Error ? caught.name : 'unknown',
          code: http.code,
        });
      }
      routeName ??= url.pathname.startsWith('/api/requests/')
        ? '/api/requests/:id'
        : url.pathname.startsWith('/api/')
          ? '/api/*'
          : url.pathname;
      if (!res.headersSent) send(res, http.status, http.toJSON(), { ...http.headers });
      else res.end();
    }
    log({
      level: 'info',
      msg: 'request',
      method: req.method ?? '',
      route: routeName ?? '',
      status: res.statusCode,
      ms: Date.now() - started,
    });
    return true;
  }

  async function runRetention(): Promise<number> {
    const day = today();
    const cutoff = monthsBefore(day, options.retentionMonths ?? 12);
    const ids = await store.closedWithContactDetails(cutoff);
    const erased = await store.eraseContactDetails(ids, day, 'system:retention', 'contact.erased-after-retention');
    log({ level: 'info', msg: 'retention', erased, cutoff });
    return erased;
  }

  async function runEffectRetention(): Promise<number> {
    const day = today();
    const cutoff = monthsBefore(day, options.feedbackRetentionMonths ?? 6);
    const erased = await eraseOldEffectData(store.db, cutoff, day);
    log({ level: 'info', msg: 'feedback retention', erased, cutoff });
    return erased;
  }

  return { handle, runRetention, runEffectRetention };
}
