import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Publication, WooRequest } from '@woo-kit/core';
import type { DeadlineResult } from '@woo-kit/deadlines';
import { WooElement } from '../../internal/woo-element.js';
import { formStyles } from '../../styles/form.js';
import { errorSummary } from '../../internal/form/error-summary.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { FormErrorsController } from '../../controllers/form-errors.js';
import { SessionDraftController } from '../../controllers/session-draft.js';
import { StepTextController } from '../../controllers/step-text.js';
import { RequestChoiceReportController } from '../../controllers/request-choice-report.js';
import { WooRequestSentEvent, WooRequestSubmitEvent, type RequestReceipt } from '../../events/woo-request-submit.js';
import { check, checkRequest, loadRequestCheck } from './check.js';
import { emptyDraft, restoreDraft, STEPS, todayInNetherlands, type RequestDraft, type Step } from './draft.js';
import { sendRequest } from './submission.js';
import {
  checkStep,
  contactStep,
  questionStep,
  receiptTemplate,
  stepCounter,
  triageStep,
  type SendProblem,
  type StepView,
} from './templates.js';
import { styles } from './woo-request-form.styles.js';

type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | SendProblem
  | { readonly kind: 'sent'; readonly receipt: RequestReceipt; readonly deadline: DeadlineResult | undefined };

/**
 * The Woo request journey: first it asks whether the person wants an answer or documents (and offers
 * the municipality's contact route for a question), then what information, the period, how to reply,
 * and the consent statements; a check-your-answers step; then it sends the request and shows the
 * receipt with the legal deadline and its plain explanation.
 *
 * Nothing is lost: the draft survives a reload (sessionStorage, cleared after a successful send), and
 * a failed send keeps every value and offers to try again with the same Idempotency-Key.
 *
 * @fires woo-request-submit - cancelable; `event.request` is the validated `WooRequest`
 * @fires woo-request-sent - after a successful send; `event.receipt` holds reference and date
 * @csspart error-summary - the error summary above the form
 *
 * @tagname woo-request-form
 */
