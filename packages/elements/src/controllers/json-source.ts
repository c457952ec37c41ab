import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';

export { TaskStatus };

/** Why loading JSON from a URL failed; the component turns the code into a message. */
export type JsonSourceProblem = 'network' | 'http' | 'not-json' | 'not-allowed';

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
 * Loads JSON from a URL on the page's own origin (or another http(s) URL the page's CSP allows)
 * as a `@lit/task` Task: pending, error and complete states for the component to render. A newer
 * URL aborts the older request; an empty URL loads nothing and completes with `undefined`. Credentials are sent only to the page's own origin.
 */
export function jsonSource<T>(
  host: ReactiveControllerHost,
  url: () => string,
  parse: (value: unknown) => T,
): Task<[string], T | undefined> {
  return new Task(host, {
    args: () => [url()] as [string],
    task: async ([src], { signal }) => {
      if (!src) return undefined; // no URL: the component shows its inline data
      let target: URL;
      try {
        target = new URL(src, document.baseURI);
      } catch {
        throw new JsonSourceError('not-allowed');
      }
      if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new JsonSourceError('not-allowed');
      let response: Response;
      try {
        response = await fetch(target, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new JsonSourceError('network');
      }
      if (!response.ok) throw new JsonSourceError('http', response.status);
      let value: unknown;
      try {
        value = await response.json();
      } catch {
        throw new JsonSourceError('not-json');
      }
      return parse(value);
    },
  });
}
