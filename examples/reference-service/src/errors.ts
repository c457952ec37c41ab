import type { LocalizedText } from '@woo-kit/core';

/** An HTTP error with a stable code and a Dutch and English message, sent as JSON. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: LocalizedText;
  readonly path: string | undefined;
  readonly details: unknown;
  constructor(status: number, code: string, message: LocalizedText, options: { path?: string; details?: unknown } = {}) {
    super(message.en);
    this.status = status;
    this.code = code;
    this.messages = message;
    this.path = options.path;
    this.details = options.details;
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
