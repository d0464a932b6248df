/**
 * The status choice: one radio button per status, each with a plain explanation. It is part of the page's one
 * follow-up form (status, checklist, new note), so no choice is left behind by saving another section.
 */
import { commonTexts } from '../kit/common.texts.js';
import { followUpTexts } from './follow-up.texts.js';
import type { PageContext } from '../kit/page-context.js';
import { WORKFLOW_STATUSES, type ApplicationStatus } from '../../follow-up/statuses.js';

export function StatusForm({ ctx, chosen }: { ctx: PageContext; chosen: ApplicationStatus | string }) {
  const t = followUpTexts(ctx.language);
  const c = commonTexts(ctx.language);
  return (
    <section aria-labelledby="status-heading" class="panel">
      <h2 id="status-heading">{t.statusHeading}</h2>
      <fieldset class="choices">
        <legend>{t.statusLegend}</legend>
        {WORKFLOW_STATUSES.map((s) => (
          <div class="choice">
            <input type="radio" id={`status-${s}`} name="status" value={s} checked={chosen === s} aria-describedby={`status-${s}-hint`} />
            <label for={`status-${s}`}>{c.status[s]}</label>
            <p class="choice__hint" id={`status-${s}-hint`}>
              {t.statusHint[s]}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
