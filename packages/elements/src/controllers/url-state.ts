import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UrlStateOptions<T> {
  /** False keeps the state out of the URL (for example for a second list on the same page). */
  readonly enabled: () => boolean;
  /** The state in a URL query string (`location.search`). */
  readonly read: (search: string) => T;
  /** `href` with the state in its query. */
  readonly write: (href: string, state: T) => string;
  /**
   * The state read from the URL: when the host enters the page (`history` false) and when the visitor
   * goes back or forward (`history` true).
   */
  readonly restore: (state: T, history: boolean) => void;
}

/**
 * Keeps a component's state in the page URL, so a search can be shared and the back button works.
 * While a visitor types, the URL follows without new history entries (`replace`); a finished change
 * (Enter, a choice, a page) makes one new entry (`commit`), and "back" returns to the state before it.
 */
export class UrlStateController<T> implements ReactiveController {
  readonly #options: UrlStateOptions<T>;
  /** The URL of the last history entry this controller made or read. */
  #committed = '';

  constructor(host: ReactiveControllerHost, options: UrlStateOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  get enabled(): boolean {
    return this.#options.enabled();
  }

  hostConnected(): void {
    if (!this.enabled) return;
    this.#restore(false);
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** While typing: the URL follows without a new history entry. */
  replace(state: T): void {
    if (this.enabled) history.replaceState(history.state, '', this.#options.write(location.href, state));
  }

  /** A finished change: one new history entry, unless the URL already holds this state. */
  commit(state: T): void {
    if (!this.enabled) return;
    const url = this.#options.write(location.href, state);
    if (url === this.#committed) return;
    // The current entry goes back to what it was before the typing, so "back" returns to it.
    if (this.#committed) history.replaceState(history.state, '', this.#committed);
    history.pushState(history.state, '', url);
    this.#committed = url;
  }

  /** The address of a state, for a link; undefined when the state is kept out of the URL. */
  href(state: T): string | undefined {
    return this.enabled ? this.#options.write(location.href, state) : undefined;
  }

  #restore(fromHistory: boolean): void {
    this.#committed = location.href;
    this.#options.restore(this.#options.read(location.search), fromHistory);
  }

  readonly #onPopState = (): void => this.#restore(true);
}
