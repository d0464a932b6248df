/** Passing an application on to another association, whose coordinators are then emailed. */
import type { Association } from '../../associations/association.js';
import { FieldMessage } from '../kit/error-summary.js';
import { followUpTexts, type ReassignErrorCode } from './follow-up.texts.js';
import type { PageContext } from '../kit/page-context.js';

interface Props {
  ctx: PageContext;
  applicationId: string;
  targets: Association[];
  error: ReassignErrorCode | undefined;
}

export function ReassignSection({ ctx, applicationId, targets, error }: Props) {
  const t = followUpTexts(ctx.language);
  return (
    <section aria-labelledby="reassign-heading" class="panel">
      <h2 id="reassign-heading">{t.reassignHeading}</h2>
      {targets.length === 0 ? (
        <p class="quiet">{t.noOtherAssociations}</p>
      ) : (
        <form method="post" action={ctx.href(`/koordinator/soknader/${applicationId}/flytt`)}>
          <p class="hint" id="reassign-hint">
            {ctx.staff.role === 'admin' ? t.reassignHint : `${t.reassignHint} ${t.reassignHides}`}
          </p>
          <div class="field">
            <label for="reassign-to">{t.reassignTo}</label>
            <FieldMessage field="reassign-to" text={error ? t.error[error] : undefined} />
            <select
              id="reassign-to"
              name="forening"
              required
              aria-describedby={error ? 'reassign-hint reassign-to-error' : 'reassign-hint'}
              aria-invalid={error ? 'true' : undefined}
            >
              <option value="">{t.choose}</option>
              {targets.map((a) => (
                <option value={a.slug}>{a.name}</option>
              ))}
            </select>
          </div>
          <button type="submit" class="secondary">
            {t.reassign}
          </button>
        </form>
      )}
    </section>
  );
}
