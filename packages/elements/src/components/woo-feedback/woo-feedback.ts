import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WooElement } from '../../internal/woo-element.js';
import { heading } from '../../internal/heading.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { errorSummary, type FieldError } from '../../internal/form/error-summary.js';
import { radios, textField } from '../../internal/form/fields.js';
import { formStyles } from '../../styles/form.js';
import { FeedbackSendController } from '../../controllers/feedback-send.js';
import { FormErrorsController } from '../../controllers/form-errors.js';
import { WooFeedbackSentEvent } from '../../events/woo-feedback-sent.js';
import {
  characters,
  MAX_FEEDBACK_TEXT,
  safeSubject,
  type FeedbackAnswer,
  type FeedbackProblem,
} from './feedback-model.js';
import { styles } from './woo-feedback.styles.js';

/**
 * "Did this answer your question?" under a publication, a decision, the search or the request
 * status: yes / partly / no, then optionally one short text (at most 500 characters, with a note not
 * to type personal details), and a way to talk to a person. Sends to `POST /api/feedback` of
 * @woo-kit/server, without cookies; the server screens the text and stores no address (docs/effect.md).
 *
 * Without JavaScript, put a plain `<form method="post" action="/api/feedback">` inside the element
 * (docs/effect.md has the markup): the browser shows it, the server answers with a thank-you page. With
 * JavaScript the element renders its own form and the fallback stays hidden.
 *
 * @fires woo-feedback-sent - after the server stored the answer; `event.answer`
 * @cssprop --woo-feedback-border-color - colour of the line above the block
 *
 * @tagname woo-feedback
 */
export class WooFeedback extends WooElement {
  static override styles = [...WooElement.styles, formStyles, styles];

  /** Where the answer goes (default `/api/feedback`, the route of @woo-kit/server). */
  @property() endpoint = '/api/feedback';
  /** The kind of page: `publication`, `decision`, `search`, `request-status`, `request-form` or `other`. */
  @property({ attribute: 'page-kind' }) pageKind = 'other';
  /**
   * The id of the publication or decision, or the request category. Never a request's reference or
   * status token: those are left out, as they would tie the answer to one person.
   */
  @property() subject = '';
  /** On a decision page: its outcome (`disclosed`, `partlyDisclosed`, `refused`, `notHeld`, …). */
  @property() outcome = '';
  /** On a decision page: days from request to decision (sent as a group such as "within 6 weeks"). */
  @property({ type: Number, attribute: 'days-to-decision' }) daysToDecision: number | undefined;
  /** Link to talk to a person; default: the first `<woo-contact id="…">` on the page. */
  @property({ attribute: 'contact-url' }) contactUrl = '';
  /** Heading level of the question (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #sender = new FeedbackSendController(
    this,
    () => `woo-kit:feedback:${this.pageKind}:${safeSubject(this.subject)}`,
  );
  /** The error count in the page title, and where focus goes after a send (the messages come from `sender`). */
  readonly #errors = new FormErrorsController(this);

