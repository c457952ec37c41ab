import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Loads a module of texts on demand when its component connects, and renders the component again when
 * it is there. The load happens once per page; a failed load leaves the fallback texts in place.
 */
export class OnDemandController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<unknown>;

  constructor(host: ReactiveControllerHost, load: () => Promise<unknown>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    this.#load().then(
      () => this.#host.requestUpdate(),
      () => undefined,
    );
  }
}
