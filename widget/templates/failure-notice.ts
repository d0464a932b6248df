/** Shown when an application could not be sent: says so plainly, keeps the form as typed, offers to try again. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicAssociation } from '../../contract/index.js';
import type { FullMessages } from '../messages/index.js';
import type { FailureCode } from '../submit-client.js';

export interface Failure {
  code: FailureCode;
  retryAfterSeconds: number | null;
  requestId: string | null;
}

function reason(m: FullMessages, code: FailureCode): string {
  switch (code) {
    case 'network_error':
      return m.failure.reasons.network_error;
    case 'timeout':
    case 'rate_limited':
    case 'service_unavailable':
      return m.failureDetails.reasons[code];
    default:
      return m.failureDetails.reasons.other;
  }
}

/** "If it still does not work, contact …": by name, email and phone when the association is known. */
function renderPersist(m: FullMessages, contact: PublicAssociation | null): TemplateResult {
  const d = m.failureDetails;
  if (!contact?.email && !contact?.phone) return html`<p>${d.persist}</p>`;
  const { email, phone } = contact;
  return html`<p>
    ${d.persistTo(contact.name)} ${email ? html`<a href="mailto:${email}">${email}</a>` : nothing}${email && phone ? ', ' : nothing}${phone
      ? html`${d.phone} <a href="tel:${phone.replace(/\s/g, '')}">${phone}</a>`
      : nothing}.
  </p>`;
}

/**
 * The "try again" button is the form's submit button in this state, so Enter in a field retries too. `contact` is the
 * association the application was going to (or the page's), for when trying again does not help.
 */
export function renderFailureNotice(m: FullMessages, failure: Failure, contact: PublicAssociation | null = null): TemplateResult {
  const wait =
    failure.retryAfterSeconds && failure.retryAfterSeconds > 0
      ? m.failureDetails.wait(Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)))
      : m.failureDetails.later;
  return html`
    <section part="failure" class="failure" tabindex="-1" aria-labelledby="rv-failure-heading">
      <h3 id="rv-failure-heading" class="failure-heading">${m.failure.heading}</h3>
      <p>${reason(m, failure.code)} ${wait}</p>
      <p>${m.failure.kept}</p>
      ${renderPersist(m, contact)}
      ${failure.requestId ? html`<p class="hint">${m.failureDetails.requestId(failure.requestId)}</p>` : nothing}
      <button part="button" class="button" type="submit">${m.retry}</button>
    </section>
  `;
}
