import type { DeadlineResult } from '@woo-kit/deadlines';

/** Fired by `<woo-deadline-calculator>` after it computed a decision term. */
export class WooDeadlineCalculatedEvent extends Event {
  static readonly type = 'woo-deadline-calculated';
  readonly result: DeadlineResult;
  constructor(result: DeadlineResult) {
    super(WooDeadlineCalculatedEvent.type, { bubbles: true, composed: true });
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'woo-deadline-calculated': WooDeadlineCalculatedEvent;
  }
}
