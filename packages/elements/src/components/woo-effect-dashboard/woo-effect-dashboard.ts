import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WooElement } from '../../internal/woo-element.js';
import { barRowStyles } from '../../styles/bar-rows.js';
import { tileStyles } from '../../styles/tiles.js';
import { heading } from '../../internal/heading.js';
import { jsonSource } from '../../controllers/json-source.js';
import { formatNumber } from '../../internal/intl.js';
import { formatMonth } from '../../internal/intl.js';
import { readEffect, shares, sumBy, totalOf, type AnswerCounts, type EffectData } from './effect-model.js';
import { styles } from './woo-effect-dashboard.styles.js';

/**
 * What openness achieves, next to the on-time figures of `<woo-timeliness-dashboard>`: whether people
 * got an answer (yes / partly / no from `<woo-feedback>`) per page kind and per month, questions
 * answered without a formal Woo request, the terms people searched for and did not find (only terms
 * seen on at least 5 different days), satisfaction by the outcome of a decision and by the time
 * from request to decision. Every chart has its figures in a table too; bars carry patterns, not
 * colour alone. Give `src` the URL of `GET /api/effect` (@woo-kit/server), or set `figures`.
 *
 * @cssprop --woo-effect-dashboard-yes - colour of the "yes" part of a bar
 * @cssprop --woo-effect-dashboard-partly - colour of the "partly" part
 * @cssprop --woo-effect-dashboard-no - colour of the "no" part
 *
 * @tagname woo-effect-dashboard
 */
export class WooEffectDashboard extends WooElement {
  static override styles = [...WooElement.styles, tileStyles, barRowStyles, styles];

