/** Above the title: the language switch and, when the page asks for it, the quick-exit button. */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, type Language } from '../../contract/limits.js';
import type { Messages } from '../messages/index.js';

/** Each language by its own name, marked up in that language for screen readers. */
const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export function renderTopBar(
  m: Messages,
  language: Language,
  quickExit: boolean,
  onLanguage: (language: Language) => void,
  onExit: () => void,
): TemplateResult {
  return html`
    <div class="top-bar">
      <div part="languages" class="languages" role="group" aria-label=${m.languageLabel}>
        ${LANGUAGES.map(
          (option) => html`<button
            type="button"
            part="language"
            class="language"
            lang=${option}
            aria-pressed=${option === language ? 'true' : 'false'}
            @click=${() => onLanguage(option)}
          >
            ${LANGUAGE_NAMES[option]}
          </button>`,
        )}
      </div>
      ${quickExit ? html`<button type="button" part="quick-exit" class="quick-exit" @click=${onExit}>${m.quickExit}</button>` : nothing}
    </div>
  `;
}
