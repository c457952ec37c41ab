import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { isValidPublication, type Publication } from '@woo-kit/core';
import { fetchText, JsonSourceError } from '../controllers/json-source.js';
import { FeedError } from './feed-error.js';

export { FeedError, JsonSourceError };

/** The publications of a feed that are valid, and how many records were left out. */
export interface Feed {
  readonly publications: readonly Publication[];
  /** Records (or JSON lines) that are not a valid `Publication`; they are not shown. */
  readonly skipped: number;
}

/**
 * The records of a feed before validation, and how many parts (JSON lines, sitemap entries) could not be read at all.
 */
export interface RawFeed {
  readonly records: readonly unknown[];
  readonly skipped: number;
}

/**
 * Every record through `isValidPublication` (`validatePublication` without the texts): a bad record
 * is counted, never shown, never fatal.
 */
export function validateFeed(raw: RawFeed): Feed {
  const publications: Publication[] = [];
  let skipped = raw.skipped;
  for (const record of raw.records) {
    if (isValidPublication(record)) publications.push(record);
    else skipped++;
  }
  return { publications, skipped };
}

/** A feed from data: an array of publications, or `{ items: [...] }`. */
export function readFeedValue(value: unknown): RawFeed {
  if (Array.isArray(value)) return { records: value, skipped: 0 };
  const items = value !== null && typeof value === 'object' ? (value as { items?: unknown }).items : undefined;
  if (Array.isArray(items)) return { records: items, skipped: 0 };
  throw new FeedError('not-a-feed');
}

/**
 * A feed from text: JSON (an array or `{ items }`), JSON lines (one publication a line; a line that
 * is not JSON counts as skipped), or a DiWoo sitemap (XML). The DiWoo reader (an XML parser and the
 * TOOI lists) loads only for an XML feed: a page with a JSON feed never downloads it.
 */
export async function readFeedText(text: string): Promise<RawFeed> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('<')) {
    const { readDiwooSitemap } = await import('./diwoo.js');
    const { publications, skipped } = readDiwooSitemap(trimmed);
    return { records: publications, skipped };
  }
  try {
    return readFeedValue(JSON.parse(trimmed));
  } catch (error) {
    if (error instanceof FeedError) throw error;
  }
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim());
  const records: unknown[] = [];
  for (const line of lines) {
    try {
      records.push(JSON.parse(line));
    } catch {
      // counted as skipped below
    }
  }
  if (records.length === 0) throw new FeedError('damaged');
  return { records, skipped: lines.length - records.length };
}

export type FeedStatus = 'none' | 'pending' | 'complete' | 'error';

/**
 * The publication feed of a component, shared by `<woo-publications>` and `<woo-categories>`:
 * inline data (`publications` property) when given, else the `src` URL. Loading from a URL has
 * pending, error and complete states; `slow` turns true when the server takes longer than a few
 * seconds, and the request stops after `timeout` ms.
 */
export class PublicationFeedController {
  /** True while a load takes longer than expected. */
  slow = false;
  readonly #inline: () => unknown;
  readonly #task: Task<[string, number], RawFeed | undefined>;
  #lastInline: unknown;
  #inlineFeed: RawFeed | undefined;
  #inlineError: unknown;
  #validated: [RawFeed | undefined, Feed | undefined] = [undefined, undefined];

  constructor(
    host: ReactiveControllerHost,
    options: { src: () => string; inline: () => unknown; timeout: () => number },
  ) {
    this.#inline = options.inline;
    this.#task = new Task(host, {
      args: () => [options.inline() === undefined ? options.src() : '', options.timeout()] as [string, number],
      task: async ([src, timeout], { signal }) => {
        if (!src) return undefined;
        const timer = setTimeout(
          () => {
            this.slow = true;
            host.requestUpdate();
          },
          Math.min(3000, timeout / 2 || 3000),
        );
        try {
          return await readFeedText(
            await fetchText(src, signal, 'application/json, application/x-ndjson, application/xml;q=0.9', timeout),
          );
        } finally {
          clearTimeout(timer);
          this.slow = false;
        }
      },
    });
  }

  /** Reads inline data when it changed (on first use in an update, before `willUpdate` needs it). */
  #sync(): void {
    const inline = this.#inline();
    if (inline === this.#lastInline) return;
    this.#lastInline = inline;
    this.#inlineFeed = undefined;
    this.#inlineError = undefined;
    if (inline === undefined) return;
    try {
      this.#inlineFeed = readFeedValue(inline);
    } catch (error) {
      this.#inlineError = error;
    }
  }

  get status(): FeedStatus {
    this.#sync();
    if (this.#lastInline !== undefined) return this.#inlineError ? 'error' : 'complete';
    switch (this.#task.status) {
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE:
        return this.#task.value ? 'complete' : 'none';
      default:
        return 'none';
    }
  }

  /** The records of the feed, not yet validated, once there is a feed. */
  get raw(): RawFeed | undefined {
    this.#sync();
    return this.#lastInline !== undefined ? this.#inlineFeed : this.#task.value;
  }

  /** The valid publications of the feed (validated once per feed), once there is a feed. */
  get feed(): Feed | undefined {
    const raw = this.raw;
    if (this.#validated[0] !== raw) this.#validated = [raw, raw && validateFeed(raw)];
    return this.#validated[1];
  }

  get error(): unknown {
    this.#sync();
    return this.#lastInline !== undefined ? this.#inlineError : this.#task.error;
  }
}

/** What went wrong with a feed, in plain words, in the element's locale. */
export function feedProblemText(error: unknown): string {
  if (error instanceof FeedError) {
    return error.problem === 'not-a-feed'
      ? msg('De lijst met publicaties heeft niet de goede vorm. Wij kunnen hem niet lezen.')
      : msg('De lijst met publicaties is beschadigd. Wij kunnen hem niet lezen.');
  }
  if (error instanceof JsonSourceError) {
    if (error.problem === 'http' && error.status === 404)
      return msg('Wij kunnen de lijst met publicaties niet vinden.');
    if (error.problem === 'timeout') return msg('De server doet er te lang over. Probeer het later opnieuw.');
    if (error.problem === 'not-allowed') return msg('Het adres van de lijst met publicaties is niet goed.');
  }
  return msg('De publicaties konden niet worden geladen. Probeer het later opnieuw.');
}
