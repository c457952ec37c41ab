import { css } from 'lit';

export const styles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .search .input {
    flex: 1 1 12em;
    inline-size: auto;
  }
  .filters {
    margin-block-end: var(--_woo-space);
  }
  .filters > .legend {
    font-size: 1.1em;
    margin-block-end: 0.5em;
  }
  .filters__grid,
  .filters__dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    column-gap: var(--_woo-space);
  }
  select.input {
    padding-inline-end: 2em;
  }
  .filter .input {
    max-inline-size: 100%;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_woo-space);
    align-items: end;
    justify-content: space-between;
    border-block-end: 2px solid var(--_woo-border-color);
    padding-block-end: 0.5em;
  }
  .count {
    margin: 0;
  }
  .count:focus {
    outline: 3px solid var(--_woo-focus-color);
    outline-offset: 2px;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .sort .label {
    margin: 0;
  }
  .sort .input {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .result {
    /* Rows outside the viewport skip layout and paint until they scroll near (they stay in the
       accessibility tree and in find-in-page). */
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
    padding-block: var(--_woo-space);
    border-block-end: 1px solid var(--woo-publications-result-border-color, var(--_woo-border-color));
  }
  .result__title {
    margin-block: 0 0.25em;
    font-size: 1.15em;
  }
  /* WCAG 2.2 2.5.8: the title link is a target of at least 24 px high in every engine (WebKit's font
     metrics make a line of this size 21 px high, next to the dossier links below it). */
  .result__title a {
    display: inline-block;
    min-block-size: 24px;
  }
  .result__description {
    margin-block: 0 0.5em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
    color: var(--_woo-muted-color);
  }
  .meta dt {
    display: inline;
    font-weight: bold;
  }
  .meta dt::after {
    content: ': ';
  }
  .meta dd {
    display: inline;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta__parts {
    flex-basis: 100%;
  }
  .meta__parts dd {
    display: block;
  }
  .parts {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  /* WCAG 2.2 2.5.8: links in a list get a target of at least 24 px high. */
  .parts li {
    line-height: 1.5;
  }
  .parts li + li {
    margin-block-start: 0.25em;
  }
  .parts a {
    display: inline-block;
    min-block-size: 24px;
  }
  .parts__more {
    margin: 0.25em 0 0;
  }
  .filter__description {
    margin-block: 0.25em 0;
  }
  .notice,
  .problem {
    border-inline-start: 5px solid var(--_woo-error-color);
    padding-inline-start: 0.75em;
  }
  .problem {
    font-weight: bold;
  }
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: var(--_woo-space) 0 0;
    padding: 0;
  }
  .pagination a {
    display: inline-block;
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    text-align: center;
    border: 1px solid transparent;
  }
  .pagination a[aria-current='page'] {
    border: 2px solid currentColor;
    background: var(--woo-publications-current-page-background, transparent);
    font-weight: bold;
    text-decoration: none;
  }
  .pagination__gap {
    padding: 0.5em 0.25em;
  }
  @media (forced-colors: active) {
    .notice,
    .problem,
    .summary,
    .result {
      border-color: CanvasText;
    }
  }
`;
