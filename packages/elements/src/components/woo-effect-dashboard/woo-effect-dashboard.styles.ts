import { css } from 'lit';

export const styles = css`
  .tile__value {
    overflow-wrap: normal;
  }
  .chart {
    margin: var(--_woo-space) 0;
  }
  .chart__title {
    font-weight: bold;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    padding: 0;
    margin: 0.25em 0 0.5em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend svg {
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid var(--_woo-border-color);
  }
  .stacks {
    margin: 0;
  }
  .stack__bar {
    block-size: 1em;
  }
  /* Three clearly different shades with a light edge between them; the figures beside each bar say the
     same in words. */
  .part {
    stroke: var(--_woo-background);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  .part--yes {
    fill: var(--woo-effect-dashboard-yes, #1a6b35);
  }
  .part--partly {
    fill: var(--woo-effect-dashboard-partly, #8f6a00);
  }
  .part--no {
    fill: var(--woo-effect-dashboard-no, #b3261e);
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
    margin-block: var(--_woo-space);
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_woo-focus-color);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block: 0.5em;
  }
  th,
  td {
    border-block-end: 1px solid var(--_woo-border-color);
    padding: 0.4em 0.6em;
    text-align: end;
  }
  thead th {
    vertical-align: bottom;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  @media (max-width: 30em) {
    .stacks {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .part--yes {
      fill: CanvasText;
    }
    .part--partly {
      fill: GrayText;
    }
    .part--no {
      fill: Canvas;
    }
    .part {
      stroke: CanvasText;
    }
  }
`;
