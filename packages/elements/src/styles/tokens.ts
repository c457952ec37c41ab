import { css } from 'lit';
import { chainDeclarations } from './token-chain-css.js';

/**
 * Shared design tokens. Every `--woo-*` property falls back to the NL Design System (`--nl-*` candidate,
 * `--basis-*`, `--utrecht-*`; the chains are in token-chains.ts, written out as plain CSS in
 * token-chain-css.ts by scripts/generate-token-chain-css.ts), so a municipality's existing theme applies;
 * the last fallback is a clean default that meets WCAG 2.2 AA contrast on its own. Components read only
 * the private `--_woo-*` properties set here.
 */
export const tokens = css`
  :host {
    ${chainDeclarations}

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
