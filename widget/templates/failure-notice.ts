/** Shown when an application could not be sent: says so plainly, keeps the form as typed, offers to try again. */
import { html, nothing, type TemplateResult } from 'lit';
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

/** The "try again" button is the form's submit button in this state, so Enter in a field retries too. */
export function renderFailureNotice(m: FullMessages, failure: Failure): TemplateResult {
  const wait =
    failure.retryAfterSeconds && failure.retryAfterSeconds > 0
      ? m.failureDetails.wait(Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)))
      : m.failureDetails.later;
  return html`
    <section part="failure" class="failure" tabindex="-1" aria-labelledby="rv-failure-heading">
      <h3 id="rv-failure-heading" class="failure-heading">${m.failure.heading}</h3>
      <p>${reason(m, failure.code)} ${wait}</p>
      <p>${m.failure.kept}</p>
      <p>${m.failureDetails.persist}</p>
      ${failure.requestId ? html`<p class="hint">${m.failureDetails.requestId(failure.requestId)}</p>` : nothing}
      <button part="button" class="button" type="submit">${m.retry}</button>
    </section>
  `;
}
