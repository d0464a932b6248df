/** The form's text fields: native inputs with labels, hints and error messages tied together by ids. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldErrorCode, FieldErrors, FieldName } from '../../contract/index.js';
import type { FieldTexts } from '../field-error-text.js';
import { fieldId, type TextFieldDef } from '../form-fields.js';

/** What the first step's fields need of the texts, before the later texts (with every error message) are here. */
export type FirstFieldTexts = Pick<FieldTexts, 'optional' | 'labels' | 'hints'>;

/**
 * What every field template needs: the texts, the errors currently shown, and their sentences. Errors exist only once
 * the flow chunk (the checks, and the texts that say what is wrong) is here, and it gives `errorText`.
 */
export interface FieldView<M extends FirstFieldTexts = FirstFieldTexts> {
  m: M;
  errors: FieldErrors;
  errorText: ((name: FieldName, code: FieldErrorCode) => string) | undefined;
}

export const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

export function fieldClass(invalid: boolean, extra = ''): string {
  return `field${invalid ? ' field--invalid' : ''}${extra ? ` ${extra}` : ''}`;
}

export function renderError(view: FieldView, name: FieldName): TemplateResult | typeof nothing {
  const code = view.errors[name];
  if (!code || !view.errorText) return nothing;
  return html`<p part="error" class="error" id="${fieldId(name)}-error">${view.errorText(name, code)}</p>`;
}

export function renderLabelText(m: FirstFieldTexts, text: string, optional = false): TemplateResult {
  return html`${text}${optional ? html` <span class="optional">(${m.optional})</span>` : nothing}`;
}

/** A single-line text input. */
export function renderTextField(field: TextFieldDef, view: FieldView): TemplateResult {
  const { m } = view;
  const id = fieldId(field.name);
  const hint = m.hints[field.name];
  const invalid = Boolean(view.errors[field.name]);
  return html`
    <div part="field" class=${fieldClass(invalid, field.narrow ? 'field--narrow' : '')}>
      <label part="label" for=${id}>${renderLabelText(m, m.labels[field.name] ?? '', field.optional)}</label>
      ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        part="input"
        class="input"
        id=${id}
        name=${field.name}
        type=${field.type}
        autocomplete=${field.autocomplete}
        maxlength=${field.maxLength}
        inputmode=${field.inputMode ?? nothing}
        spellcheck=${field.type === 'text' && !field.inputMode ? nothing : 'false'}
        ?required=${!field.optional}
        aria-describedby=${describedBy(hint && `${id}-hint`, invalid && `${id}-error`)}
        aria-invalid=${invalid ? 'true' : nothing}
      />
      ${renderError(view, field.name)}
    </div>
  `;
}
