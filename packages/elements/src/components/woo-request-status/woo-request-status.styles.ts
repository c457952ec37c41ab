import { css } from 'lit';

export const styles = css`
  .subject {
    font-size: 1.1em;
  }
  .stage {
    border-inline-start: 5px solid var(--_woo-link-color);
    padding-inline-start: var(--_woo-space);
    margin-block: var(--_woo-space);
  }
  .stage p {
    margin-block: 0.25em;
  }
  .stage--late {
    border-inline-start-color: var(--woo-request-status-late-color, var(--_woo-error-color));
    border-inline-start-style: double;
    border-inline-start-width: 8px;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 3px solid var(--_woo-border-color);
  }
  .timeline__item {
    position: relative;
    padding-inline-start: 1.25em;
    padding-block: 0.4em;
  }
  .timeline__item::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.55em;
    inset-block-start: 0.85em;
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 50%;
    border: 2px solid var(--_woo-border-color);
    background: var(--_woo-background);
  }
  .timeline__item--deadline::before {
    border-radius: 0;
    background: var(--_woo-color);
  }
  .timeline__item--today {
    font-style: italic;
  }
  .timeline__date {
    display: block;
    font-weight: bold;
  }
  .late {
    margin-block-start: calc(var(--_woo-space) * 2);
  }
  .steps li {
    margin-block-end: 0.5em;
  }
  textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .timeline__item::before {
      border-color: CanvasText;
    }
    .timeline__item--deadline::before {
      background: CanvasText;
    }
  }
`;
