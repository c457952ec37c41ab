import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface SelectFieldOptions<T extends string> {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  /** `[value, text]` of each option, in order. */
  readonly options: ReadonlyArray<readonly [T, string]>;
  readonly onChange: (value: T) => void;
  /** Text under the field that says what the chosen option means (tied with `aria-describedby`). */
  readonly description?: string | undefined;
  /** Classes of the field's box besides `field`. */
  readonly className?: string;
}

/** A labelled `<select>` whose value follows `value` (also after the visitor changed it). */
export function selectField<T extends string>(f: SelectFieldOptions<T>): TemplateResult {
  const described = f.description ? `${f.id}-description` : undefined;
  return html`<div class="field ${f.className ?? ''}">
    <label class="label" for=${f.id}>${f.label}</label>
    <select
      id=${f.id}
      class="input"
      aria-describedby=${ifDefined(described)}
      .value=${live(f.value)}
      @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value as T)}
    >
      ${f.options.map(([v, text]) => html`<option value=${v} ?selected=${v === f.value}>${text}</option>`)}
    </select>
    ${f.description ? html`<p class="hint filter__description" id=${described}>${f.description}</p>` : nothing}
  </div>`;
}
