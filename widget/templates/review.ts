/** Step 3's review: what the applicant answered, each group with a button back to its step. */
import { html, nothing, type TemplateResult } from 'lit';
import type { RouteFallback } from '../../contract/index.js';
import { CONTACT_FIELDS, YES_NO_FIELDS, readFieldValue } from '../form-fields.js';
import type { FullMessages } from '../messages/index.js';
import type { StepNumber } from '../steps.js';

export interface ReviewView {
  m: FullMessages;
  data: FormData;
  /** The confirmed association's name, or the fallback's the lookup named; empty when the lookup failed. */
  goesTo: string;
  /** Why it goes there, when nobody local serves the postal code. */
  fallback: RouteFallback['kind'] | undefined;
  onChange: (step: StepNumber) => void;
}

function row(label: string, value: string, notGiven: string): TemplateResult {
  return html`<div class="review-row"><dt>${label}</dt><dd class=${value ? '' : 'review-empty'}>${value || notGiven}</dd></div>`;
}

function group(view: ReviewView, id: string, heading: string, step: StepNumber | null, body: TemplateResult): TemplateResult {
  return html`
    <section class="review-group" aria-labelledby=${id}>
      <div class="review-group-header">
        <h4 id=${id}>${heading}</h4>
        ${step
          ? html`<button type="button" part="change" class="link-button" aria-describedby=${id} @click=${() => view.onChange(step)}>
              ${view.m.review.change}
            </button>`
          : nothing}
      </div>
      ${body}
    </section>
  `;
}

export function renderReview(view: ReviewView): TemplateResult {
  const { m, data } = view;
  const text = (name: (typeof CONTACT_FIELDS)[number]['name'] | 'motivation') => String(readFieldValue(data, name) ?? '').trim();
  const answer = (name: (typeof YES_NO_FIELDS)[number]) => {
    const value = readFieldValue(data, name);
    return value === true ? m.yes : value === false ? m.no : '';
  };
  return html`
    <div part="review" class="review">
      <p>${m.review.intro}</p>
      ${group(view, 'rv-review-contact', m.sections.contact, 1, html`
        <dl class="review-list">${CONTACT_FIELDS.map((field) => row(m.labels[field.name], text(field.name), m.review.notGiven))}</dl>
      `)}
      ${group(view, 'rv-review-fit', m.sections.fit, 2, html`
        <dl class="review-list">
          ${YES_NO_FIELDS.map((name) => row(m.labels[name], answer(name), m.review.notGiven))}
          ${row(m.labels.motivation, text('motivation'), m.review.notGiven)} ${row(m.labels.languages, String(readFieldValue(data, 'languages') ?? '').trim(), m.review.notGiven)}
        </dl>
      `)}
      ${group(view, 'rv-review-route', m.review.goesTo, null, html`
        <p class="review-route">${view.goesTo || m.review.routedLater}</p>
        ${view.goesTo && view.fallback ? html`<p part="hint" class="hint">${m.review.fallback[view.fallback]}</p>` : nothing}
      `)}
    </div>
  `;
}
