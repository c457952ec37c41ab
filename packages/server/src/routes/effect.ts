/**
 * The routes of "voice and effect" (docs/effect.md):
 *   POST /api/feedback          yes / partly / no and an optional short text (JSON, or a plain form post
 *                               without JavaScript: then the answer is a small HTML page)
 *   POST /api/search-misses     a normalised search term that found nothing or after which nothing was opened
 *   POST /api/request-choices   the request form's first choice, and "still filed a request after choosing an answer"
 *   GET  /api/effect            the aggregates; nothing personal
 * All public, rate-limited per client (a keyed hash in memory, never stored), no cookies, no address,
 * no time of day stored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../errors.js';
import { readBody, send } from '../http.js';
import type { RateLimiter } from '../rate-limit.js';
import type { Db } from '../store/db.js';
import { readFeedback } from '../effect/feedback.js';
import { normaliseTerm } from '../effect/screen.js';
import {
  countChoice,
  countMiss,
  effectFigures,
  insertFeedback,
  MISS_REASONS,
  REQUEST_CHOICES,
  type MissReason,
  type RequestChoice,
} from '../effect/store.js';

export interface EffectRouteOptions {
  readonly db: Db;
  readonly today: () => string;
  readonly limiter: RateLimiter;
  readonly clientAddress: (req: IncomingMessage) => string;
  readonly maxBodyBytes: number;
}

const FORM = /^application\/x-www-form-urlencoded\b/i;
const JSON_TYPE = /^application\/json\b/i;

/** The body as a plain object, from JSON or from a form; `form` tells which. */
async function readObject(
  req: IncomingMessage,
  limit: number,
  formAllowed: boolean,
): Promise<{ body: Record<string, unknown>; form: boolean }> {
  const type = req.headers['content-type'] ?? '';
  const form = formAllowed && FORM.test(type);
  if (!form && !JSON_TYPE.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', {
      nl: formAllowed
        ? 'Stuur de gegevens als JSON of als formulier.'
        : 'Stuur de gegevens als JSON (Content-Type: application/json).',
      en: formAllowed
        ? 'Send the data as JSON or as a form.'
        : 'Send the data as JSON (Content-Type: application/json).',
    });
  }
  const text = await readBody(req, limit);
  if (form) return { body: Object.fromEntries(new URLSearchParams(text)), form };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(
      400,
      'invalid-json',
      { nl: 'Dit is geen geldige JSON.', en: 'This is not valid JSON.' },
      { path: '' },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(
      422,
      'invalid-body',
      { nl: 'Stuur één JSON-object.', en: 'Send one JSON object.' },
      { path: '' },
    );
  }
  return { body: value as Record<string, unknown>, form };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A path on this site to go back to (never another host: no open redirect). */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\/(?![/\\])[^\s]*$/.test(value) || value.length > 500) return undefined;
  return value;
}

