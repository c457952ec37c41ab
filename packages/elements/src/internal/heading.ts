import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The heading level to use: a whole number from 2 to 6 (1 is the page's own). */
export const clampLevel = (level: number): number => Math.min(6, Math.max(2, Math.round(level) || 2));

/** A real heading element (`h2` … `h6`) of a configurable level, so it fits the page's outline. */
export function heading(level: number, content: unknown, id?: string, className = ''): TemplateResult {
  const n = clampLevel(level);
  // The same class as the element's name (`h3`), for the shared heading styles (styles/tokens.ts).
  const c = `h${n} ${className}`;
  const i = ifDefined(id);
  return n < 3
    ? html`<h2 id=${i} class=${c}>${content}</h2>`
    : n < 4
      ? html`<h3 id=${i} class=${c}>${content}</h3>`
      : n < 5
        ? html`<h4 id=${i} class=${c}>${content}</h4>`
        : n < 6
          ? html`<h5 id=${i} class=${c}>${content}</h5>`
          : html`<h6 id=${i} class=${c}>${content}</h6>`;
}
