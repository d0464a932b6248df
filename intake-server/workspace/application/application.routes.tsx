/**
 * HTTP: `/koordinator/soknader/:id`, the application page, and the forms on it (status, checklist, notes, handler,
 * reassignment). Every route answers the same 404 for an application the person may not see as for none at all.
 * Each view and change is audited; each change is an event on the application.
 */
import { Hono, type Context } from 'hono';
import { changeStatus, saveChecklist, setHandler, touchForNote } from '../../applications/application-changes.repository.js';
import { findVisibleApplication } from '../../applications/applications.repository.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { withTransaction } from '../../db/transaction.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { ApplicationPage, type RejectedForm, type SavedKind } from './application-page.js';
import { checkersFor, loadApplicationPage, reassignTargets } from './application-page.loader.js';
import { writeAudit, type AuditAction, type AuditEntry } from '../../audit/audit.repository.js';
import { CHECKLIST_FIELDS, parseChecklist } from './checklist-form.js';
import { osloDate } from '../../lib/time.js';
import { addNote, NOTE_MAX_LENGTH } from '../../follow-up/notes.repository.js';
import { pageContext, type PageContext } from '../kit/page-context.js';
import { reassignApplication } from '../../follow-up/reassign.service.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import { isWorkflowStatus } from '../../follow-up/statuses.js';
import type { WorkspaceApplication } from '../../applications/application.js';

const SAVED: readonly SavedKind[] = ['status', 'checklist', 'note', 'handler', 'reassigned'];

type Handler = (c: Context<WorkspaceEnv>, ctx: PageContext, a: WorkspaceApplication, form: Record<string, unknown>) => Promise<Response>;

export function createApplicationPageRoutes(deps: WorkspaceDeps) {
  const { db } = deps;
  const pagePath = (id: string) => `/koordinator/soknader/${id}`;

  async function showPage(c: Context<WorkspaceEnv>, ctx: PageContext, a: WorkspaceApplication, saved: SavedKind | null, rejected: RejectedForm | null) {
    const props = await loadApplicationPage(db, ctx, a);
    return renderPage(c, ctx, `${a.firstName} ${a.lastName}`, <ApplicationPage {...props} saved={saved} rejected={rejected} />, rejected ? 422 : 200);
  }

  /** A POST handler for a visible application; afterwards, back to the page with a note of what was saved. */
  function action(handler: Handler) {
    return async (c: Context<WorkspaceEnv>) => {
      const ctx = pageContext(c, deps.now());
      const a = await findVisibleApplication(db, ctx.staff, c.req.param('id') ?? '');
      if (!a) return notFoundPage(c, ctx);
      return handler(c, ctx, a, await c.req.parseBody());
    };
  }

  const audit = (ctx: PageContext, a: WorkspaceApplication, action: AuditAction, detail: AuditEntry['detail'] = {}): AuditEntry => ({
    accountId: ctx.staff.accountId,
    action,
    associationId: a.associationId,
    applicationId: a.id,
    detail,
  });

  return new Hono<WorkspaceEnv>()
    .get('/:id', async (c) => {
      const ctx = pageContext(c, deps.now());
      const a = await findVisibleApplication(db, ctx.staff, c.req.param('id'));
      if (!a) return notFoundPage(c, ctx);
      await writeAudit(db, audit(ctx, a, 'application.viewed'), ctx.now);
      const saved = c.req.query('lagret');
      return showPage(c, ctx, a, SAVED.find((s) => s === saved) ?? null, null);
    })
    .post(
      '/:id/status',
      action(async (c, ctx, a, form) => {
        const to = form.status;
        // The form only offers valid statuses: anything else is not a choice a person made, and nothing is saved.
        if (!isWorkflowStatus(to)) return c.redirect(ctx.href(pagePath(a.id)), 303);
        if (to !== a.status) {
          await withTransaction(db, async (trx) => {
            await changeStatus(trx, a, to, ctx.staff.accountId, ctx.now);
            await writeAudit(trx, audit(ctx, a, 'application.status_changed', { from: a.status, to }), ctx.now);
          });
        }
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=status`), 303);
      }),
    )
    .post(
      '/:id/sjekkliste',
      action(async (c, ctx, a, form) => {
        const result = parseChecklist(form, osloDate(ctx.now), (await checkersFor(db, a, ctx.staff)).names);
        if (!result.ok) {
          const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
          const values = {
            course: text(CHECKLIST_FIELDS.course),
            confidentiality: text(CHECKLIST_FIELDS.confidentiality),
            presented: text(CHECKLIST_FIELDS.police) === 'yes',
            policeDate: text(CHECKLIST_FIELDS.policeDate),
            checkedBy: text(CHECKLIST_FIELDS.checkedBy),
          };
          return showPage(c, ctx, a, null, { kind: 'checklist', values, errors: result.errors });
        }
        await withTransaction(db, async (trx) => {
          const items = await saveChecklist(trx, a, result.checklist, ctx.staff.accountId, ctx.now);
          if (items.length > 0) await writeAudit(trx, audit(ctx, a, 'application.checklist_changed', { items }), ctx.now);
        });
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=checklist`), 303);
      }),
    )
    .post(
      '/:id/notater',
      action(async (c, ctx, a, form) => {
        const body = typeof form.note === 'string' ? form.note.replace(/\r\n/g, '\n').trim() : '';
        if (!body || body.length > NOTE_MAX_LENGTH) {
          return showPage(c, ctx, a, null, { kind: 'note', draft: body, error: body ? 'note_too_long' : 'note_empty' });
        }
        await withTransaction(db, async (trx) => {
          const noteId = await addNote(trx, a.id, ctx.staff.accountId, body, ctx.now);
          await touchForNote(trx, a, ctx.staff.accountId, ctx.now);
          await writeAudit(trx, audit(ctx, a, 'application.note_added', { noteId }), ctx.now);
        });
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=note`), 303);
      }),
    )
    .post(
      '/:id/ansvarlig',
      action(async (c, ctx, a, form) => {
        const handling = form.handling === 'release' ? 'release' : 'take';
        const next = handling === 'take' ? ctx.staff.accountId : null;
        if (next !== a.handledBy) {
          await withTransaction(db, async (trx) => {
            await setHandler(trx, a, next, ctx.staff.accountId, ctx.now);
            await writeAudit(trx, audit(ctx, a, 'application.handler_changed', { handling }), ctx.now);
          });
        }
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=handler`), 303);
      }),
    )
    .post(
      '/:id/flytt',
      action(async (c, ctx, a, form) => {
        const to = (await reassignTargets(db, a)).find((s) => s.slug === form.forening);
        if (!to) return showPage(c, ctx, a, null, { kind: 'reassign', error: 'association_required' });
        if (await reassignApplication(db, { application: a, to, accountId: ctx.staff.accountId, publicUrl: deps.config.publicUrl }, ctx.now)) deps.onQueued();
        // Whoever passed it on may no longer see it: then back to the inbox, with word of where it went.
        const stillVisible = (await findVisibleApplication(db, ctx.staff, a.id)) !== undefined;
        return c.redirect(ctx.href(stillVisible ? `${pagePath(a.id)}?lagret=reassigned` : '/koordinator?melding=flyttet'), 303);
      }),
    );
}
