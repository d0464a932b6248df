/** The error summary (NAV Aksel's pattern): a heading and one link per problem, each moving focus to its field. */
import { html, type TemplateResult } from 'lit';
import type { FieldErrors, FieldName } from '../../contract/application.schema.js';
import { fieldErrorText, type FieldTexts } from '../field-error-text.js';
import { VISIBLE_FIELDS, fieldId, isVisibleField } from '../form-fields.js';

/** `onFollow` receives the click on a link; the link's `data-field` names the field to focus (on whichever step). */
export function renderErrorSummary(m: FieldTexts, heading: string, errors: FieldErrors, onFollow: (event: Event) => void): TemplateResult {
  // In the order of the form (not the schema's), so that the list reads as the fields come.
  const visible = VISIBLE_FIELDS.filter((name) => errors[name]);
  // Problems with what the page set (association, notice version) cannot be fixed by the applicant: say so once.
  const setupProblem = (Object.keys(errors) as FieldName[]).some((name) => errors[name] && !isVisibleField(name));
  return html`
    <section part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="rv-error-summary-heading">
      <h3 id="rv-error-summary-heading" class="error-summary-heading">${heading}</h3>
      <ul class="error-summary-list">
        ${visible.map(
          (name) => html`<li>
            <a href="#${fieldId(name)}" data-field=${name} @click=${onFollow}>${fieldErrorText(m, name, errors[name]!)}</a>
          </li>`,
        )}
        ${setupProblem ? html`<li>${m.setupError}</li>` : ''}
      </ul>
    </section>
  `;
}
