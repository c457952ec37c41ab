import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Publication } from '@woo-kit/core';
import type { DeadlineResult } from '@woo-kit/deadlines';
import { checkbox, dateField, radios, textField } from '../../internal/form/fields.js';
import { datePartsToIso } from '../../internal/form/date-parts.js';
import { formatDate } from '../../internal/intl.js';
import { heading } from '../../internal/heading.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import type { Explained } from '../../internal/step-text.js';
import type { RequestReceipt } from '../../events/woo-request-submit.js';
import { matchingPublications, STEPS, type RequestDraft, type Step } from './draft.js';

// The templates of the request form's steps and receipt. Each takes what it shows and the callbacks
// it needs; the element keeps the state (woo-request-form.ts).

/** What every step template gets from the element. */
export interface StepView {
  readonly draft: RequestDraft;
  readonly locale: string;
  readonly headingLevel: number;
  readonly errorFor: (field: string) => string | undefined;
  readonly change: (change: Partial<RequestDraft>) => void;
}

/** The heading of a step (or of the receipt); focus moves to it when the step changes. */
const stepHeading = (view: Pick<StepView, 'headingLevel'>, text: string) =>
  heading(view.headingLevel, text, undefined, 'step-heading');

export function stepCounter(step: Step): TemplateResult {
  const n = STEPS.indexOf(step) + 1;
  const total = STEPS.length;
  return html`<p class="step-counter">${msg(str`Stap ${n} van ${total}`)}</p>`;
}

export function triageStep(view: StepView, questionUrlAttribute: string, questionPhone: string): TemplateResult {
  const d = view.draft;
  const questionUrl = safeHttpUrl(questionUrlAttribute);
  const phoneLink = `tel:${questionPhone.replace(/[^0-9+]/g, '')}`;
  return html`
    ${stepHeading(view, msg('Wat zoekt u?'))}
    <p>
      ${msg(
        `Met een Woo-verzoek vraagt u de gemeente om informatie, zoals documenten, e-mails of verslagen. \
Soms wilt u alleen een antwoord op een vraag. Dan kunt u die vaak sneller stellen.`,
      )}
    </p>
    ${radios({
      id: 'want',
      label: msg('Wat wilt u?'),
      error: view.errorFor('want'),
      value: d.want,
      onChange: (want) => view.change({ want: want as RequestDraft['want'] }),
      options: [
        {
          value: 'answer',
          label: msg('Een antwoord op een vraag'),
          hint: msg('Bijvoorbeeld: waarom wordt mijn straat opengebroken?'),
        },
        {
          value: 'documents',
          label: msg('Documenten of andere informatie'),
          hint: msg('Bijvoorbeeld: de verslagen van overleggen over een nieuwe brug.'),
        },
      ],
    })}
    ${
      d.want === 'answer'
        ? html`<div class="callout" role="region" aria-labelledby="question-route">
          <p id="question-route"><strong>${msg('U kunt uw vraag ook gewoon stellen.')}</strong></p>
          <p>${msg('Dat is vaak sneller dan een Woo-verzoek. Wilt u toch een Woo-verzoek doen? Ga dan verder.')}</p>
          <ul>
            ${questionUrl ? html`<li><a href=${questionUrl}>${msg('Stel uw vraag aan de gemeente')}</a></li>` : nothing}
            ${
              questionPhone
                ? html`<li>
                  ${msg('Bel', { desc: 'Button or link text: call the municipality by phone (imperative)' })}
                  <a href=${phoneLink}>${questionPhone}</a>
                </li>`
                : nothing
            }
          </ul>
        </div>`
        : nothing
    }
  `;
}

export function questionStep(view: StepView, publications: readonly Publication[]): TemplateResult {
  const d = view.draft;
  const matches = matchingPublications(d.subject, publications);
  return html`
    ${stepHeading(view, msg('Welke informatie zoekt u?'))}
    ${textField({
      id: 'subject',
      label: msg('Beschrijf de informatie die u zoekt'),
      hint: msg(
        `Wees zo precies mogelijk. Schrijf over welk onderwerp het gaat, en welke soort stukken u zoekt. \
Bijvoorbeeld: alle e-mails tussen de gemeente en de aannemer over de nieuwe fietsbrug.`,
      ),
      error: view.errorFor('subject'),
      value: d.subject,
      multiline: true,
      rows: 6,
      onInput: (subject) => view.change({ subject }),
    })}
    ${
      matches.length
        ? html`<div class="callout" role="region" aria-labelledby="matches-heading">
          <p id="matches-heading"><strong>${msg('Misschien is de informatie al openbaar')}</strong></p>
          <ul>
            ${matches.map((p) => {
              const url = safeHttpUrl(p.url);
              return html`<li>${url ? html`<a href=${url}>${p.officialTitle}</a>` : p.officialTitle}</li>`;
            })}
          </ul>
        </div>`
        : nothing
    }
    <p class="hint">${msg('Over welke periode gaat het? Dit is niet verplicht.')}</p>
    ${dateField({
      id: 'period-from',
      label: msg('Vanaf', { desc: 'Label of the first date of the period the requested information is about' }),
      optional: true,
      error: view.errorFor('period-from'),
      value: d.periodFrom,
      onInput: (periodFrom) => view.change({ periodFrom }),
    })}
    ${dateField({
      id: 'period-to',
      label: msg('Tot en met', {
        desc: 'Label of the last date (inclusive) of the period the requested information is about',
      }),
      optional: true,
      error: view.errorFor('period-to'),
      value: d.periodTo,
      onInput: (periodTo) => view.change({ periodTo }),
    })}
  `;
}

