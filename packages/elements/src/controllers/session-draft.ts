import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SessionDraftOptions<T> {
  /** The sessionStorage key; read on every use, so a host property can set it. */
  readonly key: () => string;
  /** A new, empty draft. */
  readonly empty: () => T;
  /** Reads a stored draft back; `undefined` when there is none or it cannot be read. */
  readonly restore: (raw: string | null) => T | undefined;
}

/** sessionStorage, or undefined where the browser blocks it (the form then works without a draft). */
function sessionStorageOrNothing(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * A form's draft, kept in sessionStorage so that nothing a person typed is lost on a reload: read back
 * when the host connects, written on every change, removed after a successful send. Never in
 * localStorage or the URL (a draft can hold personal data). When storage is blocked or full the form
 * keeps working with the values in memory.
 */
export class SessionDraftController<T extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SessionDraftOptions<T>;
  #current: T;

  constructor(host: ReactiveControllerHost, options: SessionDraftOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#current = options.empty();
    host.addController(this);
  }

  /** The draft as it is now. */
  get value(): T {
    return this.#current;
  }

  hostConnected(): void {
    const restored = this.#options.restore(sessionStorageOrNothing()?.getItem(this.#options.key()) ?? null);
    if (restored) {
      this.#current = restored;
      this.#host.requestUpdate();
    }
  }

  /** Changes some fields and stores the draft. */
  change(change: Partial<T>): void {
    this.#current = { ...this.#current, ...change };
    try {
      sessionStorageOrNothing()?.setItem(this.#options.key(), JSON.stringify(this.#current));
    } catch {
      // Storage full or blocked: keep going; the values stay in the form.
    }
    this.#host.requestUpdate();
  }

  /** Forgets the draft (after a successful send) and starts a new, empty one. */
  clear(): void {
    try {
      sessionStorageOrNothing()?.removeItem(this.#options.key());
    } catch {
      // Blocked storage: there is nothing stored to remove.
    }
    this.#current = this.#options.empty();
    this.#host.requestUpdate();
  }
}
