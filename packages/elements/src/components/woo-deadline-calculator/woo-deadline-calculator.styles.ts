import { css } from 'lit';

export const styles = css`
  h2 {
    font-size: 1.5em;
    margin-block: 0 0.5em;
  }
  h3 {
    font-size: 1.2em;
    margin-block: 1.5em 0.5em;
  }
  .suspension {
    border: 1px solid var(--_woo-border-color);
    border-radius: var(--_woo-radius);
    padding: var(--_woo-space);
    margin-block-end: var(--_woo-space);
  }
  .suspension > .fieldset > .legend {
    font-size: 1.1em;
  }
  .result {
    margin-block-start: calc(var(--_woo-space) * 2);
    border-block-start: 4px solid var(--woo-deadline-calculator-accent, var(--_woo-link-color));
    padding-block-start: var(--_woo-space);
  }
  .result:focus {
    outline: none;
  }
  .deadline {
    font-size: 1.5em;
    font-weight: bold;
    margin-block: 0 0.5em;
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  .steps li {
    margin-block-end: 0.75em;
  }
  .rule {
    color: var(--_woo-muted-color);
    white-space: nowrap;
  }
  .alternative {
    border-inline-start: 5px solid var(--_woo-border-color);
    padding-inline-start: var(--_woo-space);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(10em, max-content) 1fr;
    gap: 0.5em 1em;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
`;
