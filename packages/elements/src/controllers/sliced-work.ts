import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A piece of background work done in slices: it works until `deadline` (a `performance.now()` time)
 * and returns true when it is finished, false when there is more to do.
 */
export type Slice = (deadline: number) => boolean;

/**
 * Runs background work in short slices (one per macrotask, a few milliseconds each), so typing and
 * scrolling stay smooth while a large feed is checked or indexed. Several pieces of work take turns,
 * one slice each, in the order they were queued. Work is paused while the host is out of the page and
 * goes on when it comes back; `cancel` drops it (for example when the data it works on is replaced).
 *
 * ```ts
 * private readonly background = new SlicedWorkController(this);
 * // in updated():
 * this.background.run('index', (deadline) => index.build(deadline));
 * ```
 */
export class SlicedWorkController implements ReactiveController {
  readonly #queue = new Map<string, Slice>();
  readonly #budget: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  /** Counts `cancel` calls, so work cancelled during its own slice is not queued again. */
  #generation = 0;

  /** `budget`: milliseconds per slice (8 leaves room for a frame at 60 Hz). */
  constructor(host: ReactiveControllerHost, budget = 8) {
    this.#budget = budget;
    host.addController(this);
  }

  /** Queues `work` under `key`, unless work with that key is queued already. */
  run(key: string, work: Slice): void {
    if (this.#queue.has(key)) return;
    this.#queue.set(key, work);
    this.#schedule();
  }

  /** True while work with this key (or, without a key, any work) is queued. */
  pending(key?: string): boolean {
    return key === undefined ? this.#queue.size > 0 : this.#queue.has(key);
  }

  /** Drops all queued work. */
  cancel(): void {
    this.#generation++;
    this.#queue.clear();
    this.#stop();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer === undefined && this.#connected && this.#queue.size > 0) this.#timer = setTimeout(this.#slice);
  }

  readonly #slice = (): void => {
    this.#timer = undefined;
    const next = this.#queue.entries().next();
    if (next.done) return;
    const [key, work] = next.value;
    // Out of the queue while it runs; back in at the end when not finished, so the pieces take turns.
    this.#queue.delete(key);
    // The next slice is asked for before this one works: browsers hold a timer set from a timer back for
    // at least 4 ms, and that time passes while this slice works, so the work goes on without idle gaps.
    this.#timer = setTimeout(this.#slice);
    const generation = this.#generation;
    const finished = work(performance.now() + this.#budget);
    if (!finished && generation === this.#generation && !this.#queue.has(key)) this.#queue.set(key, work);
    if (this.#queue.size === 0) this.#stop();
  };
}
