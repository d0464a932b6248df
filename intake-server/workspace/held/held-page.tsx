/** The held-back queue: each application with what tells a person from a flood, and its two buttons. */
import type { Association } from '../../associations/association.js';
import type { HeldApplication } from '../../applications/held-applications.repository.js';
import { DAY_MS } from '../../lib/time.js';
import { formatDay, formatTime } from '../kit/format.js';
import type { PageContext } from '../kit/page-context.js';
import { heldTexts } from './held.texts.js';

/** Characters of the motivation shown; the whole of it is on the application page once released. */
const MOTIVATION_SHOWN = 400;

export interface HeldPageProps {
  ctx: PageContext;
  held: HeldApplication[];
  associations: Association[];
  quarantineDays: number;
  message: string | null;
}

function ActionForm({ ctx, action, label, whose, danger }: { ctx: PageContext; action: string; label: string; whose: string; danger?: boolean }) {
  return (
    <form method="post" action={ctx.href(action)}>
      <button type="submit" class={danger ? 'danger' : undefined}>
        {label}
        <span class="visually-hidden"> {whose}</span>
      </button>
    </form>
  );
}

export function HeldPage({ ctx, held, associations, quarantineDays, message }: HeldPageProps) {
  const t = heldTexts(ctx.language);
  const names = new Map(associations.map((a) => [a.id, a.name]));
  const several = new Set(held.map((h) => h.associationId)).size > 1;
  return (
    <div class="narrow">
      <h1>{t.title}</h1>
      {message ? (
        <p class="notice notice--success" role="status">
          {message}
        </p>
      ) : null}
      <p class="lead">{t.intro}</p>
      <p>{t.whatRelease}</p>
      <p class="quiet">{t.deletedAfter(quarantineDays)}</p>
      {held.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <section aria-labelledby="held-heading">
          <h2 id="held-heading">{t.count(held.length)}</h2>
          <ul class="cards">
            {held.map((h) => {
              const name = `${h.firstName} ${h.lastName}`;
              const whose = t.whose(name, h.reference);
              const motivation = h.motivation.length > MOTIVATION_SHOWN ? `${h.motivation.slice(0, MOTIVATION_SHOWN)}…` : h.motivation;
              return (
                <li class="card">
                  <h3 class="card__title">
                    {name} <span class="quiet">({h.reference})</span>
                  </h3>
                  <dl class="facts">
                    <dt>{t.received}</dt>
                    <dd>{formatTime(h.createdAt, ctx.language)}</dd>
                    {several ? (
                      <>
                        <dt>{t.association}</dt>
                        <dd>{names.get(h.associationId) ?? ''}</dd>
                      </>
                    ) : null}
                    <dt>{t.email}</dt>
                    <dd>{h.email}</dd>
                    <dt>{t.postalCode}</dt>
                    <dd>{h.postalCode}</dd>
                    <dt>{t.motivation}</dt>
                    <dd>{motivation}</dd>
                  </dl>
                  <p class="quiet">{t.deletedOn(formatDay(new Date(Date.parse(h.createdAt) + quarantineDays * DAY_MS).toISOString(), ctx.language))}</p>
                  <div class="actions">
                    <ActionForm ctx={ctx} action={`/koordinator/holdt-tilbake/${h.id}/slipp-inn`} label={t.release} whose={whose} />
                    <ActionForm ctx={ctx} action={`/koordinator/holdt-tilbake/${h.id}/forkast`} label={t.discard} whose={whose} danger />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
