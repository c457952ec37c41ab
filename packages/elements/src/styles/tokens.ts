import { css } from 'lit';

/**
 * Shared design tokens. Every `--woo-*` property falls back to the NL Design System token where
 * one exists, so a municipality's existing theme applies; the last fallback is a clean default
 * that meets WCAG 2.2 AA contrast on its own.
 */
export const tokens = css`
  :host {
    --_woo-font-family: var(--woo-font-family, var(--utrecht-document-font-family, system-ui, sans-serif));
    --_woo-font-size: var(--woo-font-size, var(--utrecht-document-font-size, 1rem));
    --_woo-line-height: var(--woo-line-height, var(--utrecht-document-line-height, 1.5));
    --_woo-color: var(--woo-color, var(--utrecht-document-color, #1a1a1a));
    --_woo-background: var(--woo-background, var(--utrecht-document-background-color, #ffffff));
    --_woo-muted-color: var(--woo-muted-color, var(--utrecht-paragraph-lead-color, #4a4a4a));
    --_woo-link-color: var(--woo-link-color, var(--utrecht-link-color, #0b57a4));
    --_woo-border-color: var(--woo-border-color, var(--utrecht-border-color, #6b6b6b));
    --_woo-focus-color: var(--woo-focus-color, var(--utrecht-focus-outline-color, #000000));
    --_woo-focus-background: var(--woo-focus-background, var(--utrecht-focus-background-color, #ffdd00));
    --_woo-error-color: var(--woo-error-color, var(--utrecht-feedback-danger-color, #b00020));
    --_woo-radius: var(--woo-radius, var(--utrecht-border-radius, 4px));
    --_woo-space: var(--woo-space, var(--utrecht-space-block-md, 1rem));
    --_woo-heading-font-family: var(--woo-heading-font-family, var(--utrecht-heading-font-family, inherit));

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_woo-color);
    font-family: var(--_woo-font-family);
    font-size: var(--_woo-font-size);
    line-height: var(--_woo-line-height);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_woo-link-color);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_woo-focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_woo-focus-background);
  }
  .h2,
  .h3,
  .h4,
  .h5,
  .h6 {
    font-family: var(--_woo-heading-font-family);
    font-weight: bold;
    line-height: 1.25;
    margin-block: 1.5em 0.5em;
  }
  :host > .h2:first-child,
  :host > .h3:first-child {
    margin-block-start: 0;
  }
  .h2 {
    font-size: 1.5em;
  }
  .h3 {
    font-size: 1.25em;
  }
  .h4,
  .h5,
  .h6 {
    font-size: 1.1em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
