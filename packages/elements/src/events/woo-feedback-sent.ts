import type { FeedbackAnswer } from '../components/woo-feedback/feedback-model.js';

/** Fired by `<woo-feedback>` after the server stored the answer. Carries the answer only, never the text. */
export class WooFeedbackSentEvent extends Event {
  static readonly type = 'woo-feedback-sent';
  readonly answer: FeedbackAnswer;
  constructor(answer: FeedbackAnswer) {
    super(WooFeedbackSentEvent.type, { bubbles: true, composed: true });
    this.answer = answer;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'woo-feedback-sent': WooFeedbackSentEvent;
  }
}
