import { css } from 'lit';

export const styles = css`
  .card {
    border: 1px solid var(--woo-contact-border-color, var(--_woo-border-color));
    border-radius: var(--woo-contact-radius, var(--_woo-radius));
    background: var(--woo-contact-background, var(--_woo-background));
    padding: var(--woo-contact-padding, var(--_woo-space));
  }
  #heading {
    font-size: var(--woo-contact-heading-size, 1.25em);
    margin-block: 0 0.5em;
  }
  .ways__title {
    font-size: 1.1em;
    margin-block: 1em 0.25em;
  }
  .ways,
  .hours {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* Targets 24 px apart also when a theme sets a tight line height (WCAG 2.2, 2.5.8). */
  .ways > li + li {
    margin-block-start: 0.5em;
  }
  .hours {
    list-style: none;
    padding: 0;
  }
  .problem {
    border-inline-start: 5px solid var(--_woo-error-color);
    padding-inline-start: 0.75em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  address {
    font-style: normal;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.5em;
    }
  }
`;
