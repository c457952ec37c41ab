/**
 * A small client for the Zaken and Catalogi APIs: what `woo-kit zgw report` and a server back end
 * need. Paging, retries with back-off, time-outs and a bounded number of requests per second; ZGW
 * authorisation with a JWT (HS256) signed with the client id and secret (jose).
 *
 * Run it on a server: the secret must never reach a browser. The secret lives only in a closure: it is
 * not a property of the client, never part of an error or a log line, and the token is only sent to
 * the origins of the configured APIs.
 */
import { SignJWT } from 'jose';
import { WooKitError, type WooKitErrorOptions } from '@woo-kit/core';
import type { RolCreate } from './create.js';
import type {
  ZaakBundle,
  ZgwAuditTrailEntry,
  ZgwResultaat,
  ZgwResultaatType,
  ZgwRol,
  ZgwStatus,
  ZgwStatusType,
  ZgwZaak,
  ZgwZaakType,
} from './types.js';

/** One request and its answer, as handed to `validate` (for checks against the OpenAPI documents). */
export interface ZgwExchange {
  readonly method: string;
  readonly url: string;
  /** Request headers without `Authorization`. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody?: unknown;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The parsed JSON body (undefined when empty). */
  readonly responseBody: unknown;
}

export interface ZgwClientOptions {
  /** Root of the Zaken API, e.g. `https://zaken.example.nl/zaken/api/v1`. */
  readonly zakenUrl: string;
  /** Root of the Catalogi API (default: worked out from each zaaktype URL). */
  readonly catalogiUrl?: string;
  readonly clientId: string;
  /** The shared secret. Kept in a closure; never logged. */
  readonly secret: string;
  /** `user_id` and `user_representation` claims (default: the client id, "woo-kit"). */
  readonly userId?: string;
  readonly userRepresentation?: string;
  /** Other origins the token may be sent to (the origins of zakenUrl and catalogiUrl always may). */
  readonly allowedOrigins?: readonly string[];
  /** Time-out of one request in ms (default 10000). */
  readonly timeoutMs?: number;
  /** Retries after a network error, a time-out, 429 or 5xx (default 3). */
  readonly retries?: number;
  /** First back-off in ms, doubled on every retry (default 500), at most `maxBackoffMs` (default 8000). */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Requests started per second, at most (default 5). */
  readonly requestsPerSecond?: number;
  /** At most this many pages of one list (default 1000). */
  readonly maxPages?: number;
  /** Checks each exchange before its answer is accepted (e.g. against the OpenAPI documents); throw to refuse. */
  readonly validate?: (exchange: ZgwExchange) => void | Promise<void>;
  readonly fetch?: typeof fetch;
  /** For tests: the clock and the wait. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A problem talking to a ZGW API. Messages name the path, never the query, a header or the secret. */
export class ZgwError extends WooKitError {
  /** The HTTP status, when there was an answer. */
  readonly status: number | undefined;
  /** How long the server asked to wait (`Retry-After`), in ms, when it did. */
  readonly retryAfterMs: number | undefined;
  constructor(
    code: string,
    message: { nl: string; en: string },
    status?: number,
    options: WooKitErrorOptions & { readonly retryAfterMs?: number } = {},
  ) {
    super(code, message, options);
    this.status = status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** `Retry-After` in seconds or as an HTTP date, in ms from `now`; undefined when absent or unreadable. */
function retryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A paginated answer of the ZGW APIs. */
interface Page<T> {
  readonly count?: number;
  readonly next?: string | null;
  readonly results?: readonly T[];
}

/** What `createZaak` needs: the Zaken API's zaak body. `identificatie` and `bronorganisatie` identify it. */
export interface ZaakCreate {
  readonly identificatie: string;
  readonly bronorganisatie: string;
  readonly zaaktype: string;
  readonly verantwoordelijkeOrganisatie: string;
  readonly startdatum: string;
  readonly [key: string]: unknown;
}

export interface ZgwClient {
  /** GET a resource by its URL. */
  get<T>(url: string): Promise<T>;
  /** Every item of a paginated list, following `next`. */
  list<T>(url: string): AsyncGenerator<T, void, undefined>;
  /** The zaken of a zaaktype, page by page. */
  zaken(query: { readonly zaaktype: string }): AsyncGenerator<ZgwZaak, void, undefined>;
  /** A zaak with everything `checkZaak` reads (zaaktypen, statustypen and resultaattypen are cached). */
  bundle(zaak: ZgwZaak): Promise<ZaakBundle>;
  /** A zaak by `identificatie` within `bronorganisatie`, or undefined. */
  findZaak(identificatie: string, bronorganisatie: string): Promise<ZgwZaak | undefined>;
  /**
   * Creates a zaak once, also when the zaaksysteem is slow or answers an error after creating it:
   * looks it up by `identificatie` before the first try and before every retry.
   */
  createZaak(body: ZaakCreate): Promise<{ readonly zaak: ZgwZaak; readonly created: boolean }>;
  /**
   * Creates a rol once: looks for a rol of the same roltype at the zaak before the first try and
   * before every retry (the zaaksysteem may have created it before it failed).
   */
  createRol(body: RolCreate): Promise<{ readonly rol: ZgwRol; readonly created: boolean }>;
  /** PATCH a zaak (not retried: a PATCH is idempotent only in what it sets, so a failure is reported). */
  patchZaak(url: string, body: Readonly<Record<string, unknown>>): Promise<ZgwZaak>;
  /** POST to a list endpoint of the Zaken API (`/statussen`, `/resultaten`); not retried. */
  post<T>(url: string, body: unknown): Promise<T>;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return '(invalid URL)';
  }
};
const originOf = (url: string): string => new URL(url).origin;
const trim = (u: string): string => u.replace(/\/+$/, '');

/** Creates a client. Nothing is fetched until a method is called. */
export function createZgwClient(options: ZgwClientOptions): ZgwClient {
  const zakenUrl = trim(options.zakenUrl);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 8_000;
  const interval = 1000 / Math.max(0.001, options.requestsPerSecond ?? 5);
  const maxPages = options.maxPages ?? 1000;
  const allowed = new Set([
    originOf(zakenUrl),
    ...(options.catalogiUrl ? [originOf(options.catalogiUrl)] : []),
    ...(options.allowedOrigins ?? []).map(originOf),
  ]);
  // The secret stays in this closure (as bytes for jose); nothing else keeps it.
  const key = new TextEncoder().encode(options.secret);
  const clientId = options.clientId;
  let token: { value: string; madeAt: number } | undefined;

  // ZGW authorisation: HS256 JWT with iss, iat, client_id, user_id, user_representation (VNG
  // "Autorisaties"); remade every five minutes so iat stays within the server's leeway.
  async function authorization(): Promise<string> {
    const t = now();
    if (token === undefined || t - token.madeAt > 300_000) {
      const value = await new SignJWT({
        client_id: clientId,
        user_id: options.userId ?? clientId,
        user_representation: options.userRepresentation ?? 'woo-kit',
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', client_identifier: clientId })
        .setIssuer(clientId)
        .setIssuedAt(Math.floor(t / 1000))
        .sign(key);
      token = { value, madeAt: t };
    }
    return `Bearer ${token.value}`;
  }

  // A bounded number of requests per second: each request takes the next free slot.
  let nextSlot = 0;
  async function waitForSlot(): Promise<void> {
    const t = now();
    const slot = Math.max(t, nextSlot);
    nextSlot = slot + interval;
    if (slot > t) await sleep(slot - t);
  }

  const error = (code: string, nl: string, en: string, status?: number, cause?: unknown): ZgwError =>
    new ZgwError(code, { nl, en }, status, cause === undefined ? {} : { cause });

  /** One HTTP exchange, without retries. Throws a ZgwError whose `status` tells whether a retry may help. */
  async function once(method: string, url: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw error('zgw-invalid-url', 'Dit is geen geldige URL.', 'This is not a valid URL.');
    }
    if (!allowed.has(parsed.origin)) {
      throw error(
        'zgw-origin-not-allowed',
        `Woo-kit stuurt zijn sleutel niet naar ${parsed.origin}; voeg die toe aan allowedOrigins als dat de ` +
          `bedoeling is.`,
        `woo-kit does not send its token to ${parsed.origin}; add it to allowedOrigins if that is intended.`,
      );
    }
    await waitForSlot();
    // The Zaken API 1.5.1 document requires both CRS headers on the zaak operations, also on a GET.
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Crs': 'EPSG:4326',
      'Content-Crs': 'EPSG:4326',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(parsed.href, {
        method,
        headers: { ...headers, Authorization: await authorization() },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: controller.signal,
        redirect: 'error',
      });
      text = await response.text();
    } catch (cause) {
      if (controller.signal.aborted)
        throw error(
          'zgw-timeout',
          `Geen antwoord binnen ${timeoutMs} ms op ${method} ${parsed.pathname}.`,
          `No answer within ${timeoutMs} ms to ${method} ${parsed.pathname}.`,
        );
      throw error(
        'zgw-network',
        `Netwerkfout bij ${method} ${parsed.pathname}.`,
        `Network error on ${method} ${parsed.pathname}.`,
        undefined,
        cause,
      );
    } finally {
      clearTimeout(timer);
    }
    let json: unknown;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        throw error(
          'zgw-invalid-json',
          `Het antwoord op ${method} ${parsed.pathname} is geen JSON.`,
          `The answer to ${method} ${parsed.pathname} is not JSON.`,
          response.status,
        );
      }
    }
    if (options.validate) {
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((v, k) => (responseHeaders[k] = v));
      try {
        await options.validate({
          method,
          url: parsed.href,
          requestHeaders: headers,
          ...(body === undefined ? {} : { requestBody: body }),
          status: response.status,
          responseHeaders,
          responseBody: json,
        });
      } catch (cause) {
        throw error(
          'zgw-invalid-response',
          `Het antwoord op ${method} ${parsed.pathname} voldoet niet aan de standaard.`,
          `The answer to ${method} ${parsed.pathname} does not meet the standard.`,
          response.status,
          cause,
        );
      }
    }
    if (response.status >= 400) {
      const wait = retryAfter(response.headers.get('retry-after'), now());
      throw new ZgwError(
        'zgw-http',
        {
          nl: `${method} ${parsed.pathname} gaf HTTP ${response.status}.`,
          en: `${method} ${parsed.pathname} answered HTTP ${response.status}.`,
        },
        response.status,
        wait === undefined ? {} : { retryAfterMs: wait },
      );
    }
    return { status: response.status, json };
  }

