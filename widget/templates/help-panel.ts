/** The calm "Do you need help yourself?" panel: this form is for volunteers, and here is where help is. */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../messages/index.js';
import { renderSegments } from './segments.js';

export function renderHelpPanel(m: Messages): TemplateResult {
  return html`
    <details part="help" class="help">
      <summary class="help-summary">${m.help.summary}</summary>
      <div class="help-body">
        <p>${m.help.intro}</p>
        <ul class="help-list">
          ${m.help.items.map((item) => html`<li><strong>${item.title}:</strong> ${renderSegments(item.body)}</li>`)}
        </ul>
      </div>
    </details>
  `;
}
