import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { DateParts } from './date-parts.js';

// Form field templates in the GOV.UK Frontend pattern. Label, hint, control and inline error live
// in the same shadow root, so `for` and `aria-describedby` references resolve. The inline error
// starts with a visually hidden "Invoerfout:" for screen reader users.

interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly optional?: boolean;
}

const describedBy = (f: FieldBase): string | undefined =>
  [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;

const labelText = (f: FieldBase) =>
  f.optional ? html`${f.label} <span class="optional">${msg('(niet verplicht)')}</span>` : f.label;

export const hint = (f: FieldBase) => (f.hint ? html`<div class="hint" id="${f.id}-hint">${f.hint}</div>` : nothing);

export const inlineError = (f: FieldBase) =>
  f.error
    ? html`<p class="error-message" id="${f.id}-error"><span class="visually-hidden">${msg('Invoerfout:', {
        desc: `Visually hidden prefix read by screen \
readers before the error message of a field`,
      })}</span> ${f.error}</p>`
    : nothing;

export interface TextFieldOptions extends FieldBase {
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'email' | 'tel' | 'url';
  readonly autocomplete?: string;
  readonly inputmode?: string;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly width?: 'full' | 'short';
}

export function textField(f: TextFieldOptions): TemplateResult {
  const input = (event: Event) => f.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`
    <div class="field ${f.error ? 'field--error' : ''}">
      <label class="label" for=${f.id}>${labelText(f)}</label>
      ${hint(f)} ${inlineError(f)}
      ${
        f.multiline
          ? html`<textarea
            id=${f.id}
            name=${f.id}
            rows=${f.rows ?? 5}
            aria-describedby=${ifDefined(describedBy(f))}
            aria-invalid=${f.error ? 'true' : 'false'}
            .value=${live(f.value)}
            @input=${input}
          ></textarea>`
          : html`<input
            id=${f.id}
            name=${f.id}
            class=${f.width === 'short' ? 'input input--short' : 'input'}
            type=${f.type ?? 'text'}
            autocomplete=${ifDefined(f.autocomplete)}
            inputmode=${ifDefined(f.inputmode)}
            spellcheck=${f.type && f.type !== 'text' ? 'false' : 'true'}
            aria-describedby=${ifDefined(describedBy(f))}
            aria-invalid=${f.error ? 'true' : 'false'}
            .value=${live(f.value)}
            @input=${input}
          />`
      }
    </div>
  `;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

export interface RadiosOptions extends FieldBase {
  readonly options: readonly ChoiceOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Radio buttons in a fieldset; the first radio carries the field id, so error links reach it. */
export function radios(f: RadiosOptions): TemplateResult {
  return html`
    <div class="field ${f.error ? 'field--error' : ''}">
      <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(f))}>
        <legend class="legend">${labelText(f)}</legend>
        ${hint(f)} ${inlineError(f)}
        <div class="choices">
          ${f.options.map((option, index) => {
            const id = index === 0 ? f.id : `${f.id}-${option.value}`;
            return html`<div class="choice">
              <input
                type="radio"
                id=${id}
                name=${f.id}
                .value=${option.value}
                .checked=${live(f.value === option.value)}
                aria-describedby=${ifDefined(option.hint ? `${id}-hint` : undefined)}
                @change=${() => f.onChange(option.value)}
              />
              <label for=${id}>${option.label}</label>
              ${option.hint ? html`<div class="hint choice__hint" id="${id}-hint">${option.hint}</div>` : nothing}
            </div>`;
          })}
        </div>
      </fieldset>
    </div>
  `;
}

export interface CheckboxOptions extends FieldBase {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function checkbox(f: CheckboxOptions): TemplateResult {
  return html`
    <div class="field ${f.error ? 'field--error' : ''}">
      ${inlineError(f)}
      <div class="choice">
        <input
          type="checkbox"
          id=${f.id}
          name=${f.id}
          .checked=${live(f.checked)}
          aria-describedby=${ifDefined(describedBy(f))}
          aria-invalid=${f.error ? 'true' : 'false'}
          @change=${(event: Event) => f.onChange((event.target as HTMLInputElement).checked)}
        />
        <label for=${f.id}>${f.label}</label>
        ${f.hint ? html`<div class="hint choice__hint" id="${f.id}-hint">${f.hint}</div>` : nothing}
      </div>
    </div>
  `;
}

export interface DateFieldOptions extends FieldBase {
  readonly value: DateParts;
  readonly onInput: (value: DateParts) => void;
}

/**
 * A known date as three inputs, day / month / year (GOV.UK date input), never a bare picker. The
 * day input carries the field id, so an error link focuses it.
 */
export function dateField(f: DateFieldOptions): TemplateResult {
  const part = (key: keyof DateParts, label: string, width: string) => {
    const id = key === 'day' ? f.id : `${f.id}-${key}`;
    return html`<div class="date-part">
      <label class="label date-part__label" for=${id}>${label}</label>
      <input
        id=${id}
        name=${id}
        class="input ${width}"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${f.error ? 'true' : 'false'}
        .value=${live(f.value[key])}
        @input=${(event: Event) => f.onInput({ ...f.value, [key]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  };
  return html`
    <div class="field ${f.error ? 'field--error' : ''}">
      <fieldset class="fieldset" role="group" aria-describedby=${ifDefined(describedBy(f))}>
        <legend class="legend">${labelText(f)}</legend>
        ${hint(f)} ${inlineError(f)}
        <div class="date-input">
          ${part(
            'day',
            msg('Dag', {
              desc: `Label of the day field of a date (day, \
month, year as separate fields)`,
            }),
            'input--2',
          )} ${part('month', msg('Maand'), 'input--2')} ${part(
            'year',
            msg('Jaar', {
              desc: `Label of the year field of a date (day, \
month, year as separate fields)`,
            }),
            'input--4',
          )}
        </div>
      </fieldset>
    </div>
  `;
}
