import { css } from 'lit';
import { formChainDeclarations } from './form-token-chain-css.js';

/**
 * Form styles shared by every component with a form: GOV.UK Frontend's structure with NL Design
 * System tokens. Logical properties only, so right-to-left works; targets of at least 24 × 24 px
 * (WCAG 2.2, 2.5.8); borders rather than colour alone mark errors, so forced-colours mode keeps them.
 */
export const formStyles = css`
  :host {
    ${formChainDeclarations}
  }
  .field {
    margin-block-end: calc(var(--_woo-space) * 1.5);
  }
  .field--error {
    border-inline-start: 5px solid var(--_woo-error-color);
    padding-inline-start: calc(var(--_woo-space) * 0.75);
  }
  .label,
  .legend {
    display: block;
    font-weight: bold;
    margin-block-end: 0.25em;
  }
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .legend {
    padding: 0;
  }
  .optional {
    font-weight: normal;
  }
  .hint {
    color: var(--_woo-muted-color);
    margin-block-end: 0.5em;
  }
  .error-message {
    color: var(--_woo-error-color);
    font-weight: bold;
    margin-block: 0 0.5em;
  }
  .input,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.375em 0.5em;
    border: 2px solid var(--_woo-border-color);
    border-radius: var(--_woo-radius);
    background: var(--_woo-background);
    color: inherit;
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  .input--short {
    max-inline-size: 20em;
  }
  .input--2 {
    inline-size: 3.5em;
  }
  .input--4 {
    inline-size: 5em;
  }
  [aria-invalid='true'] {
    border-color: var(--_woo-error-color);
    border-width: 3px;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }
  .date-part__label {
    font-weight: normal;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: 1.75em 1fr;
    align-items: start;
    column-gap: 0.5em;
  }
  .choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_woo-link-color);
  }
  .choice label {
    cursor: pointer;
  }
  .choice__hint {
    grid-column: 2;
  }
  .button {
    display: inline-block;
    min-block-size: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_woo-radius);
    background: var(--_woo-button-background);
    color: var(--_woo-button-color);
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }
  .button--secondary {
    background: var(--_woo-button-secondary-background);
    color: var(--_woo-button-secondary-color);
    border-color: currentColor;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
    margin-block: var(--_woo-space);
  }
  .error-summary {
    border: 5px solid var(--_woo-error-color);
    padding: var(--_woo-space);
    margin-block-end: calc(var(--_woo-space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_woo-focus-color);
    outline-offset: 0;
  }
  .error-summary__title {
    margin-block: 0 0.5em;
    font-size: 1.25em;
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary__list a {
    color: var(--_woo-error-color);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .field--error,
    .error-summary,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
