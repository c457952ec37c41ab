import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';

export { TaskStatus };

/** Why loading data from a URL failed; the component turns the code into a message. */
export type JsonSourceProblem = 'network' | 'http' | 'not-json' | 'not-allowed' | 'timeout';

export class JsonSourceError extends Error {
  readonly problem: JsonSourceProblem;
  readonly status: number | undefined;
  constructor(problem: JsonSourceProblem, status?: number) {
    super(`woo-kit could not load the data (${problem}${status ? ` ${status}` : ''})`);
    this.problem = problem;
    this.status = status;
  }
}

/**
 * Fetches an http(s) URL (relative to the page) and returns its body as text. Throws a
 * `JsonSourceError` when that fails. Asks only the URL it is given; credentials go only to the
 * page's own origin. With `timeout` (ms), a server that does not answer in time gives `timeout`.
 */
export async function fetchText(
  src: string,
  signal: AbortSignal,
  accept: string,
  timeout = 0,
  headers: Readonly<Record<string, string>> = {},
): Promise<string> {
  let target: URL;
  try {
    target = new URL(src, document.baseURI);
  } catch {
    throw new JsonSourceError('not-allowed');
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new JsonSourceError('not-allowed');
  const timer = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
  const combined = timer ? AbortSignal.any([signal, timer]) : signal;
  try {
    const response = await fetch(target, {
      signal: combined,
      headers: { ...headers, accept },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new JsonSourceError('http', response.status);
    return await response.text();
  } catch (error) {
    if (error instanceof JsonSourceError || signal.aborted) throw error;
    throw new JsonSourceError(timer?.aborted ? 'timeout' : 'network');
  }
}

/**
 * Loads JSON from a URL on the page's own origin (or another http(s) URL the page's CSP allows)
 * as a `@lit/task` Task: pending, error and complete states for the component to render. A newer
 * URL aborts the older request; an empty URL loads nothing and completes with `undefined`. Credentials are sent only
 * to the page's own origin.
 * `headers` adds request headers (an `Authorization` for a status link's token, for example).
 */
export function jsonSource<T>(
  host: ReactiveControllerHost,
  url: () => string,
  parse: (value: unknown) => T,
  headers: () => Readonly<Record<string, string>> = () => ({}),
): Task<[string, string], T | undefined> {
  return new Task(host, {
    // The headers are part of the arguments, so a new token loads again even when the URL stays.
    args: () => [url(), JSON.stringify(headers())] as [string, string],
    task: async ([src, sent], { signal }) => {
      if (!src) return undefined; // no URL: the component shows its inline data
      const text = await fetchText(src, signal, 'application/json', 0, JSON.parse(sent) as Record<string, string>);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new JsonSourceError('not-json');
      }
      return parse(value);
    },
  });
}
