/** HTTP: `GET /koordinator`, the inbox of the associations a person coordinates (all of them for the admin). */
import { Hono } from 'hono';
import { requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { pickAssociation, visibleAssociations } from '../kit/association-scope.js';
import { writeAudit } from '../../audit/audit.repository.js';
import { InboxPage } from './inbox-page.js';
import { countQuarantined, listInbox, type InboxFilter, type InboxOptions } from '../../applications/application-queries.repository.js';
import { countHeld } from '../../applications/held-applications.repository.js';
import { inboxTexts } from './inbox.texts.js';
import { parseView } from './inbox-view.js';
import { pageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import { WORKFLOW_STATUSES } from '../../follow-up/statuses.js';
import { explainUnrouted, type UnroutedExplanation } from '../../routing/unrouted-reason.js';

const FILTERS: readonly string[] = ['open', 'all', 'unrouted', ...WORKFLOW_STATUSES];

/** `?status=`: one of the filters; anything else shows what is still open. */
function parseFilter(value: string | undefined): InboxFilter {
  return value && FILTERS.includes(value) ? (value as InboxFilter) : 'open';
}

export function createInboxRoutes(deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>().get('/', requireStaff(), async (c) => {
    const ctx = pageContext(c, deps.now());
    const associations = await visibleAssociations(deps.db, ctx.staff);
    const chosen = pickAssociation(associations, c.req.query('forening'));
    if (chosen === undefined) return notFoundPage(c, ctx);
    const ids = chosen ? [chosen.id] : associations.map((a) => a.id);
    const filter = parseFilter(c.req.query('status'));
    const admin = ctx.staff.role === 'admin';
    const view = parseView((name) => c.req.query(name), filter);
    const searched = !view.searchTooLong && view.search.trim() !== '';
    const options: InboxOptions = {
      ...(view.who === 'mine' ? { handledBy: ctx.staff.accountId } : view.who === 'ingen' ? { handledBy: null } : {}),
      ...(searched ? { search: view.search } : {}),
      order: view.order === 'venter' ? 'waiting' : 'newest',
    };

    let entries = await listInbox(deps.db, ids, filter, options);
    // The admin's unassigned queue stands above everything else (and is not listed twice).
    const unrouted = admin && !chosen && filter !== 'unrouted' ? await listInbox(deps.db, ids, 'unrouted', options) : null;
    if (unrouted) entries = entries.filter((e) => e.status !== 'unrouted');
    const quarantined = admin ? await countQuarantined(deps.db, ids) : null;
    const held = await countHeld(deps.db, ids);
    // Why each unrouted application is there, from what routing recorded and the associations as they are now.
    // One answer per postal code and kommune: a queue often holds several from the same place.
    const whyUnrouted = new Map<string, UnroutedExplanation>();
    const byPlace = new Map<string, Promise<UnroutedExplanation>>();
    for (const e of admin ? [...(unrouted ?? []), ...entries] : []) {
      if (e.status !== 'unrouted') continue;
      const place = `${e.postalCode}:${e.kommuneNumber ?? ''}`;
      if (!byPlace.has(place)) byPlace.set(place, explainUnrouted(deps.db, e));
      whyUnrouted.set(e.id, await byPlace.get(place)!);
    }

    // A search is audited with its result count and never its words: they are an applicant's name or address.
    const narrowing = { filter, who: view.who || 'all', order: view.order };
    await writeAudit(
      deps.db,
      searched
        ? { accountId: ctx.staff.accountId, action: 'inbox.searched', associationId: chosen?.id ?? null, detail: { ...narrowing, results: entries.length + (unrouted?.length ?? 0) } }
        : { accountId: ctx.staff.accountId, action: 'inbox.viewed', associationId: chosen?.id ?? null, detail: narrowing },
      ctx.now,
    );
    const t = inboxTexts(ctx.language);
    return renderPage(
      c,
      ctx,
      chosen ? `${t.title}: ${chosen.name}` : t.title,
      <InboxPage
        ctx={ctx}
        associations={associations}
        chosen={chosen}
        filter={filter}
        view={view}
        entries={entries}
        unrouted={unrouted}
        quarantined={quarantined}
        held={held}
        whyUnrouted={whyUnrouted}
        message={c.req.query('melding') === 'flyttet' ? t.reassigned : null}
      />,
    );
  });
}
