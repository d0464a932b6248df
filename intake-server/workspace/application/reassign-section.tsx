/** Passing an application on to another association, whose coordinators are then emailed. */
import type { Association } from '../../associations/association.js';
import { FieldMessage } from '../kit/error-summary.js';
import { followUpTexts, type ReassignErrorCode } from './follow-up.texts.js';
import type { PageContext } from '../kit/page-context.js';

interface Props {
  ctx: PageContext;
  applicationId: string;
  targets: Association[];
  /** Active associations that cannot take it, for want of an active coordinator: listed, never silently left out. */
  withoutCoordinator: Association[];
  error: ReassignErrorCode | undefined;
}

export function ReassignSection({ ctx, applicationId, targets, withoutCoordinator, error }: Props) {
  const t = followUpTexts(ctx.language);
  const unavailable =
    withoutCoordinator.length > 0 ? (
      <p class="hint" id="reassign-unavailable">
        {t.withoutCoordinator(withoutCoordinator.map((a) => a.name).join(', '))}
      </p>
    ) : null;
  const describedBy = ['reassign-hint', ...(unavailable ? ['reassign-unavailable'] : []), ...(error ? ['reassign-to-error'] : [])].join(' ');
  return (
    <section aria-labelledby="reassign-heading" class="panel">
      <h2 id="reassign-heading">{t.reassignHeading}</h2>
      {targets.length === 0 ? (
        <>
          <p class="quiet">{t.noOtherAssociations}</p>
          {unavailable}
        </>
      ) : (
        <form method="post" action={ctx.href(`/koordinator/soknader/${applicationId}/flytt`)} novalidate>
          <p class="hint" id="reassign-hint">
            {ctx.staff.role === 'admin' ? t.reassignHint : `${t.reassignHint} ${t.reassignHides}`}
          </p>
          <div class="field">
            <label for="reassign-to">{t.reassignTo}</label>
            <FieldMessage field="reassign-to" text={error ? t.error[error] : undefined} />
            <select id="reassign-to" name="forening" required aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
              <option value="">{t.choose}</option>
              {targets.map((a) => (
                <option value={a.slug}>{a.name}</option>
              ))}
              {withoutCoordinator.map((a) => (
                <option value={a.slug} disabled>
                  {`${a.name} (${t.noActiveCoordinator})`}
                </option>
              ))}
            </select>
            {unavailable}
          </div>
          <button type="submit" class="secondary">
            {t.reassign}
          </button>
        </form>
      )}
    </section>
  );
}
