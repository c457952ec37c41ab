/**
 * The reference Woo request service, as a plain Node `(req, res)` handler: copy it into your own
 * service, or mount it under a path of an existing server (the demo site does, see scripts/start.mjs).
 *
 *   POST /api/requests            validate, compute the deadline, store; answer the receipt
 *   GET  /api/requests            { items: [...] }  (requester contact details never included)
 *   GET  /api/requests/:id        one request (without contact details)
 *   GET  /api/publications        { items: [...] }
 *   GET  /api/timeliness          on-time statistics over all requests
 *   GET  /sitemapindex-diwoo.xml  the sitemap index for the national Woo-index, named as its harvester requires
 *   GET  /sitemap-diwoo.xml       the DiWoo 0.9.8 sitemap it lists (/sitemap-diwoo-1.xml, -2.xml, … above 50,000)
 *   GET  /robots.txt              names only the sitemap index (the harvester follows indexes only)
 *
 * Privacy: nothing the requester typed is logged; read endpoints never return contact details.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { diwooRobotsTxt, isIsoDate, toDiwooSitemap, validateWooRequest, WOO_INDEX_SITEMAP_INDEX_NAME, type WooRequest } from '@woo-kit/core';
import { computeDeadline, todayInAmsterdam } from '@woo-kit/deadlines';
import { requestTimelinessStatistics } from '@woo-kit/deadlines/requests';
import { HttpError, notFound } from './errors.js';
import type { Store } from './store.js';

export interface ServiceOptions {
  readonly store: Store;
  /** The day requests are received on; default: today in the Netherlands. */
  readonly today?: () => string;
  /** The public origin of the service (for robots.txt and the sitemap), e.g. `https://www.voorbeeld.nl`. */
  readonly publicOrigin?: string;
  /** Largest request body in bytes (default 64 kB). */
  readonly maxBodyBytes?: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const JSON_TYPE = 'application/json; charset=utf-8';
