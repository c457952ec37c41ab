import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { FieldError } from '../internal/form/error-summary.js';

type Host = ReactiveControllerHost & HTMLElement;

// GOV.UK: the page title shows the number of errors while a form on the page has errors. One title
// for the whole page: the counts of every form on it add up, and the title the page had comes back
// when the last error is gone.
const errorCounts = new Map<FormErrorsController, number>();
let titleWithoutErrors: string | undefined;

function showErrorCountInTitle(): void {
  if (typeof document === 'undefined') return;
  let count = 0;
  for (const n of errorCounts.values()) count += n;
  if (count > 0) {
    titleWithoutErrors ??= document.title;
    document.title = `${msg(str`Fout (${count}):`)} ${titleWithoutErrors}`;
  } else if (titleWithoutErrors !== undefined) {
    document.title = titleWithoutErrors;
    titleWithoutErrors = undefined;
  }
}

/**
 * Gives focus to an element (GOV.UK Frontend's way): one that cannot take focus, such as the error
 * summary or a heading, gets `tabindex="-1"` until it loses focus again.
 */
function focusElement(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

/**
 * The errors of a form (GOV.UK Frontend pattern), shared by every woo-kit form: the list the error
 * summary and the inline messages show, the error count in the page title while there are errors,
 * and moving focus after the next render (to the summary when errors appear, to a heading, a result or
 * a field otherwise).
 */
export class FormErrorsController implements ReactiveController {
  readonly #host: Host;
  #errors: readonly FieldError[] = [];
  /** A selector in the host's shadow root: where focus goes after the next render. */
  #focusTarget: string | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The errors to show, in the order of the form's fields. */
  get errors(): readonly FieldError[] {
    return this.#errors;
  }

  /** The message for one field, if it has an error. */
  messageFor(field: string): string | undefined {
    return this.#errors.find((error) => error.field === field)?.message;
  }

  /** Shows these errors (none clears them); when there are errors, focus goes to the summary. */
  show(errors: readonly FieldError[]): void {
    this.#errors = errors;
    if (errors.length) errorCounts.set(this, errors.length);
    else errorCounts.delete(this);
    showErrorCountInTitle();
    if (errors.length) this.focusAfterRender('.error-summary');
    else this.#host.requestUpdate();
  }

  /**
   * Moves focus to the element `selector` finds in the host's shadow root (`#email`, `.step-heading`)
   * once the host has rendered; a later call wins.
   */
  focusAfterRender(selector: string): void {
    this.#focusTarget = selector;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#focusTarget;
    this.#focusTarget = undefined;
    const root = this.#host.shadowRoot;
    if (target && root) focusElement(root.querySelector<HTMLElement>(target));
  }

  hostDisconnected(): void {
    errorCounts.delete(this);
    showErrorCountInTitle();
  }
}
