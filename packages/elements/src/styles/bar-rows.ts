import { css } from 'lit';

/**
 * Labelled horizontal bars (the on-time dashboard's outcomes, the effect dashboard's answers): one grid for all rows,
 * each row a subgrid, so every bar's track starts and ends at the same place however wide its label or figure. The
 * bars are mirrored in right-to-left text. A component sets the bar's height and colours.
 */
export const barRowStyles = css`
  .bar-rows {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(4em, 1fr) max-content;
    gap: 0.5em 0.75em;
  }
  .bar-rows li {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .bar-rows__bar {
    display: block;
    inline-size: 100%;
    border: 1px solid var(--_woo-border-color);
  }
  .bar-rows__bar:dir(rtl) {
    transform: scaleX(-1);
  }
`;
