/** The fields of steps 2 and 3 (yes/no questions, the free text, the privacy acknowledgement), with the flow chunk. */
import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS } from '../../contract/index.js';
import { YES_NO_FIELDS, fieldId, type TextFieldDef, type YesNoField } from '../form-fields.js';
import type { FullMessages } from '../messages/index.js';
import { PRIVACY_NOTICE_VERSION } from '../privacy.js';
import { describedBy, fieldClass, renderError, renderLabelText, renderTextField, type FieldView } from './fields.js';

type LaterView = FieldView<FullMessages>;

/** Spoken languages: optional, free text. No autocomplete token describes it. */
const LANGUAGES_FIELD: TextFieldDef = {
  name: 'languages',
  type: 'text',
  autocomplete: 'off',
  maxLength: LIMITS.languagesLength,
  optional: true,
};

/** The optional free-text answer, with the visible note about what not to write. */
function renderMotivationField(view: LaterView): TemplateResult {
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
function renderYesNoField(name: YesNoField, view: LaterView): TemplateResult {
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

/** Step 2: the fit questions, then the optional motivation and languages. */
export function renderFitStep(view: LaterView): TemplateResult {
  return html`
    <p>${view.m.sections.fitIntro}</p>
    ${YES_NO_FIELDS.map((name) => renderYesNoField(name, view))}
    <fieldset class="section">
      <legend class="section-legend">${view.m.sections.about}</legend>
      ${renderMotivationField(view)} ${renderTextField(LANGUAGES_FIELD, view)}
    </fieldset>
  `;
}

/** The short privacy notice, its version, and the acknowledgement (not a consent: see DOMAIN.md). */
export function renderPrivacySection(view: LaterView): TemplateResult {
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
