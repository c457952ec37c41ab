import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { tokens } from '../styles/tokens.js';

/**
 * Base class of every woo-kit element: shared design tokens and re-rendering when the page's
 * locale changes (done in the constructor, so elements already in the page when the module loads
 * follow `setLocale()` too).
 */
export class WooElement extends LitElement {
  static override styles = [tokens];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
}
