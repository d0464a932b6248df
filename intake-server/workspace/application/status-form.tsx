/** The status form: one radio button per status, each with a plain explanation, and one save button. */
import { commonTexts } from '../kit/common.texts.js';
import { followUpTexts } from './follow-up.texts.js';
import type { PageContext } from '../kit/page-context.js';
import { WORKFLOW_STATUSES, type ApplicationStatus } from '../../follow-up/statuses.js';

export function StatusForm({ ctx, applicationId, current }: { ctx: PageContext; applicationId: string; current: ApplicationStatus }) {
  const t = followUpTexts(ctx.language);
  const c = commonTexts(ctx.language);
  return (
    <section aria-labelledby="status-heading" class="panel">
      <h2 id="status-heading">{t.statusHeading}</h2>
      <form method="post" action={ctx.href(`/koordinator/soknader/${applicationId}/status`)}>
        <fieldset class="choices">
          <legend>{t.statusLegend}</legend>
          {WORKFLOW_STATUSES.map((s) => (
            <div class="choice">
              <input type="radio" id={`status-${s}`} name="status" value={s} checked={current === s} required aria-describedby={`status-${s}-hint`} />
              <label for={`status-${s}`}>{c.status[s]}</label>
              <p class="choice__hint" id={`status-${s}-hint`}>
                {t.statusHint[s]}
              </p>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t.saveStatus}</button>
      </form>
    </section>
  );
}
