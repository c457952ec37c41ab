import { css } from 'lit';

export const styles = css`
  .feedback {
    border-block-start: 2px solid var(--woo-feedback-border-color, var(--_woo-border-color));
    padding-block-start: var(--_woo-space);
  }
  .question,
  .thanks {
    font-size: 1.25em;
    margin-block: 0 0.5em;
  }
  .thanks:focus {
    outline: 3px solid var(--_woo-focus-color);
    outline-offset: 2px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  textarea {
    inline-size: 100%;
    max-inline-size: 40em;
    box-sizing: border-box;
  }
  .counter {
    color: var(--_woo-muted-color);
    margin-block: -0.5em 0.5em;
  }
  .counter--over {
    color: var(--_woo-error-color);
    font-weight: bold;
  }
  .send-error {
    border-inline-start: 5px solid var(--_woo-error-color);
    padding-inline-start: 0.75em;
    margin-block: var(--_woo-space);
  }
  .send-error:focus {
    outline: 3px solid var(--_woo-focus-color);
    outline-offset: 2px;
  }
  .contact {
    margin-block: var(--_woo-space) 0;
  }
  @media (forced-colors: active) {
    .send-error,
    .feedback {
      border-color: CanvasText;
    }
  }
`;
