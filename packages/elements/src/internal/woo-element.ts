import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { tokens } from '../styles/tokens.js';
import { ensureLocale, getLocale, isLocaleReady, matchLocale, withLocale } from './locale-runtime.js';

/** The `lang` that applies to a node: its own, else its nearest ancestor's, across shadow roots. */
export function inheritedLang(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof HTMLElement && current.lang) return current.lang;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return '';
}

/**
 * Base class of every woo-kit element: shared design tokens, re-rendering when the page locale
 * changes (set up in the constructor, so elements already in the page when the module loads follow
 * too), and a locale of its own when the element, or a part of the page around it, has another
 * `lang` than the page.
 */
export class WooElement extends LitElement {
  static override styles = [tokens];

  /** Language of this element; empty means: the language of the page around it. */
  @property({ reflect: true }) override lang = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The woo-kit locale this element renders in (`nl`, `en`, …). */
  get locale(): string {
    const lang = inheritedLang(this);
    return lang ? matchLocale(lang) : getLocale();
  }

  protected override update(changed: PropertyValues): void {
    const locale = this.locale;
    if (!isLocaleReady(locale)) {
      // Render in the page locale now, and again as soon as this element's own locale has loaded.
      ensureLocale(locale).then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
    withLocale(locale, () => super.update(changed));
  }
}
