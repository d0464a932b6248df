/**
 * HTTP: `/koordinator/soknader/:id`, the application page, and the forms on it: one follow-up form (status,
 * checklist, new note: saved together), handler, reassignment; the confirmations for declining and passing on; the
 * author's page to correct or delete her note. Every route answers the same 404 for an application the person may not see as for none at all.
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
import { addNote, deleteNote, findOwnNote, NOTE_MAX_LENGTH, updateNote } from '../../follow-up/notes.repository.js';
import { listAssociations } from '../../associations/associations.repository.js';
import type { Association } from '../../associations/association.js';
import { declineApplication } from '../../follow-up/decline.service.js';
import { confirmTexts, type ReasonErrorCode } from './confirm.texts.js';
import { DeclinePage, EditNotePage, parseReason, ReassignPage } from './confirm-pages.js';
import { pageContext, type PageContext } from '../kit/page-context.js';
import { reassignApplication } from '../../follow-up/reassign.service.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import { isWorkflowStatus } from '../../follow-up/statuses.js';
import type { WorkspaceApplication } from '../../applications/application.js';

const SAVED: readonly SavedKind[] = ['changes', 'unchanged', 'handler', 'reassigned', 'declined', 'note_edited', 'note_deleted'];

type Handler = (c: Context<WorkspaceEnv>, ctx: PageContext, a: WorkspaceApplication, form: Record<string, unknown>) => Promise<Response>;

export function createApplicationPageRoutes(deps: WorkspaceDeps) {
  const { db } = deps;
  const pagePath = (id: string) => `/koordinator/soknader/${id}`;

  async function showPage(c: Context<WorkspaceEnv>, ctx: PageContext, a: WorkspaceApplication, saved: SavedKind | null, rejected: RejectedForm | null) {
    const props = await loadApplicationPage(db, ctx, a);
    return renderPage(c, ctx, `${a.firstName} ${a.lastName}`, <ApplicationPage {...props} saved={saved} rejected={rejected} />, rejected ? 422 : 200);
  }

  function showDecline(c: Context<WorkspaceEnv>, ctx: PageContext, a: WorkspaceApplication, reason: string, error: ReasonErrorCode | undefined, otherChangesSaved: boolean) {
    const page = <DeclinePage ctx={ctx} application={a} reason={reason} error={error} otherChangesSaved={otherChangesSaved} />;
    return renderPage(c, ctx, confirmTexts(ctx.language).declineTitle, page, error ? 422 : 200);
  }

  function showReassign(c: Context<WorkspaceEnv>, ctx: PageContext, a: WorkspaceApplication, to: Association, reason: string, error: ReasonErrorCode | undefined) {
    const page = <ReassignPage ctx={ctx} application={a} to={to} reason={reason} error={error} />;
    return renderPage(c, ctx, confirmTexts(ctx.language).reassignTitle, page, error ? 422 : 200);
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
    .on(
      'POST',
      // The former per-section paths save whatever part a post carries, like the one form: a page left open in a
      // browser from before the one save keeps working.
      ['/:id/lagre', '/:id/status', '/:id/sjekkliste', '/:id/notater'],
      action(async (c, ctx, a, form) => {
        // One form for status, checklist and a new note: whatever was changed is saved together, so no choice is
        // left behind by saving another part. Nothing is saved while any part has an error, and all is shown again.
        const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
        const status = isWorkflowStatus(form.status) ? form.status : null;
        const hasChecklist = Object.values(CHECKLIST_FIELDS).some((name) => name in form);
        const checklist = hasChecklist ? parseChecklist(form, { today: osloDate(ctx.now), applied: osloDate(new Date(a.createdAt)) }, (await checkersFor(db, a, ctx.staff)).names) : null;
        const note = text('note').replace(/\r\n/g, '\n').trim();
        const noteError = note.length > NOTE_MAX_LENGTH ? ('note_too_long' as const) : undefined;
        if ((checklist && !checklist.ok) || noteError) {
          const values = {
            course: text(CHECKLIST_FIELDS.course),
            confidentiality: text(CHECKLIST_FIELDS.confidentiality),
            presented: text(CHECKLIST_FIELDS.police) === 'yes',
            policeDate: text(CHECKLIST_FIELDS.policeDate),
            checkedBy: text(CHECKLIST_FIELDS.checkedBy),
          };
          const checklistErrors = checklist && !checklist.ok ? checklist.errors : {};
          return showPage(c, ctx, a, null, { kind: 'follow-up', status: status ?? a.status, checklist: values, checklistErrors, draft: note, noteError });
        }
        // Declining needs its own confirmation and reason: everything else is saved now, the decline on the next page.
        const declining = status === 'declined' && a.status !== 'declined';
        const changed = await withTransaction(db, async (trx) => {
          let any = false;
          if (status && status !== a.status && !declining) {
            await changeStatus(trx, a, status, ctx.staff.accountId, ctx.now);
            await writeAudit(trx, audit(ctx, a, 'application.status_changed', { from: a.status, to: status }), ctx.now);
            any = true;
          }
          if (checklist?.ok) {
            const items = await saveChecklist(trx, a, checklist.checklist, ctx.staff.accountId, ctx.now);
            if (items.length > 0) {
              await writeAudit(trx, audit(ctx, a, 'application.checklist_changed', { items }), ctx.now);
              any = true;
            }
          }
          if (note) {
            const noteId = await addNote(trx, a.id, ctx.staff.accountId, note, ctx.now);
            await touchForNote(trx, a, ctx.staff.accountId, ctx.now);
            await writeAudit(trx, audit(ctx, a, 'application.note_added', { noteId }), ctx.now);
            any = true;
          }
          return any;
        });
        if (declining) return c.redirect(ctx.href(`${pagePath(a.id)}/avsla${changed ? '?lagret=changes' : ''}`), 303);
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=${changed ? 'changes' : 'unchanged'}`), 303);
      }),
    )
    .get('/:id/avsla', async (c) => {
      const ctx = pageContext(c, deps.now());
      const a = await findVisibleApplication(db, ctx.staff, c.req.param('id'));
      if (!a) return notFoundPage(c, ctx);
      if (a.status === 'declined') return c.redirect(ctx.href(pagePath(a.id)), 303);
      return showDecline(c, ctx, a, '', undefined, c.req.query('lagret') === 'changes');
    })
    .post(
      '/:id/avsla',
      action(async (c, ctx, a, form) => {
        if (a.status === 'declined') return c.redirect(ctx.href(pagePath(a.id)), 303);
        const reason = parseReason(form.reason);
        if (!reason.ok) return showDecline(c, ctx, a, reason.reason, reason.error, false);
        const association = (await listAssociations(db)).find((s) => s.id === a.associationId);
        if (!association) return notFoundPage(c, ctx);
        if (await declineApplication(db, { application: a, association, accountId: ctx.staff.accountId, reason: reason.reason }, ctx.now)) deps.onQueued();
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=declined`), 303);
      }),
    )
    .get('/:id/notater/:noteId', async (c) => {
      const ctx = pageContext(c, deps.now());
      const a = await findVisibleApplication(db, ctx.staff, c.req.param('id'));
      const note = a ? await findOwnNote(db, a.id, c.req.param('noteId'), ctx.staff.accountId) : undefined;
      if (!a || !note) return notFoundPage(c, ctx);
      return renderPage(c, ctx, confirmTexts(ctx.language).noteTitle, <EditNotePage ctx={ctx} application={a} note={note} draft={note.body} error={undefined} />);
    })
    .post(
      '/:id/notater/:noteId',
      action(async (c, ctx, a, form) => {
        const note = await findOwnNote(db, a.id, c.req.param('noteId') ?? '', ctx.staff.accountId);
        if (!note) return notFoundPage(c, ctx);
        const body = typeof form.note === 'string' ? form.note.replace(/\r\n/g, '\n').trim() : '';
        if (!body || body.length > NOTE_MAX_LENGTH) {
          const error = body ? ('note_too_long' as const) : ('note_empty' as const);
          return renderPage(c, ctx, confirmTexts(ctx.language).noteTitle, <EditNotePage ctx={ctx} application={a} note={note} draft={body} error={error} />, 422);
        }
        if (body !== note.body) {
          await withTransaction(db, async (trx) => {
            await updateNote(trx, note.id, body);
            await touchForNote(trx, a, ctx.staff.accountId, ctx.now, 'edited');
            await writeAudit(trx, audit(ctx, a, 'application.note_edited', { noteId: note.id }), ctx.now);
          });
        }
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=note_edited`), 303);
      }),
    )
    .post(
      '/:id/notater/:noteId/slett',
      action(async (c, ctx, a) => {
        const note = await findOwnNote(db, a.id, c.req.param('noteId') ?? '', ctx.staff.accountId);
        if (!note) return notFoundPage(c, ctx);
        await withTransaction(db, async (trx) => {
          await deleteNote(trx, note.id);
          await touchForNote(trx, a, ctx.staff.accountId, ctx.now, 'deleted');
          await writeAudit(trx, audit(ctx, a, 'application.note_deleted', { noteId: note.id }), ctx.now);
        });
        return c.redirect(ctx.href(`${pagePath(a.id)}?lagret=note_deleted`), 303);
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
        // The first post (from the application page) asks for the confirmation and the reason; the second does it.
        if (form.confirmed !== 'yes') return showReassign(c, ctx, a, to, '', undefined);
        const reason = parseReason(form.reason);
        if (!reason.ok) return showReassign(c, ctx, a, to, reason.reason, reason.error);
        const reassignment = { application: a, to, accountId: ctx.staff.accountId, reason: reason.reason, publicUrl: deps.config.publicUrl };
        if (await reassignApplication(db, reassignment, ctx.now)) deps.onQueued();
        // Whoever passed it on may no longer see it: then back to the inbox, with word of where it went.
        const stillVisible = (await findVisibleApplication(db, ctx.staff, a.id)) !== undefined;
        return c.redirect(ctx.href(stillVisible ? `${pagePath(a.id)}?lagret=reassigned` : '/koordinator?melding=flyttet'), 303);
      }),
    );
}