  const retryable = (e: unknown): boolean =>
    e instanceof ZgwError &&
    (e.code === 'zgw-timeout' ||
      e.code === 'zgw-network' ||
      (e.code === 'zgw-http' && RETRY_STATUS.has(e.status ?? 0)));
  // Exponential back-off; a server's Retry-After (429, 503) is honoured up to maxBackoffMs.
  const wait = (attempt: number, e?: unknown): Promise<void> => {
    const asked = e instanceof ZgwError ? (e.retryAfterMs ?? 0) : 0;
    return sleep(Math.min(maxBackoff, Math.max(backoff * 2 ** attempt, asked)));
  };

  /** GET with retries and exponential back-off. */
  async function getJson(url: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return (await once('GET', url)).json;
      } catch (e) {
        if (!retryable(e) || attempt >= retries) throw e;
        await wait(attempt, e);
      }
    }
  }

  async function* list<T>(url: string): AsyncGenerator<T, void, undefined> {
    const seen = new Set<string>();
    let next: string | null | undefined = url;
    while (next) {
      if (seen.has(next) || seen.size >= maxPages) {
        throw error(
          'zgw-paging',
          `De lijst ${pathOf(url)} heeft te veel pagina's of verwijst naar zichzelf.`,
          `The list ${pathOf(url)} has too many pages or points back to itself.`,
        );
      }
      seen.add(next);
      const page = (await getJson(next)) as Page<T> | readonly T[];
      if (Array.isArray(page)) {
        yield* page as readonly T[];
        return;
      }
      const p = page as Page<T>;
      for (const item of p.results ?? []) yield item;
      next = p.next;
    }
  }

  const query = (base: string, params: Record<string, string>): string =>
    `${base}?${new URLSearchParams(params).toString()}`;
  const cache = new Map<string, Promise<unknown>>();
  const cached = <T>(k: string, make: () => Promise<T>): Promise<T> => {
    let p = cache.get(k) as Promise<T> | undefined;
    if (p === undefined) {
      p = make();
      cache.set(k, p);
      p.catch(() => cache.delete(k));
    }
    return p;
  };
  const collect = async <T>(g: AsyncGenerator<T>): Promise<T[]> => {
    const out: T[] = [];
    for await (const x of g) out.push(x);
    return out;
  };

  // The statustypen of a zaaktype, read one by one from the zaaktype's own list of URLs. (The Catalogi
  // document types the `zaaktype` filter of GET /statustypen as an integer, so a URL there is not valid.)
  async function statustypenOf(zaaktypeUrl: string): Promise<ZgwStatusType[]> {
    const zt = await cached(zaaktypeUrl, () => getJson(zaaktypeUrl) as Promise<ZgwZaakType>);
    const urls = Array.isArray((zt as { statustypen?: unknown }).statustypen)
      ? ((zt as { statustypen: unknown[] }).statustypen.filter((u) => typeof u === 'string') as string[])
      : [];
    return Promise.all(urls.map((u) => cached(u, () => getJson(u) as Promise<ZgwStatusType>)));
  }

  async function findZaak(identificatie: string, bronorganisatie: string): Promise<ZgwZaak | undefined> {
    for await (const z of list<ZgwZaak>(query(`${zakenUrl}/zaken`, { identificatie, bronorganisatie }))) {
      if (z.identificatie === identificatie && z.bronorganisatie === bronorganisatie) return z;
    }
    return undefined;
  }

  async function post<T>(url: string, body: unknown): Promise<T> {
    return (await once('POST', url, body)).json as T;
  }

  return {
    get: async <T>(url: string) => (await getJson(url)) as T,
    list,
    zaken: ({ zaaktype }) => list<ZgwZaak>(query(`${zakenUrl}/zaken`, { zaaktype })),
    async bundle(zaak) {
      if (typeof zaak.url !== 'string')
        throw error('zgw-zaak-without-url', 'De zaak heeft geen url.', 'The zaak has no url.');
      const zaaktypeUrl = zaak.zaaktype;
      const [audittrail, statussen, zaaktype, statustypen] = await Promise.all([
        getJson(`${trim(zaak.url)}/audittrail`) as Promise<ZgwAuditTrailEntry[]>,
        collect(list<ZgwStatus>(query(`${zakenUrl}/statussen`, { zaak: zaak.url }))),
        zaaktypeUrl ? cached(zaaktypeUrl, () => getJson(zaaktypeUrl) as Promise<ZgwZaakType>) : undefined,
        zaaktypeUrl ? cached(`statustypen ${zaaktypeUrl}`, () => statustypenOf(zaaktypeUrl)) : undefined,
      ]);
      let resultaat: ZgwResultaat | undefined;
      let resultaattype: ZgwResultaatType | undefined;
      if (typeof zaak.resultaat === 'string' && zaak.resultaat !== '') {
        resultaat = (await getJson(zaak.resultaat)) as ZgwResultaat;
        const rt = resultaat.resultaattype;
        if (typeof rt === 'string') resultaattype = await cached(rt, () => getJson(rt) as Promise<ZgwResultaatType>);
      }
      return {
        zaak,
        audittrail,
        statussen,
        ...(zaaktype ? { zaaktype } : {}),
        ...(statustypen ? { statustypen } : {}),
        ...(resultaat ? { resultaat } : {}),
        ...(resultaattype ? { resultaattype } : {}),
      };
    },
    findZaak,
    async createZaak(body) {
      const existing = await findZaak(body.identificatie, body.bronorganisatie);
      if (existing) return { zaak: existing, created: false };
      for (let attempt = 0; ; attempt++) {
        try {
          return { zaak: await post<ZgwZaak>(`${zakenUrl}/zaken`, body), created: true };
        } catch (e) {
          if (!retryable(e) || attempt >= retries) throw e;
          await wait(attempt, e);
          // The zaaksysteem may have created it before it failed or timed out: look before retrying.
          const made = await findZaak(body.identificatie, body.bronorganisatie);
          if (made) return { zaak: made, created: true };
        }
      }
    },
    async createRol(body) {
      const find = async (): Promise<ZgwRol | undefined> => {
        for await (const r of list<ZgwRol>(query(`${zakenUrl}/rollen`, { zaak: body.zaak, roltype: body.roltype }))) {
          if (r.zaak === body.zaak && r.roltype === body.roltype) return r;
        }
        return undefined;
      };
      const existing = await find();
      if (existing) return { rol: existing, created: false };
      for (let attempt = 0; ; attempt++) {
        try {
          return { rol: await post<ZgwRol>(`${zakenUrl}/rollen`, body), created: true };
        } catch (e) {
          if (!retryable(e) || attempt >= retries) throw e;
          await wait(attempt, e);
          const made = await find();
          if (made) return { rol: made, created: true };
        }
      }
    },
    async patchZaak(url, body) {
      return (await once('PATCH', url, body)).json as ZgwZaak;
    },
    post,
  };
}
