import { css } from 'lit';

export const styles = css`
  .answer {
    border-inline-start: 5px solid var(--_woo-link-color);
    padding-inline-start: var(--_woo-space);
    margin-block: var(--_woo-space);
  }
  .answer__text {
    font-size: 1.15em;
    margin-block: 0 0.5em;
  }
  .answer__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: var(--_woo-space);
    margin: 0 0 var(--_woo-space);
  }
  .count {
    border: 1px solid var(--_woo-border-color);
    border-radius: var(--_woo-radius);
    padding: 0.5em 0.75em;
  }
  .count dt {
    font-weight: bold;
  }
  .count dd {
    margin: 0;
    font-size: 1.5em;
  }
  .closed {
    border-inline-start: 5px double var(--woo-decision-closed-color, var(--_woo-border-color));
    padding-inline-start: var(--_woo-space);
    margin-block: calc(var(--_woo-space) * 2);
  }
  .ground {
    margin-block-end: calc(var(--_woo-space) * 1.5);
  }
  .ground__article {
    display: block;
    font-size: 0.85em;
    color: var(--_woo-muted-color);
  }
  .ground__kind {
    font-style: italic;
  }
  .ground__weighing {
    border: 1px solid var(--_woo-border-color);
    border-radius: var(--_woo-radius);
    padding: 0.5em 0.75em;
  }
  .ground__weighing p {
    margin-block: 0.25em;
  }
  .ground__weighing-label {
    font-weight: bold;
  }
  .link-button {
    display: inline;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_woo-link-color);
    text-decoration: underline;
    font: inherit;
    cursor: pointer;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0 var(--_woo-space);
  }
  .status:focus {
    outline: 3px solid var(--_woo-focus-color, currentColor);
  }
  .table-box {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .table-box:focus-visible {
    outline: 3px solid var(--_woo-focus-color, currentColor);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border-block-end: 1px solid var(--_woo-border-color);
  }
  tbody tr {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  .attachment td:first-child {
    padding-inline-start: 2em;
  }
  .attachment__mark,
  .document-id,
  .note {
    color: var(--_woo-muted-color);
  }
  .document-id,
  .note {
    display: block;
    font-size: 0.9em;
  }
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: var(--_woo-space) 0 0;
    padding: 0;
  }
  .page {
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_woo-border-color);
    border-radius: var(--_woo-radius);
    background: var(--_woo-background);
    color: var(--_woo-link-color);
    font: inherit;
    cursor: pointer;
  }
  .page[aria-current='page'] {
    border: 2px solid currentColor;
    color: inherit;
    font-weight: bold;
  }
  .next {
    padding-inline-start: 1.25em;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  @media (forced-colors: active) {
    .answer,
    .closed,
    .count,
    .ground__weighing,
    .page {
      border-color: CanvasText;
    }
    .link-button,
    .page {
      color: LinkText;
    }
  }
`;