export function contactStep(view: StepView): TemplateResult {
  const d = view.draft;
  const { errorFor, change } = view;
  return html`
    ${stepHeading(view, msg('Hoe wilt u antwoord krijgen?'))}
    ${radios({
      id: 'reply',
      label: msg('Hoe wilt u antwoord krijgen?'),
      hint: msg('U hoeft uw naam niet te geven. Maar zonder e-mailadres of adres kunnen wij u geen antwoord sturen.'),
      error: errorFor('reply'),
      value: d.reply,
      onChange: (reply) => change({ reply: reply as RequestDraft['reply'] }),
      options: [
        { value: 'email', label: msg('Per e-mail') },
        { value: 'post', label: msg('Per post') },
        { value: 'none', label: msg('Ik wil geen antwoord, en ik blijf anoniem') },
      ],
    })}
    ${
      d.reply !== 'none'
        ? html`${textField({
            id: 'name',
            label: msg('Uw naam'),
            optional: true,
            autocomplete: 'name',
            value: d.name,
            error: errorFor('name'),
            onInput: (name) => change({ name }),
          })}
        ${textField({
          id: 'email',
          label: msg('Uw e-mailadres'),
          optional: d.reply !== 'email',
          type: 'email',
          autocomplete: 'email',
          value: d.email,
          error: errorFor('email'),
          onInput: (email) => change({ email }),
        })}
        ${textField({
          id: 'phone',
          label: msg('Uw telefoonnummer'),
          hint: msg('Dan kunnen wij u bellen als iets niet duidelijk is.'),
          optional: true,
          type: 'tel',
          autocomplete: 'tel',
          width: 'short',
          value: d.phone,
          error: errorFor('phone'),
          onInput: (phone) => change({ phone }),
        })}`
        : nothing
    }
    ${
      d.reply === 'post'
        ? html`${textField({
            id: 'street',
            label: msg('Straat'),
            autocomplete: 'address-line1',
            value: d.street,
            error: errorFor('street'),
            onInput: (street) => change({ street }),
          })}
        ${textField({
          id: 'house-number',
          label: msg('Huisnummer'),
          optional: true,
          width: 'short',
          value: d.houseNumber,
          error: errorFor('house-number'),
          onInput: (houseNumber) => change({ houseNumber }),
        })}
        ${textField({
          id: 'postal-code',
          label: msg('Postcode'),
          autocomplete: 'postal-code',
          width: 'short',
          value: d.postalCode,
          error: errorFor('postal-code'),
          onInput: (postalCode) => change({ postalCode }),
        })}
        ${textField({
          id: 'city',
          label: msg('Woonplaats'),
          autocomplete: 'address-level2',
          value: d.city,
          error: errorFor('city'),
          onInput: (city) => change({ city }),
        })}`
        : nothing
    }
    ${checkbox({
      id: 'consent',
      label: msg(
        'Ik begrijp dat de gemeente mijn verzoek en het besluit openbaar kan maken, zonder mijn naam en adres.',
      ),
      hint: msg(
        `Dat staat in de Wet open overheid (artikel 3.3). Uw gegevens gebruikt de gemeente alleen om uw \
verzoek te behandelen.`,
      ),
      error: errorFor('consent'),
      checked: d.consent,
      onChange: (consent) => change({ consent }),
    })}
  `;
}

/** Why the last send did not reach the municipality, if it did not. */
export type SendProblem = { readonly kind: 'not-connected' } | { readonly kind: 'failed'; readonly offline: boolean };

function sendProblem(problem: SendProblem | undefined): TemplateResult | typeof nothing {
  if (problem?.kind === 'not-connected') {
    return html`<div class="send-error" id="send-error" role="alert" tabindex="-1">
      <p><strong>${msg('Uw verzoek is niet verstuurd.')}</strong></p>
      <p>
        ${msg(
          `Dit formulier is nog niet aangesloten op de gemeente. Uw antwoorden zijn bewaard. Stuur uw \
verzoek per e-mail of post, of neem contact op met de gemeente.`,
        )}
      </p>
    </div>`;
  }
  if (problem?.kind === 'failed') {
    return html`<div class="send-error" id="send-error" role="alert" tabindex="-1">
      <p>
        <strong>
          ${problem.offline ? msg('U bent niet verbonden met internet.') : msg('Het versturen is niet gelukt.')}
        </strong>
      </p>
      <p>
        ${msg(
          `Uw antwoorden zijn bewaard. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens, of \
neem contact op met de gemeente.`,
        )}
      </p>
    </div>`;
  }
  return nothing;
}

