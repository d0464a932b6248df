/** The inbox page: filters, the applications, and for the national admin the unassigned queue and admin links. */
import type { Association } from '../../associations/association.js';
import { ApplicationList } from './application-list.js';
import { commonTexts } from '../kit/common.texts.js';
import { inboxTexts } from './inbox.texts.js';
import type { InboxEntry, InboxFilter } from '../../applications/application-queries.repository.js';
import type { PageContext } from '../kit/page-context.js';
import { WORKFLOW_STATUSES, type ApplicationStatus } from '../../follow-up/statuses.js';
import type { UnroutedExplanation } from '../../routing/unrouted-reason.js';

export interface InboxPageProps {
  ctx: PageContext;
  /** The associations the person may pick from. */
  associations: Association[];
  chosen: Association | null;
  filter: InboxFilter;
  entries: InboxEntry[];
  /** Admin only: applications no association could take. */
  unrouted: InboxEntry[] | null;
  /** Admin only: how many submissions screening holds back. */
  quarantined: number | null;
  /** Admin only: why each unrouted application is unrouted, by id. */
  whyUnrouted: Map<string, UnroutedExplanation>;
  /** A message after a change elsewhere (e.g. a reassignment). */
  message: string | null;
}

function Filters({ ctx, associations, chosen, filter }: Pick<InboxPageProps, 'ctx' | 'associations' | 'chosen' | 'filter'>) {
  const t = inboxTexts(ctx.language);
  const c = commonTexts(ctx.language);
  const admin = ctx.staff.role === 'admin';
  const statuses: ApplicationStatus[] = admin ? ['unrouted', ...WORKFLOW_STATUSES] : [...WORKFLOW_STATUSES];
  return (
    <form method="get" action="/koordinator" class="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" class="filters__heading">
        {t.filterHeading}
      </h2>
      <div class="filters__fields">
        {associations.length > 1 ? (
          <div class="field">
            <label for="forening">{t.association}</label>
            <select id="forening" name="forening">
              <option value="">{admin ? t.allAssociations : t.allMine}</option>
              {associations.map((a) => (
                <option value={a.slug} selected={chosen?.id === a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div class="field">
          <label for="status">{t.status}</label>
          <select id="status" name="status">
            <option value="open" selected={filter === 'open'}>
              {t.open}
            </option>
            {statuses.map((s) => (
              <option value={s} selected={filter === s}>
                {c.status[s]}
              </option>
            ))}
            <option value="all" selected={filter === 'all'}>
              {t.all}
            </option>
          </select>
        </div>
        {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
        <button type="submit" class="secondary">
          {t.show}
        </button>
      </div>
    </form>
  );
}

/** The whole inbox. */
export function InboxPage(props: InboxPageProps) {
  const { ctx, associations, chosen, entries, unrouted, quarantined, message, whyUnrouted } = props;
  const t = inboxTexts(ctx.language);
  const admin = ctx.staff.role === 'admin';
  // The admin picks one association first: a list of every association in the country would bury the page.
  const exportable = chosen ? [chosen] : admin ? [] : associations;
  return (
    <div class="inbox">
      <h1>{t.title}</h1>
      {message ? (
        <p class="notice notice--success" role="status">
          {message}
        </p>
      ) : null}
      <p class="lead">{admin ? t.adminIntro : t.intro}</p>

      {unrouted && unrouted.length > 0 ? (
        <section class="queue" aria-labelledby="unrouted-heading">
          <h2 id="unrouted-heading">
            {t.unroutedHeading} ({unrouted.length})
          </h2>
          <p>{t.unroutedIntro}</p>
          <ApplicationList entries={unrouted} ctx={ctx} showAssociation={false} whyUnrouted={whyUnrouted} />
        </section>
      ) : null}
      {quarantined ? <p class="quiet">{t.quarantined(quarantined)}</p> : null}

      <Filters ctx={ctx} associations={associations} chosen={chosen} filter={props.filter} />

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t.count(entries.length)}</h2>
        <ApplicationList entries={entries} ctx={ctx} showAssociation={!chosen && associations.length > 1} whyUnrouted={whyUnrouted} />
      </section>

      {admin ? (
        <section aria-labelledby="admin-heading" class="quiet-section">
          <h2 id="admin-heading">{t.adminHeading}</h2>
          <ul class="link-list">
            <li>
              <a href={ctx.href('/koordinator/tall')}>{t.nationalFigures}</a>
            </li>
            <li>
              <a href={ctx.href('/koordinator/personvern')}>{t.privacy}</a>
            </li>
            <li>
              <a href={ctx.href('/koordinator/dekning')}>{t.coverage}</a>
            </li>
          </ul>
        </section>
      ) : null}

      {exportable.length > 0 ? (
        <section aria-labelledby="export-heading" class="quiet-section">
          <h2 id="export-heading">{t.exportHeading}</h2>
          <ul class="link-list">
            {exportable.map((a) => (
              <li>
                <a href={ctx.href(`/koordinator/eksport.csv?forening=${encodeURIComponent(a.slug)}`)} download>
                  {t.exportLink(a.name)}
                </a>
              </li>
            ))}
          </ul>
          <p class="hint">{t.exportHint}</p>
        </section>
      ) : null}
    </div>
  );
}