export class WooRequestForm extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** URL to POST the request to as JSON (with an `Idempotency-Key` header). */
  @property() action = '';
  /** Where people ask the municipality a question (a contact form or page). */
  @property({ attribute: 'question-url' }) questionUrl = '';
  /** Phone number for questions. */
  @property({ attribute: 'question-phone' }) questionPhone = '';
  /** Published documents to suggest before filing (`Publication` objects). */
  @property({ attribute: false }) publications: readonly Publication[] = [];
  /** Key under which the draft is kept in sessionStorage; set it when a page has two forms. */
  @property({ attribute: 'draft-key' }) draftKey = 'woo-kit:request-form';
  /** Heading level of the step headings (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Opt-in: count the first step's choice per month (value: endpoint, default `/api/request-choices`; docs/effect.md).
   */
  @property({ attribute: 'report-choices' }) reportChoices: string | null = null;

  @state() private send: SendState = { kind: 'idle' };

  /** Everything the person typed, in sessionStorage under `draft-key` until the request is sent. */
  readonly #draft = new SessionDraftController<RequestDraft>(this, {
    key: () => this.draftKey,
    empty: emptyDraft,
    restore: restoreDraft,
  });
  /** The error summary, the inline errors, the count in the page title, and where focus goes. */
  readonly #errors = new FormErrorsController(this);
  /** Explanations of the deadline steps in the element's language (translations load on demand). */
  readonly #steps = new StepTextController(this);
  /** Opt-in counts of the first step's choice (`report-choices`). */
  protected readonly choiceReport = new RequestChoiceReportController(this, () => this.reportChoices);

  #change(change: Partial<RequestDraft>): void {
    this.#draft.change(change);
  }

  #goTo(step: Step, focus: string | undefined = undefined): void {
    // The last check (core's validator) loads while the person reads their answers; a failure shows on send.
    if (step === 'check') loadRequestCheck().catch(() => undefined);
    this.#change({ step });
    this.#errors.show([]);
    this.#errors.focusAfterRender(focus ? `#${focus}` : '.step-heading');
  }

  #next(event: Event): void {
    event.preventDefault();
    const step = this.#draft.value.step;
    const errors = check(step, this.#draft.value);
    if (errors.length) return this.#errors.show(errors);
    const following = STEPS[STEPS.indexOf(step) + 1];
    if (following) this.#goTo(following);
  }

  #back(): void {
    const previous = STEPS[STEPS.indexOf(this.#draft.value.step) - 1];
    if (previous) this.#goTo(previous);
  }

  /** Validates the whole request with @woo-kit/core, then hands it to the page or POSTs it. */
  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.send.kind === 'sending') return;
    let checked: Awaited<ReturnType<typeof checkRequest>>;
    try {
      checked = await checkRequest(this.#draft.value, todayInNetherlands(), this.locale);
    } catch {
      // The last check could not be loaded (the connection dropped): nothing was sent; every value stays.
      this.send = { kind: 'failed', offline: typeof navigator !== 'undefined' && navigator.onLine === false };
      this.#errors.focusAfterRender('#send-error');
      return;
    }
    if (!checked.ok) {
      this.#change({ step: checked.step });
      return this.#errors.show(checked.errors);
    }
    const submitEvent = new WooRequestSubmitEvent(checked.request, this.#draft.value.idempotencyKey);
    if (!this.dispatchEvent(submitEvent)) return; // the page sends it itself
    await this.post(checked.request);
  }

  private async post(request: WooRequest): Promise<void> {
    const action = safeHttpUrl(this.action);
    if (!action) {
      // No `action` and the page did not take the request over: nothing was sent, so never show a
      // receipt. Every value stays in the form.
      this.send = { kind: 'not-connected' };
      this.#errors.focusAfterRender('#send-error');
      return;
    }
    this.send = { kind: 'sending' };
    const outcome = await sendRequest(action, request, this.#draft.value.idempotencyKey);
    this.send = outcome;
    if (outcome.kind === 'failed') return this.#errors.focusAfterRender('#send-error');
    this.#draft.clear();
    this.#errors.focusAfterRender('.step-heading');
    this.dispatchEvent(new WooRequestSentEvent(outcome.receipt));
  }

  protected override render() {
    if (this.send.kind === 'sent') {
      const { receipt, deadline } = this.send;
      const stepText = this.#steps.text.bind(this.#steps);
      return receiptTemplate({ receipt, deadline, locale: this.locale, headingLevel: this.headingLevel, stepText });
    }
    const view: StepView = {
      draft: this.#draft.value,
      locale: this.locale,
      headingLevel: this.headingLevel,
      errorFor: (field) => this.#errors.messageFor(field),
      change: (change) => this.#change(change),
    };
    const step = view.draft.step;
    const last = step === 'check';
    const send = this.send;
    const problem = send.kind === 'failed' || send.kind === 'not-connected' ? send : undefined;
    const body = {
      triage: () => triageStep(view, this.questionUrl, this.questionPhone),
      question: () => questionStep(view, this.publications),
      contact: () => contactStep(view),
      check: () => checkStep(view, problem, (to, field) => this.#goTo(to, field)),
    }[step]();
    const sending = send.kind === 'sending';
    const submitText = sending
      ? msg('Bezig met versturen…')
      : send.kind === 'failed'
        ? msg('Probeer opnieuw te versturen')
        : msg('Verstuur uw verzoek');
    return html`
      ${stepCounter(step)} ${errorSummary(this.#errors.errors, this.shadowRoot)}
      <form novalidate @submit=${last ? this.#submit : this.#next}>
        ${body}
        <div class="button-group">
          <button type="submit" class="button" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>
            ${last ? submitText : msg('Volgende')}
          </button>
          ${
            step !== 'triage'
              ? html`<button type="button" class="button button--secondary"
                  @click=${this.#back}>${msg('Vorige')}</button
                >`
              : nothing
          }
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-request-form': WooRequestForm;
  }
}