/** Check your answers (GOV.UK pattern): every answer with a button that goes back to its field. */
export function checkStep(
  view: StepView,
  problem: SendProblem | undefined,
  goToField: (step: Step, field: string) => void,
): TemplateResult {
  const d = view.draft;
  const from = datePartsToIso(d.periodFrom);
  const to = datePartsToIso(d.periodTo);
  const period = [
    from.ok ? formatDate(from.value, view.locale, 'short') : '…',
    to.ok ? formatDate(to.value, view.locale, 'short') : '…',
  ].join(' – ');
  const replyText = { email: msg('Per e-mail'), post: msg('Per post'), none: msg('Geen antwoord, anoniem'), '': '' }[
    d.reply
  ];
  const row = (label: string, value: string, step: Step, field: string) => html`<div class="summary-row">
    <dt>${label}</dt>
    <dd class="summary-value">${value}</dd>
    <dd class="summary-action">
      <button type="button" class="link-button" @click=${() => goToField(step, field)}>
        ${msg('Wijzig', {
          desc: 'Link on the check-your-answers page: change this answer (imperative)',
        })}<span class="visually-hidden"> ${label}</span>
      </button>
    </dd>
  </div>`;
  const address = d.reply === 'post' ? `${d.street} ${d.houseNumber}, ${d.postalCode} ${d.city}` : '';
  const contact = [d.name, d.email, d.phone, address]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  const want = d.want === 'answer' ? msg('Een antwoord op een vraag') : msg('Documenten of andere informatie');
  return html`
    ${stepHeading(view, msg('Controleer uw verzoek'))}
    <dl class="summary-list">
      ${row(msg('Wat u zoekt'), want, 'triage', 'want')}
      ${row(
        msg('Informatie', {
          desc: 'Row on the check-your-answers page: the information the requester is looking for',
        }),
        d.subject.trim(),
        'question',
        'subject',
      )}
      ${
        from.ok || to.ok
          ? row(
              msg('Periode', {
                desc: 'Row on the check-your-answers page: the period the requested information is about',
              }),
              period,
              'question',
              'period-from',
            )
          : nothing
      }
      ${row(
        msg('Antwoord', {
          desc: 'Row on the check-your-answers page: how the requester wants to receive the answer',
        }),
        replyText,
        'contact',
        'reply',
      )}
      ${contact ? row(msg('Uw gegevens'), contact, 'contact', d.reply === 'post' ? 'street' : 'email') : nothing}
    </dl>
    ${sendProblem(problem)}
  `;
}

export interface ReceiptView {
  readonly receipt: RequestReceipt;
  readonly deadline: DeadlineResult | undefined;
  readonly locale: string;
  readonly headingLevel: number;
  readonly stepText: (step: Explained, locale: string) => string;
}

/** What the person sees after a successful send: reference, dates, how the date was computed. */
export function receiptTemplate({ receipt, deadline, locale, headingLevel, stepText }: ReceiptView): TemplateResult {
  return html`
    ${stepHeading({ headingLevel }, msg('Wij hebben uw verzoek ontvangen'))}
    <dl class="receipt">
      <dt>${msg('Uw kenmerk')}</dt>
      <dd>${receipt.reference}</dd>
      <dt>${msg('Ontvangen op')}</dt>
      <dd>${formatDate(receipt.receivedOn, locale)}</dd>
      ${
        deadline
          ? html`<dt>${msg('De gemeente beslist uiterlijk op')}</dt>
            <dd>${formatDate(deadline.deadline, locale)}</dd>`
          : nothing
      }
    </dl>
    ${
      deadline
        ? html`<p>
            ${msg(
              `De gemeente moet binnen 4 weken beslissen. Soms mag dat 2 weken langer. De termijn staat \
stil als de gemeente u iets moet vragen. Dan hoort u dat.`,
            )}
          </p>
          <details>
            <summary>${msg('Hoe is deze datum berekend?')}</summary>
            <ol>
              ${deadline.steps.map(
                (step) => html`<li>${stepText(step, locale)} <span class="rule">(${step.rule})</span></li>`,
              )}
            </ol>
          </details>`
        : nothing
    }
    ${
      receipt.statusUrl
        ? html`<p class="status-link">
          ${msg(
            `Bewaar deze link goed. Alleen met deze link ziet u hoe het met uw verzoek staat. Deel hem niet \
met anderen.`,
          )}
          <a href=${receipt.statusUrl}>${msg('Bekijk hoe het met uw verzoek staat')}</a>
        </p>`
        : nothing
    }
    <p>${msg('Bewaar uw kenmerk. Dat heeft u nodig als u contact opneemt over uw verzoek.')}</p>
  `;
}
