import { css } from 'lit';

export const styles = css`
  .step-counter {
    color: var(--_woo-muted-color);
    margin-block: 0 0.25em;
  }
  .step-heading:focus {
    outline: none;
  }
  .callout {
    border-inline-start: 5px solid var(--_woo-link-color);
    padding: 0.5em var(--_woo-space);
    margin-block: var(--_woo-space);
    background: var(--woo-request-form-callout-background, transparent);
  }
  .callout p {
    margin-block: 0.25em;
  }
  .summary-list,
  .receipt {
    margin: 0 0 var(--_woo-space);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(8em, 30%) 1fr auto;
    gap: 0.5em 1em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_woo-border-color);
  }
  .summary-row dt {
    font-weight: bold;
  }
  .summary-row dd {
    margin: 0;
  }
  /* What the person typed keeps its line breaks (the markup around it is not pre-wrap). */
  .summary-value {
    white-space: pre-wrap;
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0.25em;
    min-block-size: 24px;
    color: var(--_woo-link-color);
    text-decoration: underline;
    font: inherit;
    cursor: pointer;
  }
  .receipt {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5em 1em;
  }
  .receipt dt {
    font-weight: bold;
  }
  .receipt dd {
    margin: 0;
  }
  .send-error {
    border: 5px solid var(--_woo-error-color);
    padding: var(--_woo-space);
  }
  .rule {
    color: var(--_woo-muted-color);
  }
  @media (max-width: 30em) {
    .summary-row,
    .receipt {
      grid-template-columns: 1fr;
    }
  }
`;
