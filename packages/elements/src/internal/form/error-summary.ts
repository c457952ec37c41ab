import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** One error in a form: the id of the control it is about, and the message to show. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * The error summary above a form (GOV.UK Frontend pattern): a heading and a link per error.
 * Activating a link moves focus to the control and scrolls its label into view. The host focuses
 * the summary once when it appears, with a `tabindex="-1"` that goes again when it loses focus
 * (controllers/form-errors.ts).
 */
export function errorSummary(errors: readonly FieldError[], root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const jump = (event: Event, field: string) => {
    event.preventDefault();
    focusField(root, field);
  };
  return html`
    <div class="error-summary" part="error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary__title">${msg('Er is een probleem')}</h2>
      <ul class="error-summary__list">
        ${errors.map(
          (error) => html`<li><a href="#${error.field}" @click=${(event: Event) =>
            jump(event, error.field)}>${error.message}</a
              ></li>`,
        )}
      </ul>
    </div>
  `;
}

/** Moves focus to a control and scrolls its label (or legend) into view, as GOV.UK does. */
export function focusField(root: ShadowRoot | null, id: string): void {
  const control = root?.getElementById(id);
  if (!(control instanceof HTMLElement)) return;
  const legend = control.closest('fieldset')?.querySelector('legend');
  const label = root?.querySelector(`label[for="${CSS.escape(id)}"]`) ?? legend ?? control;
  label.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}
