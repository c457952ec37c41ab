import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The heading level to use: a whole number from 2 to 6 (1 is the page's own). */
export const clampLevel = (level: number): number => Math.min(6, Math.max(2, Math.round(level) || 2));

/** A real heading element (`h2` … `h6`) of a configurable level, so it fits the page's outline. */
export function heading(level: number, content: unknown, id?: string, className = ''): TemplateResult {
  switch (clampLevel(level)) {
    case 2:
      return html`<h2 id=${ifDefined(id)} class="h2 ${className}">${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class="h3 ${className}">${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class="h4 ${className}">${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class="h5 ${className}">${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class="h6 ${className}">${content}</h6>`;
  }
}
