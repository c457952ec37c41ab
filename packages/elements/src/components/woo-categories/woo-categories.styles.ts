import { css } from 'lit';

export const styles = css`
  .summary {
    border: 2px solid var(--woo-categories-border-color, var(--_woo-border-color));
    border-inline-start-width: 8px;
    padding: 0.75em var(--_woo-space);
    margin-block: var(--_woo-space);
  }
  .summary--missing {
    border-color: var(--woo-categories-missing-color, var(--_woo-error-color));
    border-style: double;
    border-width: 6px;
    border-inline-start-width: 10px;
  }
  .summary p {
    margin-block: 0.25em;
  }
  .summary__title {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
    vertical-align: middle;
  }
  .summary--missing .icon,
  .missing .icon {
    color: var(--woo-categories-missing-color, var(--_woo-error-color));
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_woo-space);
  }
  .category {
    border: 1px solid var(--woo-categories-border-color, var(--_woo-border-color));
    border-inline-start-width: 5px;
    border-radius: var(--_woo-radius);
    padding: 0.75em var(--_woo-space);
  }
  .category--missing {
    border: 4px double var(--woo-categories-missing-color, var(--_woo-error-color));
    border-inline-start-width: 10px;
  }
  .category--not-applicable {
    border-style: dashed;
    color: var(--_woo-muted-color);
  }
  .category__title {
    margin-block: 0 0.25em;
  }
  .category p {
    margin-block: 0.25em 0.5em;
  }
  .category__article {
    color: var(--_woo-muted-color);
    font-size: 0.95em;
  }
  .category__facts {
    margin: 0;
  }
  .category__facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .category__facts dt {
    font-weight: bold;
  }
  .category__facts dd {
    margin: 0;
  }
  .missing {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  .problem {
    border-inline-start: 5px solid var(--_woo-error-color);
    padding-inline-start: 0.75em;
  }
  @media (forced-colors: active) {
    .summary,
    .category,
    .problem {
      border-color: CanvasText;
    }
    .icon,
    .summary--missing .icon,
    .missing .icon {
      color: CanvasText;
    }
  }
`;
