import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a live region (`role="status"`) says: set at once (`now`) or a moment after the last of a
 * series of changes (`later`), so a screen reader reads the number of results once typing pauses
 * rather than at every keystroke. The host renders `value` in its live region.
 */
export class AnnouncerController<T> implements ReactiveController {
  /** What the live region says; undefined before the first announcement. */
  value: T | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `delay`: milliseconds of quiet before `later` announces. */
  constructor(host: ReactiveControllerHost, delay = 800) {
    this.#host = host;
    this.#delay = delay;
    host.addController(this);
  }

  /** Announces `value` now. */
  now(value: T): void {
    clearTimeout(this.#timer);
    this.#set(value);
  }

  /** Announces what `value` gives after a quiet moment; a newer call replaces this one. */
  later(value: () => T): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#set(value()), this.#delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #set(value: T): void {
    this.value = value;
    this.#host.requestUpdate();
  }
}
