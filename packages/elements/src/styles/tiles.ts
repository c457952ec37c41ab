import { css } from 'lit';

/**
 * Key figures as tiles (the on-time dashboard and the effect dashboard): a label, a large value and a
 * detail line, in a grid that wraps to one column on a phone.
 */
export const tileStyles = css`
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_woo-space);
    margin-block: var(--_woo-space);
  }
  .tile {
    border: 2px solid var(--_woo-border-color);
    border-radius: var(--_woo-radius);
    padding: calc(var(--_woo-space) * 0.75);
  }
  .tile p {
    margin: 0;
  }
  .tile__label {
    font-weight: bold;
  }
  .tile__value {
    font-size: 2em;
    font-weight: bold;
    line-height: 1.2;
  }
`;