/** Idempotency-Key: 1–200 visible ASCII characters (IETF draft-ietf-httpapi-idempotency-key-header). */
const KEY = /^[\x21-\x7e]{1,200}$/;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? headers['content-type'] ?? 'text/plain; charset=utf-8' : JSON_TYPE,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new HttpError(413, 'body-too-large', {
        nl: `Het verzoek is te groot. Het mag hoogstens ${Math.round(limit / 1024)} kB zijn.`,
        en: `The request body is too large. It may be at most ${Math.round(limit / 1024)} kB.`,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What the public may see of a request: everything but the requester's contact details. */
export function publicView(request: WooRequest): WooRequest {
  const { requester: _requester, ...rest } = request;
  void _requester;
  return rest;
}

function receipt(request: WooRequest) {
  const deadline = computeDeadline({ receivedOn: request.receivedOn });
  return {
    id: request.id,
    receivedOn: request.receivedOn,
    deadline: deadline.deadline,
    firstTermEnd: deadline.firstTermEnd,
    steps: deadline.steps,
    statusUrl: `/api/requests/${encodeURIComponent(request.id)}`,
  };
}

/** The fields a requester may set; the service sets id, receipt date and channel itself. */
function requestFromBody(body: unknown, id: string, receivedOn: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  const submittedOn = typeof b['submittedOn'] === 'string' && b['submittedOn'] <= receivedOn ? b['submittedOn'] : receivedOn;
  return {
    ...Object.fromEntries(['subject', 'period', 'requester', 'preferredResponse'].filter((k) => k in b).map((k) => [k, b[k]])),
    id,
    receivedOn,
    submittedOn,
    channel: 'webForm',
  };
}

export function createService(options: ServiceOptions): Handler {
  const { store } = options;
  const today = options.today ?? todayInAmsterdam;
  const limit = options.maxBodyBytes ?? 64 * 1024;

  async function postRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      throw new HttpError(415, 'unsupported-media-type', {
        nl: 'Stuur het verzoek als JSON (Content-Type: application/json).',
        en: 'Send the request as JSON (Content-Type: application/json).',
      });
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new HttpError(400, 'idempotency-key-required', {
        nl: 'Geef een Idempotency-Key mee. Met dezelfde sleutel maakt een nieuwe poging geen tweede verzoek.',
        en: 'Send an Idempotency-Key header. A retry with the same key never creates a second request.',
      }, { path: 'header:Idempotency-Key' });
    }
    const text = await readBody(req, limit);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid-json', { nl: 'Dit is geen geldige JSON.', en: 'This is not valid JSON.' }, { path: '' });
    }
    const bodyHash = createHash('sha256').update(text).digest('hex');
    const receivedOn = today();
    // Validate before anything is stored: an invalid request is never half-written.
    const check = validateWooRequest(requestFromBody(body, 'WOO-0000-0000', receivedOn));
    if (!check.ok) {
      throw new HttpError(422, 'invalid-request', {
        nl: 'Het verzoek is niet compleet of niet goed ingevuld.',
        en: 'The request is incomplete or not filled in correctly.',
      }, { path: check.errors[0]?.path ?? '', details: check.errors });
    }
    const { stored, created } = store.createOnce(key, bodyHash, receivedOn, (id) => requestFromBody(body, id, receivedOn) as WooRequest);
    if (!created && stored.bodyHash !== bodyHash) {
      throw new HttpError(422, 'idempotency-key-reused', {
        nl: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel.',
        en: 'This Idempotency-Key was already used for a different request. Use a new key.',
      }, { path: 'header:Idempotency-Key' });
    }
    send(res, created ? 201 : 200, receipt(stored.request), {
      location: `/api/requests/${encodeURIComponent(stored.request.id)}`,
      ...(created ? {} : { 'idempotent-replayed': 'true' }),
    });
  }

  function origin(req: IncomingMessage): string {
    if (options.publicOrigin) return options.publicOrigin.replace(/\/$/, '');
    return `http://${req.headers.host ?? 'localhost'}`;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const only = (allowed: string) => {
      if (method !== allowed && !(allowed === 'GET' && method === 'HEAD')) {
        throw new HttpError(405, 'method-not-allowed', {
          nl: `Gebruik ${allowed} voor dit adres.`,
          en: `Use ${allowed} for this address.`,
        });
      }
    };
    if (path === '/api/requests') {
      if (method === 'POST') await postRequest(req, res);
      else {
        only('GET');
        send(res, 200, { items: store.listRequests().map(publicView) });
      }
      return true;
    }
    const one = /^\/api\/requests\/([^/]+)$/.exec(path);
    if (one) {
      only('GET');
      const request = store.getRequest(decodeURIComponent(one[1]!));
      if (!request) throw notFound();
      send(res, 200, publicView(request));
      return true;
    }
    if (path === '/api/publications') {
      only('GET');
      send(res, 200, { items: store.listPublications() });
      return true;
    }
    if (path === '/api/timeliness') {
      only('GET');
      const day = url.searchParams.get('today') ?? today();
      if (!isIsoDate(day)) {
        throw new HttpError(400, 'invalid-date', {
          nl: 'De datum bij today bestaat niet of is niet geschreven als JJJJ-MM-DD.',
          en: 'The date in today does not exist or is not written as YYYY-MM-DD.',
        }, { path: 'query:today' });
      }
      send(res, 200, JSON.parse(JSON.stringify(requestTimelinessStatistics(store.listRequests(), { today: day }))));
      return true;
    }
    // DiWoo for the Woo-index: the index /sitemapindex-diwoo.xml (the name its harvester requires) lists
    // /sitemap-diwoo.xml, or /sitemap-diwoo-1.xml, /sitemap-diwoo-2.xml, … above 50,000 publications.
    if (path === `/${WOO_INDEX_SITEMAP_INDEX_NAME}` || path === '/sitemap-diwoo.xml' || /^\/sitemap-diwoo-\d+\.xml$/.test(path)) {
      only('GET');
      const { files, indexes, index } = toDiwooSitemap(store.listPublications(), { baseUrl: `${origin(req)}/`, fileName: 'sitemap-diwoo' });
      const named = [...files, ...indexes].find((f) => `/${f.name}` === path)?.xml;
      // Earlier versions served the index at /sitemap-diwoo.xml when the sitemap was split; it still answers there.
      const xml = named ?? (path === '/sitemap-diwoo.xml' ? index : undefined);
      if (xml === undefined) throw notFound();
      send(res, 200, xml, { 'content-type': 'application/xml; charset=utf-8' });
      return true;
    }
    if (path === '/robots.txt') {
      only('GET');
      const { indexes } = toDiwooSitemap(store.listPublications(), { baseUrl: `${origin(req)}/`, fileName: 'sitemap-diwoo' });
      send(res, 200, `User-agent: *\nAllow: /\n\n# DiWoo sitemap index for the national Woo-index (open.overheid.nl)\n${diwooRobotsTxt(indexes)}`);
      return true;
    }
    if (path.startsWith('/api/')) throw notFound();
    return false;
  }

  /** Handles the request when the path is the service's; resolves to false otherwise. Never throws. */
  return async function handle(req, res) {
    try {
      return await route(req, res);
    } catch (error) {
      const http =
        error instanceof HttpError
          ? error
          : new HttpError(500, 'internal-error', {
              nl: 'Er ging iets mis bij de gemeente. Uw verzoek is niet opgeslagen. Probeer het later opnieuw.',
              en: 'Something went wrong on our side. Your request was not stored. Please try again later.',
            });
      // Log the code and path only: never the body, which may hold personal data.
      if (http.status >= 500) console.error(`reference-service: ${req.method} ${new URL(req.url ?? '/', 'http://x').pathname} failed: ${error instanceof Error ? error.name : 'error'}`);
      if (!res.headersSent) send(res, http.status, http.toJSON());
      else res.end();
      return true;
    }
  };
}
