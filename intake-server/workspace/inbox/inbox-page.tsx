/** The inbox page: filters, the applications, and for the national admin the unassigned queue and admin links. */
import type { Association } from '../../associations/association.js';
import { ApplicationList } from './application-list.js';
import { commonTexts } from '../kit/common.texts.js';
import { heldTexts } from '../held/held.texts.js';
import { inboxTexts } from './inbox.texts.js';
import type { InboxEntry, InboxFilter } from '../../applications/application-queries.repository.js';
import type { PageContext } from '../kit/page-context.js';
import { WORKFLOW_STATUSES, type ApplicationStatus } from '../../follow-up/statuses.js';
import type { UnroutedExplanation } from '../../routing/unrouted-reason.js';
import { ErrorSummary, FieldMessage } from '../kit/error-summary.js';
import { SEARCH_MAX, type InboxView } from './inbox-view.js';

export interface InboxPageProps {
  ctx: PageContext;
  /** The associations the person may pick from. */
  associations: Association[];
  chosen: Association | null;
  filter: InboxFilter;
  /** Who follows up, the order and the search. */
  view: InboxView;
  entries: InboxEntry[];
  /** Admin only: applications no association could take. */
  unrouted: InboxEntry[] | null;
  /** Admin only: how many submissions screening holds back. */
  quarantined: number | null;
  /** Applications the association's hourly budget held back (they wait in `/koordinator/holdt-tilbake`). */
  held: number;
  /** Admin only: why each unrouted application is unrouted, by id. */
  whyUnrouted: Map<string, UnroutedExplanation>;
  /** A message after a change elsewhere (e.g. a reassignment). */
  message: string | null;
}

/** One labelled choice of the filter form; `options` are [value, label] pairs. */
function SelectField({ name, label, selected, options }: { name: string; label: string; selected: string; options: [string, string][] }) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name}>
        {options.map(([value, text]) => (
          <option value={value} selected={selected === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({ ctx, associations, chosen, filter, view }: Pick<InboxPageProps, 'ctx' | 'associations' | 'chosen' | 'filter' | 'view'>) {
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
        <SelectField
          name="status"
          label={t.status}
          selected={filter}
          options={[['open', t.open], ...statuses.map((st): [string, string] => [st, c.status[st]]), ['all', t.all]]}
        />
        <SelectField
          name="hvem"
          label={t.who}
          selected={view.who}
          options={[
            ['', t.whoEveryone],
            ['mine', t.whoMine],
            ['ingen', t.whoNobody],
          ]}
        />
        <SelectField
          name="rekkefolge"
          label={t.order}
          selected={view.order}
          options={[
            ['venter', t.orderWaiting],
            ['nyeste', t.orderNewest],
          ]}
        />
        <div class="field">
          <label for="sok">{t.search}</label>
          <p class="hint" id="sok-hint">
            {t.searchHint}
          </p>
          <FieldMessage field="sok" text={view.searchTooLong ? t.searchTooLong(SEARCH_MAX) : undefined} />
          <input
            type="search"
            id="sok"
            name="sok"
            value={view.search}
            maxlength={SEARCH_MAX}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={view.searchTooLong ? 'sok-error sok-hint' : 'sok-hint'}
            aria-invalid={view.searchTooLong ? 'true' : undefined}
          />
        </div>
        {ctx.keptLanguage ? <input type="hidden" name="lang" value={ctx.keptLanguage} /> : null}
        <button type="submit" class="secondary">
          {t.show}
        </button>
      </div>
    </form>
  );
}

/** The inbox as it is shown now, without the search. */
function clearSearchHref(chosen: Association | null, filter: InboxFilter, view: InboxView): string {
  const query = new URLSearchParams();
  if (chosen) query.set('forening', chosen.slug);
  query.set('status', filter);
  if (view.who) query.set('hvem', view.who);
  query.set('rekkefolge', view.order);
  return `/koordinator?${query.toString()}`;
}

/** The whole inbox. */
export function InboxPage(props: InboxPageProps) {
  const { ctx, associations, chosen, entries, unrouted, quarantined, held, message, whyUnrouted, view } = props;
  const t = inboxTexts(ctx.language);
  const h = heldTexts(ctx.language);
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
      <ErrorSummary title={t.errorSummary} errors={view.searchTooLong ? [{ field: 'sok', text: t.searchTooLong(SEARCH_MAX) }] : []} />
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
      {held > 0 ? (
        <p class="notice">
          {h.inboxLine(held)}{' '}
          <a href={ctx.href(chosen ? `/koordinator/holdt-tilbake?forening=${encodeURIComponent(chosen.slug)}` : '/koordinator/holdt-tilbake')}>{h.inboxLink}</a>
        </p>
      ) : null}
      {quarantined ? <p class="quiet">{t.quarantined(quarantined)}</p> : null}

      <Filters ctx={ctx} associations={associations} chosen={chosen} filter={props.filter} view={view} />

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t.count(entries.length)}</h2>
        {view.search.trim() && !view.searchTooLong ? (
          <p class="search-result">
            {t.searchedFor(view.search.trim())} <a href={ctx.href(clearSearchHref(chosen, props.filter, view))}>{t.clearSearch}</a>
          </p>
        ) : null}
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
