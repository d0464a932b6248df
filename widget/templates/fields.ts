/** The form's fields: native inputs with labels, hints and error messages tied together by ids. */
import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, type FieldErrors, type FieldName } from '../../contract/index.js';
import { fieldErrorText } from '../field-error-text.js';
import { fieldId, type TextFieldDef, type YesNoField } from '../form-fields.js';
import type { Messages } from '../messages/index.js';
import { PRIVACY_NOTICE_VERSION } from '../privacy.js';

/** What every field template needs: the texts and the errors currently shown. */
export interface FieldView {
  m: Messages;
  errors: FieldErrors;
}

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

function fieldClass(invalid: boolean, extra = ''): string {
  return `field${invalid ? ' field--invalid' : ''}${extra ? ` ${extra}` : ''}`;
}

function renderError(view: FieldView, name: FieldName): TemplateResult | typeof nothing {
  const code = view.errors[name];
  if (!code) return nothing;
  return html`<p part="error" class="error" id="${fieldId(name)}-error">${fieldErrorText(view.m, name, code)}</p>`;
}

function renderLabelText(m: Messages, text: string, optional = false): TemplateResult {
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
      <label part="label" for=${id}>${renderLabelText(m, m.labels[field.name], field.optional)}</label>
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

/** The optional free-text answer, with the visible note about what not to write. */
export function renderMotivationField(view: FieldView): TemplateResult {
  const { m } = view;
  const id = fieldId('motivation');
  const invalid = Boolean(view.errors.motivation);
  return html`
    <div part="field" class=${fieldClass(invalid)}>
      <label part="label" for=${id}>${renderLabelText(m, m.labels.motivation, true)}</label>
      <p part="note" class="note" id="${id}-note">${m.motivationNote}</p>
      <textarea
        part="input"
        class="input"
        id=${id}
        name="motivation"
        rows="5"
        maxlength=${LIMITS.motivationLength}
        autocomplete="off"
        aria-describedby=${describedBy(`${id}-note`, `${id}-limit`, invalid && `${id}-error`)}
        aria-invalid=${invalid ? 'true' : nothing}
      ></textarea>
      <p part="hint" class="hint hint--after" id="${id}-limit">${m.maxCharacters(LIMITS.motivationLength)}</p>
      ${renderError(view, 'motivation')}
    </div>
  `;
}

/** A fit question as a yes/no radio group. Values are the strings "true" and "false"; the form turns them into booleans. */
export function renderYesNoField(name: YesNoField, view: FieldView): TemplateResult {
  const { m } = view;
  const id = fieldId(name);
  const hint = m.hints[name];
  const invalid = Boolean(view.errors[name]);
  return html`
    <fieldset
      part="field"
      class=${fieldClass(invalid, 'yes-no')}
      aria-describedby=${describedBy(hint && `${id}-hint`, invalid && `${id}-error`)}
    >
      <legend part="label" class="question">${m.labels[name]}</legend>
      ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <div class="options">
        <div class="option">
          <input part="radio" type="radio" id=${id} name=${name} value="true" autocomplete="off" required />
          <label for=${id}>${m.yes}</label>
        </div>
        <div class="option">
          <input part="radio" type="radio" id="${id}-no" name=${name} value="false" autocomplete="off" required />
          <label for="${id}-no">${m.no}</label>
        </div>
      </div>
      ${renderError(view, name)}
    </fieldset>
  `;
}

/** The short privacy notice, its version, and the acknowledgement (not a consent: see DOMAIN.md). */
export function renderPrivacySection(view: FieldView): TemplateResult {
  const { m } = view;
  const id = fieldId('privacyAcknowledged');
  const invalid = Boolean(view.errors.privacyAcknowledged);
  return html`
    <fieldset class="section">
      <legend class="section-legend">${m.sections.privacy}</legend>
      <p class="privacy-notice" id="rv-privacy-notice">${m.privacy.notice}</p>
      <p class="hint" id="rv-privacy-version">
        ${m.privacy.versionLabel}: <span class="nowrap">${PRIVACY_NOTICE_VERSION}</span>
      </p>
      <div part="field" class=${fieldClass(invalid)}>
        <div class="option option--checkbox">
          <input
            part="checkbox"
            type="checkbox"
            id=${id}
            name="privacyAcknowledged"
            value="true"
            autocomplete="off"
            required
            aria-describedby=${describedBy('rv-privacy-notice', 'rv-privacy-version', invalid && `${id}-error`)}
            aria-invalid=${invalid ? 'true' : nothing}
          />
          <label part="label" for=${id}>${m.labels.privacyAcknowledged}</label>
        </div>
        ${renderError(view, 'privacyAcknowledged')}
      </div>
    </fieldset>
  `;
}