  #problemText(problem: FeedbackProblem): string {
    return problem === 'answer-missing'
      ? msg('Kies ja, deels of nee.')
      : msg(str`Schrijf hoogstens ${MAX_FEEDBACK_TEXT} tekens. Maak uw tekst korter.`);
  }

  #problems(): FieldError[] {
    return this.#sender.problems.map((p) => ({ field: p.field, message: this.#problemText(p.problem) }));
  }

  #contactLink(): string | undefined {
    if (this.contactUrl) return safeHttpUrl(this.contactUrl);
    const contact = typeof document === 'undefined' ? null : document.querySelector('woo-contact[id]');
    return contact ? `#${contact.id}` : undefined;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const sent = await this.#sender.send(this.endpoint, {
      pageKind: this.pageKind,
      subject: this.subject,
      outcome: this.outcome,
      daysToDecision: this.daysToDecision,
      language: this.locale,
    });
    this.#errors.show(this.#problems());
    if (sent) this.#errors.focusAfterRender('#thanks');
    else if (!this.#sender.problems.length) this.#errors.focusAfterRender('#send-error');
    if (sent && this.#sender.draft.answer)
      this.dispatchEvent(new WooFeedbackSentEvent(this.#sender.draft.answer as FeedbackAnswer));
  }

  #counter(): TemplateResult {
    const left = MAX_FEEDBACK_TEXT - characters(this.#sender.draft.text);
    const text = left >= 0 ? msg(str`Tekens over: ${left}`) : msg(str`Tekens te veel: ${-left}`);
    // The visible count changes with every key; the live region only once typing pauses near the limit.
    return html`<p class="counter ${left < 0 ? 'counter--over' : ''}" id="text-count" aria-hidden="true">${text}</p>
      <p class="visually-hidden" role="status">${left <= 50 ? text : ''}</p>`;
  }

  #failure(): TemplateResult | typeof nothing {
    const state = this.#sender.state;
    if (state.kind !== 'failed') return nothing;
    const text =
      state.reason === 'busy'
        ? msg(
            `Er zijn veel berichten kort na elkaar verstuurd. Wacht een minuut en probeer het dan opnieuw. \
Uw tekst staat er nog.`,
          )
        : state.reason === 'offline'
          ? msg(
              `U bent niet verbonden met internet. Uw antwoord is niet verstuurd. Uw tekst staat er nog; \
probeer het opnieuw als u weer verbonden bent.`,
            )
          : state.reason === 'not-connected'
            ? msg('Dit formulier is niet aangesloten. Uw antwoord is niet verstuurd.')
            : msg('Uw antwoord is niet verstuurd. Uw tekst staat er nog. Probeer het opnieuw.');
    return html`<div class="send-error" id="send-error" role="alert" tabindex="-1">${text}</div>`;
  }

  #contact(): TemplateResult | typeof nothing {
    const url = this.#contactLink();
    return url
      ? html`<p class="contact">${msg('Wilt u iemand spreken?')} <a href=${url}
        >${msg('Neem contact op met het openbaarheidscentrum')}</a></p>`
      : nothing;
  }

  protected override render() {
    const level = this.headingLevel;
    if (this.#sender.state.kind === 'sent') {
      return html`<section class="feedback" aria-labelledby="thanks">
        ${heading(level, msg('Bedankt voor uw antwoord'), 'thanks', 'thanks')}
        <p>${msg(
          'Wij gebruiken de antwoorden om informatie beter vindbaar te maken. Wij reageren niet op dit bericht.',
        )}</p>
        ${this.#contact()}
      </section>`;
    }
    const d = this.#sender.draft;
    const problems = this.#problems();
    const error = (field: string) => problems.find((e) => e.field === field)?.message;
    const sending = this.#sender.state.kind === 'sending';
    return html`<section class="feedback" aria-labelledby="question">
      ${heading(level, msg('Heeft dit uw vraag beantwoord?'), 'question', 'question')}
      ${errorSummary(problems, this.shadowRoot)}
      <form novalidate @submit=${this.#submit}>
        ${radios({
          id: 'answer',
          label: msg('Kies een antwoord'),
          error: error('answer'),
          value: d.answer,
          onChange: (answer) => this.#sender.change({ answer: answer as FeedbackAnswer }),
          options: [
            {
              value: 'yes',
              label: msg('Ja', {
                desc: 'One of the three answers to: did this answer your question? (yes / partly / no)',
              }),
            },
            {
              value: 'partly',
              label: msg('Deels', {
                desc: 'One of the three answers to: did this answer your question? (yes / partly / no)',
              }),
            },
            {
              value: 'no',
              label: msg('Nee', {
                desc: 'One of the three answers to: did this answer your question? (yes / partly / no)',
              }),
            },
          ],
        })}
        ${textField({
          id: 'text',
          label: msg('Wat zocht u?'),
          optional: true,
          hint: msg(
            `Typ geen persoonlijke gegevens, zoals uw naam, e-mailadres, telefoonnummer of BSN. Wij kunnen \
niet op dit bericht reageren.`,
          ),
          error: error('text'),
          value: d.text,
          multiline: true,
          rows: 3,
          onInput: (text) => this.#sender.change({ text }),
        })}
        ${this.#counter()} ${this.#failure()}
        <div class="button-group">
          <button type="submit" class="button" ?disabled=${sending}>${
            sending ? msg('Bezig met versturen…') : msg('Versturen')
          }</button>
        </div>
      </form>
      ${this.#contact()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-feedback': WooFeedback;
  }
}
