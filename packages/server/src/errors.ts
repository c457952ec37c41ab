import type { LocalizedText } from '@woo-kit/core';

/** An HTTP error with a stable code and a Dutch and English message, sent as JSON. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: LocalizedText;
  readonly path: string | undefined;
  readonly details: unknown;
  readonly headers: Readonly<Record<string, string>>;
  constructor(
    status: number,
    code: string,
    message: LocalizedText,
    options: { path?: string; details?: unknown; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.messages = message;
    this.path = options.path;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toJSON(): { error: Record<string, unknown> } {
    return {
      error: {
        code: this.code,
        message: this.messages,
        ...(this.path !== undefined ? { path: this.path } : {}),
        ...(this.details !== undefined ? { details: this.details } : {}),
      },
    };
  }
}

export const notFound = (): HttpError =>
  new HttpError(404, 'not-found', { nl: 'Dit adres bestaat niet.', en: 'This address does not exist.' });

/** No (valid) credentials. The same answer for "no such request" and "wrong token", so ids cannot be probed. */
export const unauthorized = (): HttpError =>
  new HttpError(
    401,
    'unauthorized',
    {
      nl: 'U heeft geen toegang. Gebruik de statuslink uit uw ontvangstbevestiging, of log in.',
      en: 'You have no access. Use the status link from your receipt, or sign in.',
    },
    { headers: { 'www-authenticate': 'Bearer' } },
  );

export const forbidden = (): HttpError =>
  new HttpError(403, 'forbidden', {
    nl: 'U bent ingelogd, maar uw rol geeft geen toegang tot deze handeling.',
    en: 'You are signed in, but your role does not allow this action.',
  });

/** The database cannot be reached or is locked: try again later. Never a stack trace. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

export const unavailable = (retryAfterSeconds = 5): HttpError =>
  new HttpError(
    503,
    'service-unavailable',
    {
      nl: 'De dienst is even niet bereikbaar. Er is niets opgeslagen. Probeer het over een paar seconden opnieuw.',
      en: 'The service is briefly unavailable. Nothing was stored. Please try again in a few seconds.',
    },
    { headers: { 'retry-after': String(retryAfterSeconds) } },
  );