/** The page a form post without JavaScript gets: a thank-you, or what went wrong, and the way back. */
function htmlPage(status: 'sent' | 'error', language: string, back: string | undefined, error?: HttpError): string {
  const en = language === 'en';
  const lang = en ? 'en' : 'nl';
  const title =
    status === 'sent'
      ? en
        ? 'Thank you for your answer'
        : 'Bedankt voor uw antwoord'
      : en
        ? 'Your answer was not sent'
        : 'Uw antwoord is niet verstuurd';
  const lead =
    status === 'sent'
      ? en
        ? 'We use the answers to make information easier to find. We do not reply to this message.'
        : 'Wij gebruiken de antwoorden om informatie beter vindbaar te maken. Wij reageren niet op dit bericht.'
      : `${en ? 'There is a problem:' : 'Er is een probleem:'} ` +
        `${escapeHtml(error ? (en ? error.messages.en : error.messages.nl) : '')}`;
  const backText =
    status === 'sent'
      ? en
        ? 'Back to the page'
        : 'Terug naar de pagina'
      : en
        ? 'Go back and try again'
        : 'Ga terug en probeer het opnieuw';
  const browserBack =
    status === 'error'
      ? `<p>${
          en
            ? 'Use your browser’s Back button: what you typed is still there.'
            : 'Gebruik de knop Terug van uw browser: wat u typte staat er dan nog.'
        }</p>`
      : '';
  const link = back ? `<p><a href="${escapeHtml(back)}">${backText}</a></p>` : browserBack;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${lead}</p>${link}</main></body></html>
`;
}

const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

export function createEffectRoutes(options: EffectRouteOptions) {
  const { db, today, limiter } = options;

  function limit(req: IncomingMessage): void {
    const wait = limiter.hit(options.clientAddress(req));
    if (wait > 0) {
      throw new HttpError(
        429,
        'too-many-requests',
        {
          nl: `U heeft veel berichten kort na elkaar gestuurd. Probeer het over ${wait} seconden opnieuw.`,
          en: `You sent many messages in a short time. Please try again in ${wait} seconds.`,
        },
        { headers: { 'retry-after': String(wait) } },
      );
    }
  }

  async function postFeedback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const isForm = FORM.test(req.headers['content-type'] ?? '');
    try {
      limit(req);
      const { body, form } = await readObject(req, options.maxBodyBytes, true);
      const input = readFeedback(body);
      await insertFeedback(db, today(), input);
      if (form)
        send(
          res,
          200,
          htmlPage('sent', String(body['language'] ?? 'nl'), safeReturnPath(body['return'])),
          HTML_HEADERS,
        );
      else send(res, 201, { stored: true, textKept: input.text !== null });
    } catch (error) {
      // A form post without JavaScript gets a page, not JSON; the browser's Back keeps what was typed.
      if (isForm && error instanceof HttpError && error.status < 500) {
        send(res, error.status, htmlPage('error', 'nl', undefined, error), { ...HTML_HEADERS, ...error.headers });
        return;
      }
      throw error;
    }
  }

  async function postMiss(req: IncomingMessage, res: ServerResponse): Promise<void> {
    limit(req);
    const { body } = await readObject(req, 4096, false);
    const reason = MISS_REASONS.find((r) => r === body['reason']) as MissReason | undefined;
    if (!reason)
      throw new HttpError(
        422,
        'invalid-reason',
        { nl: `Kies reason uit: ${MISS_REASONS.join(', ')}.`, en: `Use one of: ${MISS_REASONS.join(', ')}.` },
        { path: '/reason' },
      );
    const term = typeof body['term'] === 'string' ? normaliseTerm(body['term']) : undefined;
    // A term that held something personal (or nothing usable) is dropped without a trace; the answer is the same.
    if (term) await countMiss(db, today(), term, reason);
    send(res, 202, { counted: term !== undefined });
  }

  async function postChoice(req: IncomingMessage, res: ServerResponse): Promise<void> {
    limit(req);
    const { body } = await readObject(req, 4096, false);
    const choice = REQUEST_CHOICES.find((c) => c === body['choice']) as RequestChoice | undefined;
    if (!choice)
      throw new HttpError(
        422,
        'invalid-choice',
        { nl: `Kies choice uit: ${REQUEST_CHOICES.join(', ')}.`, en: `Use one of: ${REQUEST_CHOICES.join(', ')}.` },
        { path: '/choice' },
      );
    await countChoice(db, today().slice(0, 7), choice);
    send(res, 202, { counted: true });
  }

  const only = (method: string, allowed: string) => {
    if (method !== allowed && !(allowed === 'GET' && method === 'HEAD')) {
      throw new HttpError(
        405,
        'method-not-allowed',
        { nl: `Gebruik ${allowed} voor dit adres.`, en: `Use ${allowed} for this address.` },
        { headers: { allow: allowed } },
      );
    }
  };

  /** Answers the effect paths; resolves to the route name, or undefined for other paths. */
  return async function effectRoute(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<string | undefined> {
    const method = req.method ?? 'GET';
    if (path === '/api/feedback') {
      only(method, 'POST');
      await postFeedback(req, res);
    } else if (path === '/api/search-misses') {
      only(method, 'POST');
      await postMiss(req, res);
    } else if (path === '/api/request-choices') {
      only(method, 'POST');
      await postChoice(req, res);
    } else if (path === '/api/effect') {
      only(method, 'GET');
      send(res, 200, await effectFigures(db, today()));
    } else return undefined;
    return path;
  };
}
