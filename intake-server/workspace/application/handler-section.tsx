/** "Who is following up?": the person handling the application, and a button to take it on or hand it back. */
import { followUpTexts } from './follow-up.texts.js';
import type { PageContext } from '../kit/page-context.js';

interface Props {
  ctx: PageContext;
  applicationId: string;
  handledBy: string | null;
  handlerName: string | null;
}

export function HandlerSection({ ctx, applicationId, handledBy, handlerName }: Props) {
  const t = followUpTexts(ctx.language);
  const mine = handledBy === ctx.staff.accountId;
  const text = mine ? t.youHandle : handledBy ? t.otherHandles(handlerName ?? '?') : t.nobodyHandles;
  return (
    <section aria-labelledby="handler-heading" class="panel">
      <h2 id="handler-heading">{t.handlerHeading}</h2>
      <p>{text}</p>
      <form method="post" action={ctx.href(`/koordinator/soknader/${applicationId}/ansvarlig`)}>
        <input type="hidden" name="handling" value={mine ? 'release' : 'take'} />
        <button type="submit" class={mine ? 'secondary' : undefined}>
          {mine ? t.release : handledBy ? t.takeOver : t.take}
        </button>
      </form>
    </section>
  );
}
