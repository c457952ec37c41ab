/**
 * Typed errors shared by every woo-kit package.
 *
 * Every error carries a stable, machine-readable `code` (never translated, never changed once
 * released) and a message in Dutch and English, so a service can log the code and a page can show
 * the message in the reader's language.
 */

/** A text in both languages woo-kit always ships. Dutch is the source language. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/** The plain-data form of an error, as written to JSON lines and HTTP responses. */
export interface WooKitErrorJSON {
  readonly code: string;
  readonly message: LocalizedText;
  /** JSON pointer to the offending value, when the error is about one value. */
  readonly path?: string;
}

export interface WooKitErrorOptions {
  readonly path?: string;
  readonly cause?: unknown;
}

/** Base class of every error woo-kit throws or returns. */
export class WooKitError extends Error {
  readonly code: string;
  readonly messages: LocalizedText;
  readonly path: string | undefined;

  constructor(code: string, message: LocalizedText, options: WooKitErrorOptions = {}) {
    // The English text is the `Error.message`, so stack traces in logs read naturally.
    super(message.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.messages = message;
    this.path = options.path;
  }

  /** The message in one language. */
  messageIn(lang: 'nl' | 'en'): string {
    return this.messages[lang];
  }

  toJSON(): WooKitErrorJSON {
    return this.path === undefined
      ? { code: this.code, message: this.messages }
      : { code: this.code, message: this.messages, path: this.path };
  }
}

/** Input that does not have the form woo-kit expects (wrong type, missing field, malformed JSON). */
export class WooKitInputError extends WooKitError {}

/** A calendar date that does not exist or is not written as `YYYY-MM-DD`. */
export class InvalidDateError extends WooKitInputError {
  constructor(value: unknown, options: WooKitErrorOptions = {}) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    super(
      'invalid-date',
      {
        nl: `Deze datum bestaat niet of is niet geschreven als JJJJ-MM-DD: ${shown}.`,
        en: `This date does not exist or is not written as YYYY-MM-DD: ${shown}.`,
      },
      options,
    );
  }
}

/** Turns anything thrown into a `WooKitError`, so a batch can always report a typed error. */
export function toWooKitError(error: unknown): WooKitError {
  if (error instanceof WooKitError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new WooKitError(
    'internal-error',
    {
      nl: `Er ging iets mis in woo-kit: ${detail}`,
      en: `Something went wrong inside woo-kit: ${detail}`,
    },
    { cause: error },
  );
}