  /** URL of the figures (`/api/effect`); used when `figures` is not set. */
  @property() src = '';
  /** The figures themselves (the JSON of `GET /api/effect`). */
  @property({ attribute: false }) figures: unknown;
  /** Heading level of the component's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #source = jsonSource(this, () => (this.figures ? '' : this.src), readEffect);

  #percent(share: number | null | undefined): string {
    return share === null || share === undefined ? '–' : formatNumber(share, this.locale, 0, true);
  }

  #pageKindLabel(kind: string): string {
    const labels: Record<string, string> = {
      publication: msg('Publicaties'),
      decision: msg('Besluiten op Woo-verzoeken'),
      search: msg('Zoeken'),
      'request-status': msg('Status van een verzoek'),
      'request-form': msg('Verzoekformulier'),
    };
    return labels[kind] ?? msg('Andere pagina’s');
  }

  #outcomeLabel(outcome: string): string {
    const labels: Record<string, string> = {
      disclosed: msg('Informatie gegeven'),
      partlyDisclosed: msg('Deels gegeven'),
      refused: msg('Geweigerd'),
      notHeld: msg('Informatie niet aanwezig'),
      alreadyPublic: msg('Al openbaar'),
      notHandled: msg('Niet behandeld'),
    };
    return labels[outcome] ?? outcome;
  }

  #timeLabel(group: string): string {
    const labels: Record<string, string> = {
      'within-4-weeks': msg('Binnen 4 weken'),
      'within-6-weeks': msg('Binnen 6 weken'),
      'within-8-weeks': msg('Binnen 8 weken'),
      longer: msg('Langer dan 8 weken'),
    };
    return labels[group] ?? group;
  }

  /**
   * One row of a chart: label, a bar of three parts (drawn with SVG attributes, so a strict CSP
   * allows it), and the figures in words.
   */
  #stack(label: string, c: AnswerCounts): TemplateResult {
    const s = shares(c);
    const yes = (s?.yes ?? 0) * 100;
    const partly = (s?.partly ?? 0) * 100;
    const figures = s
      ? msg(
          str`${this.#percent(s.yes)} ja, ${this.#percent(s.partly)} deels, ${this.#percent(s.no)} nee (${totalOf(c)})`,
        )
      : msg('nog geen antwoorden');
    return html`<li><span class="stack__label">${label}</span><svg class="bar-rows__bar stack__bar" aria-hidden="true"
      viewBox="0 0 100 10" preserveAspectRatio="none"><rect class="part part--yes" width=${yes} height="10"></rect><rect
      class="part part--partly" x=${yes} width=${partly} height="10"></rect><rect class="part part--no"
      x=${yes + partly} width=${Math.max(0, 100 - yes - partly)} height="10"></rect></svg><span class="stack__value"
      >${figures}</span></li>`;
  }

  #legend(): TemplateResult {
    const key = (part: string, text: string) =>
      html`<li><svg aria-hidden="true" viewBox="0 0 10 10"><rect class="part part--${part}" width="10" height="10"
        ></rect></svg>${text}</li>`;
    return html`<ul class="legend" aria-hidden="true">
      ${key(
        'yes',
        msg('ja', { desc: 'Legend: share of people who answered yes' }),
      )}${key('partly', msg('deels'))}${key('no', msg('nee'))}
    </ul>`;
  }

  #chart(title: string, rows: readonly { label: string; counts: AnswerCounts }[]): TemplateResult {
    return html`<figure class="chart">
      <figcaption class="chart__title">${title}</figcaption>
      ${this.#legend()}
      <ul class="bar-rows stacks">${rows.map((r) => this.#stack(r.label, r.counts))}</ul>
    </figure>`;
  }

  #table(
    id: string,
    caption: string,
    head: readonly string[],
    rows: readonly (readonly (string | number)[])[],
  ): TemplateResult {
    return html`<div class="table-wrap" role="region" aria-labelledby=${id} tabindex="0"><table><caption id=${id}
      >${caption}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody
      >${rows.map(
        ([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((v) => html`<td>${v}</td>`)}</tr>`,
      )}</tbody></table></div>`;
  }

  #answerRow(label: string, c: AnswerCounts): (string | number)[] {
    const s = shares(c);
    return [label, totalOf(c), this.#percent(s?.yes), this.#percent(s?.partly), this.#percent(s?.no)];
  }

  #renderFigures(d: EffectData): TemplateResult {
    const sub = this.headingLevel + 1;
    const answerHead = [
      msg('Antwoorden'),
      msg('Ja', { desc: 'One of the three answers to: did this answer your question? (yes / partly / no)' }),
      msg('Deels', { desc: 'One of the three answers to: did this answer your question? (yes / partly / no)' }),
      msg('Nee', { desc: 'One of the three answers to: did this answer your question? (yes / partly / no)' }),
    ];
    const kinds = sumBy(d.perKindAndMonth, (r) => r.pageKind).map((k) => ({
      label: this.#pageKindLabel(k.key),
      counts: k.counts,
    }));
    const months = sumBy(
      [...d.perKindAndMonth].sort((a, b) => a.month.localeCompare(b.month)),
      (r) => r.month,
    ).map((m) => ({ label: formatMonth(m.key, this.locale), counts: m.counts }));
    const s = shares(d.total);
    const withoutRequest = d.requestChoices.reduce((n, m) => n + m.answeredWithoutRequest, 0);
    return html`
      ${heading(this.headingLevel, msg('Vonden mensen wat ze zochten?'))}
      <div class="tiles">
        <div class="tile"><p class="tile__label">${msg('Antwoord gevonden')}</p><p class="tile__value"
          >${this.#percent(s?.yes)}</p><p class="tile__detail">${msg(
            str`Aantal antwoorden: ${totalOf(d.total)}`,
          )}</p></div>
        <div class="tile"><p class="tile__label">${msg(
          'Vragen beantwoord zonder Woo-verzoek',
        )}</p><p class="tile__value">${withoutRequest}</p></div>
      </div>
      ${heading(sub, msg('Per soort pagina'))}
      ${
        totalOf(d.total)
          ? this.#chart(msg('Heeft dit uw vraag beantwoord? Per soort pagina'), kinds)
          : html`<p
        >${msg('Er zijn nog geen antwoorden.')}</p>`
      }
      ${heading(sub, msg('Per maand'))}
      ${months.length ? this.#chart(msg('Heeft dit uw vraag beantwoord? Per maand'), months) : nothing}
      ${this.#table(
        't-kind-month',
        msg('Antwoorden per maand en soort pagina'),
        [msg('Maand en pagina'), ...answerHead],
        d.perKindAndMonth.map((r) =>
          this.#answerRow(`${formatMonth(r.month, this.locale)}: ${this.#pageKindLabel(r.pageKind)}`, r),
        ),
      )}
      ${heading(sub, msg('Een vraag of een Woo-verzoek?'))}
      <p>${msg(
        `In het verzoekformulier kiezen mensen eerst: een antwoord op een vraag, of documenten. Wie een vraag \
heeft, krijgt de weg naar een medewerker. Telt per maand.`,
      )}</p>
      ${this.#table(
        't-choices',
        msg('Keuzes in het verzoekformulier per maand'),
        [
          msg('Maand'),
          msg('Een antwoord op een vraag'),
          msg('Documenten'),
          msg('Toch een Woo-verzoek na een vraag'),
          msg('Beantwoord zonder Woo-verzoek'),
        ],
        d.requestChoices.map((m) => [
          formatMonth(m.month, this.locale),
          m.answer,
          m.documents,
          m.answerThenRequest,
          m.answeredWithoutRequest,
        ]),
      )}
      ${heading(sub, msg('Wat mensen zochten en niet vonden'))}
      <p>${msg(
        str`Zoekwoorden die niets vonden, of waarna niets werd geopend. Een woord staat hier pas als het op \
${d.minimumDays} verschillende dagen is gezocht. Zo blijft een zoekopdracht van één persoon uit beeld.`,
      )}</p>
      ${
        d.missedTerms.length
          ? this.#table(
              't-terms',
              msg('Zoekwoorden die vaak niets opleverden'),
              [msg('Zoekwoord'), msg('Dagen'), msg('Niets gevonden'), msg('Niets geopend')],
              d.missedTerms.map((t) => [t.term, t.days, t.noResults, t.nothingOpened]),
            )
          : html`<p>${msg('Nog geen zoekwoorden boven de drempel.')}</p>`
      }
      ${heading(sub, msg('Besluiten: tevredenheid per uitkomst'))}
      ${
        d.byOutcome.length
          ? this.#chart(
              msg('Heeft het besluit uw vraag beantwoord? Per uitkomst'),
              d.byOutcome.map((o) => ({ label: this.#outcomeLabel(o.outcome), counts: o })),
            )
          : html`<p>${msg('Nog geen antwoorden onder besluiten.')}</p>`
      }
      ${
        d.byOutcome.length
          ? this.#table(
              't-outcome',
              msg('Antwoorden onder besluiten, per uitkomst'),
              [msg('Uitkomst'), ...answerHead],
              d.byOutcome.map((o) => this.#answerRow(this.#outcomeLabel(o.outcome), o)),
            )
          : nothing
      }
      ${heading(sub, msg('Tijd tot het besluit en tevredenheid'))}
      ${
        d.byDecisionTime.length
          ? html`${this.#chart(
              msg('Heeft het besluit uw vraag beantwoord? Per tijd tot het besluit'),
              d.byDecisionTime.map((t) => ({ label: this.#timeLabel(t.decisionTime), counts: t })),
            )}
          ${this.#table(
            't-time',
            msg('Antwoorden onder besluiten, per tijd van verzoek tot besluit'),
            [msg('Tijd tot het besluit'), ...answerHead],
            d.byDecisionTime.map((t) => this.#answerRow(this.#timeLabel(t.decisionTime), t)),
          )}`
          : html`<p>${msg('Nog geen antwoorden onder besluiten.')}</p>`
      }
    `;
  }

  protected override render() {
    if (this.figures) {
      try {
        return this.#renderFigures(readEffect(this.figures));
      } catch {
        return html`<p role="alert">${msg('De cijfers konden niet worden geladen. Probeer het later opnieuw.')}</p>`;
      }
    }
    return this.#source.render({
      initial: () =>
        html`${heading(this.headingLevel, msg('Vonden mensen wat ze zochten?'))}<p
          >${msg('Er zijn nog geen antwoorden.')}</p>`,
      pending: () => html`<p role="status">${msg('De cijfers worden geladen…')}</p>`,
      complete: (d) => (d ? this.#renderFigures(d) : nothing),
      error: () =>
        html`<p role="alert">${msg('De cijfers konden niet worden geladen. Probeer het later opnieuw.')}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-effect-dashboard': WooEffectDashboard;
  }
}
