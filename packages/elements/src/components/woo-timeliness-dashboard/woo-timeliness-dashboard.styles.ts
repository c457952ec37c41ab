import { css } from 'lit';

export const styles = css`
  .tile__target {
    margin-block-start: 0.25em !important;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 0.5em var(--_woo-space);
  }
  .figures div {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    border-block-end: 1px solid var(--_woo-border-color);
    padding-block: 0.25em;
  }
  .figures dt {
    margin: 0;
  }
  .figures dd {
    margin: 0;
    font-weight: bold;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .tile__value,
  .value {
    overflow-wrap: normal;
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0.25em 0 0;
  }
  .legend svg {
    inline-size: 2.5em;
    block-size: 0.75em;
  }
  .chart {
    margin: var(--_woo-space) 0;
  }
  /* The chart keeps a readable size: on a narrow screen it scrolls sideways inside its own box
     (the table below has the same figures and reflows). */
  .chart__scroll,
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
    /* Scroll shadows: a shadow at each edge that has more to scroll to. The two covers move with the
       content (local) and hide a shadow once its edge is reached. */
    background:
      linear-gradient(to right, var(--_woo-background), var(--_woo-background) 30%, transparent)
        left / 2.5em 100% no-repeat local,
      linear-gradient(to left, var(--_woo-background), var(--_woo-background) 30%, transparent)
        right / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), transparent) left / 1em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), transparent) right / 1em 100% no-repeat scroll;
  }
  .chart__scroll > svg {
    min-inline-size: 36em;
  }
  /* The chart runs left to right in every language (its axis is on the left): its box opens at that
     start, also on a right-to-left page, rather than at the last months. */
  .chart__scroll {
    direction: ltr;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    font-size: 12px;
    direction: ltr;
  }
  .grid {
    stroke: var(--_woo-border-color);
    stroke-width: 1;
    opacity: 0.5;
  }
  .axis,
  .value,
  .month {
    fill: var(--_woo-color);
  }
  .axis {
    text-anchor: end;
  }
  .value,
  .month {
    text-anchor: middle;
  }
  .value {
    font-weight: bold;
  }
  .bar-fill {
    fill: var(--woo-timeliness-dashboard-bar, var(--_woo-link-color));
  }
  .bar-fill--under {
    fill: url(#under);
    stroke: var(--woo-timeliness-dashboard-bar, var(--_woo-link-color));
    stroke-width: 2;
  }
  .bar-under-bg {
    fill: var(--_woo-background);
  }
  .bar-under-line {
    stroke: var(--woo-timeliness-dashboard-bar, var(--_woo-link-color));
    stroke-width: 4;
  }
  .bar:focus {
    outline: none;
  }
  .bar-focus {
    fill: none;
    stroke: none;
  }
  .bar:focus-visible .bar-focus,
  .bar--focused:focus .bar-focus {
    stroke: var(--_woo-focus-color);
    stroke-width: 3;
  }
  .target {
    stroke: var(--woo-timeliness-dashboard-target, var(--_woo-color));
    stroke-width: 2;
    stroke-dasharray: 6 4;
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
    white-space: nowrap;
  }
  /* Column headings wrap, so the table fits a laptop's width; on a phone it scrolls in its box. */
  thead th {
    white-space: normal;
    overflow-wrap: normal;
    vertical-align: bottom;
  }
  /* A merged group of months ("december 2025 – januari 2026") may take two lines, so the table fits. */
  th[scope='row'] {
    white-space: normal;
    overflow-wrap: normal;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  .outcome__bar {
    block-size: 0.9em;
  }
  .outcome__fill {
    fill: var(--woo-timeliness-dashboard-bar, var(--_woo-link-color));
  }
  @media (max-width: 30em) {
    .outcomes {
      grid-template-columns: 1fr max-content;
    }
    .outcome__bar {
      display: none;
    }
  }
  @media (forced-colors: active) {
    /* Bars under the target keep their stripes: only the others are filled solid. */
    .bar-fill:not(.bar-fill--under),
    .outcome__fill {
      fill: CanvasText;
      background: CanvasText;
    }
    .bar-under-bg {
      fill: Canvas;
    }
    /* SVG text and lines keep their own colours in forced-colours mode: give them the system ones. */
    .axis,
    .value,
    .month {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .bar-under-line,
    .bar-fill--under {
      stroke: CanvasText;
    }
    .bar:focus-visible .bar-focus {
      stroke: Highlight;
    }
    .target {
      stroke: CanvasText;
    }
  }
`;
