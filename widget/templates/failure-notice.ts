/** Shown when an application could not be sent: says so plainly, keeps the form as typed, offers to try again. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../messages/index.js';
import type { FailureCode } from '../submit-client.js';

export interface Failure {
  code: FailureCode;
  retryAfterSeconds: number | null;
  requestId: string | null;
}

function reason(m: Messages, code: FailureCode): string {
  switch (code) {
    case 'network_error':
    case 'timeout':
    case 'rate_limited':
    case 'service_unavailable':
      return m.failure.reasons[code];
    default:
      return m.failure.reasons.other;
  }
}

/** The "try again" button is the form's submit button in this state, so Enter in a field retries too. */
export function renderFailureNotice(m: Messages, failure: Failure): TemplateResult {
  const wait =
    failure.retryAfterSeconds && failure.retryAfterSeconds > 0
      ? m.failure.wait(Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)))
      : m.failure.later;
  return html`
    <section part="failure" class="failure" tabindex="-1" aria-labelledby="rv-failure-heading">
      <h3 id="rv-failure-heading" class="failure-heading">${m.failure.heading}</h3>
      <p>${reason(m, failure.code)} ${wait}</p>
      <p>${m.failure.kept}</p>
      <p>${m.failure.persist}</p>
      ${failure.requestId ? html`<p class="hint">${m.failure.requestId(failure.requestId)}</p>` : nothing}
      <button part="button" class="button" type="submit">${m.retry}</button>
    </section>
  `;
}
