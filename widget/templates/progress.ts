/** The progress indicator and the step's heading ("Steg 2 av 3 / Om oppdraget"); the heading takes focus on each step. */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../messages/index.js';
import { STEPS, type StepNumber } from '../steps.js';

export function renderProgress(m: Messages, step: StepNumber, heading: string): TemplateResult {
  return html`
    <div part="progress" class="progress" aria-hidden="true">
      ${STEPS.map((s) => html`<span class=${s.number <= step ? 'progress-segment progress-segment--done' : 'progress-segment'}></span>`)}
    </div>
    <h3 class="step-heading" id="rv-step-heading" tabindex="-1">
      <span class="step-count">${m.steps.progress(step, STEPS.length)}</span>
      <span class="step-title">${heading}</span>
    </h3>
  `;
}
