/**
 * HTTP: `/koordinator/kurs`, information meetings and the course. The list, creating and changing a session (its
 * arranger's coordinators and the national admin), one session with the list of participants of the person's own
 * associations and their attendance, an application's invitations and the invitation form, and the counts.
 * A session none of the person's associations may use answers the workspace's one 404, as does any application
 * she may not see. Every change is audited with the change itself (in the services).
 */
import { Hono, type Context } from 'hono';
import { findVisibleApplication } from '../../applications/applications.repository.js';
import type { Association } from '../../associations/association.js';
import { findNationalContact, listAssociations } from '../../associations/associations.repository.js';
import { writeAudit } from '../../audit/audit.repository.js';
import { markAttendance, mayMarkAttendance } from '../../course-sessions/attendance.service.js';
import { countCourseFigures, findBooking, findCurrentBooking, listInvitationsOf, listLive, listRoster } from '../../course-sessions/course-bookings.repository.js';
import { isSessionKind, type BookingStatus, type SessionWithPlaces } from '../../course-sessions/course-session.js';
import { findSession, isOpenTo, listSessionsFor } from '../../course-sessions/course-sessions.repository.js';
import { inviteApplicant } from '../../course-sessions/invitation.service.js';
import { cancelSession, changeSession, createSession } from '../../course-sessions/session-admin.service.js';
import { parseSessionForm, sessionFormOf, type SessionErrors, type SessionForm } from '../../course-sessions/session-fields.js';
import type { BookingDeps } from '../../course-sessions/session-mails.js';
import { daysBetween, osloDate } from '../../lib/time.js';
import { formatOsloClock } from '../../lib/oslo-format.js';
import type { Staff } from '../../accounts/staff.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { median } from '../figures/weekly-figures.js';
import { pageContext, type PageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { CourseFiguresPage, type CourseFigureRow } from './course-figures-page.js';
import { courseTexts, type SavedCode } from './course-sessions.texts.js';
import { INVITABLE, InvitationsPage, invitationsPath, type InvitationView } from './invitations-page.js';
import { SessionFormPage, type FormChoices } from './session-form-page.js';
import { SessionListPage } from './session-list-page.js';
import { CancelSessionPage, SessionPage } from './session-page.js';
import { sessionPath, sessionTitle } from './session-parts.js';

const SAVED: readonly SavedCode[] = ['created', 'changed', 'unchanged', 'attendance', 'invited', 'cancelled'];
const DAY = 86_400_000;

/** True when one of her associations may use the session (the admin sees every one). */
const mayView = (staff: Staff, s: SessionWithPlaces) => staff.role === 'admin' || staff.associationIds.some((id) => isOpenTo(s, id));
/** The arranger's coordinators and the national admin change a session. */
const mayEdit = (staff: Staff, s: SessionWithPlaces) => staff.role === 'admin' || staff.associationIds.includes(s.associationId);

export function createCourseSessionRoutes(deps: WorkspaceDeps) {
  const { db } = deps;
  const booking: BookingDeps = { db, publicUrl: deps.config.publicUrl, secret: deps.secretKey };

  const namesOf = async () => new Map((await listAssociations(db)).map((a) => [a.id, a.name]));

  /** Who she may arrange for: her own local and county associations; the admin arranges national and regional ones. */
  async function ownersFor(staff: Staff): Promise<Association[]> {
    if (staff.role === 'admin') {
      const national = await findNationalContact(db);
      return national ? [national] : [];
    }
    return (await listAssociations(db)).filter((a) => staff.associationIds.includes(a.id) && a.kind !== 'national');
  }

  async function choicesFor(staff: Staff, owner: string): Promise<FormChoices> {
    const all = await listAssociations(db);
    const owners = await ownersFor(staff);
    return {
      owners: owners.map((a) => ({ id: a.id, name: a.name })),
      shareable: all.filter((a) => a.active && a.kind !== 'national' && a.id !== owner).map((a) => ({ id: a.id, name: a.name })),
      mayOpenToAll: staff.role === 'admin',
    };
  }

  const emptyForm = (owner: string): SessionForm & { owner: string } => ({ kind: '', date: '', start: '', end: '', place: '', videoUrl: '', capacity: '', language: 'nb', shared: [], openToAll: false, owner });

  function formOfSession(s: SessionWithPlaces): SessionForm & { owner: string } {
    return {
      kind: s.kind,
      date: osloDate(new Date(s.startsAt)),
      start: formatOsloClock(s.startsAt, 'nb'),
      end: formatOsloClock(s.endsAt, 'nb'),
      place: s.place,
      videoUrl: s.videoUrl,
      capacity: String(s.capacity),
      language: s.language,
      shared: s.sharedWith,
      openToAll: s.openToAll,
      owner: s.associationId,
    };
  }

  function showForm(c: Context<WorkspaceEnv>, ctx: PageContext, action: string, choices: FormChoices, form: SessionForm & { owner: string }, errors: SessionErrors, editing: boolean) {
    const t = courseTexts(ctx.language);
    const page = <SessionFormPage ctx={ctx} action={action} choices={choices} form={form} errors={errors} editing={editing} today={osloDate(ctx.now)} />;
    return renderPage(c, ctx, editing ? t.editTitle : t.newTitle, page, Object.keys(errors).length > 0 ? 422 : 200);
  }

  /** The session behind `:id` if she may see it. */
  async function visibleSession(c: Context<WorkspaceEnv>, ctx: PageContext): Promise<SessionWithPlaces | undefined> {
    const s = await findSession(db, c.req.param('id') ?? '', ctx.now);
    return s && mayView(ctx.staff, s) ? s : undefined;
  }

  async function showSession(c: Context<WorkspaceEnv>, ctx: PageContext, s: SessionWithPlaces, saved: string | null, attendanceError: 'not_started' | null) {
    const roster = await listRoster(db, s.id, ctx.staff.associationIds);
    await writeAudit(db, { accountId: ctx.staff.accountId, action: 'course.session_viewed', associationId: s.associationId, detail: { sessionId: s.id, applicants: roster.length } }, ctx.now);
    const page = (
      <SessionPage ctx={ctx} session={s} names={await namesOf()} roster={roster} mayEdit={mayEdit(ctx.staff, s)} mayMark={mayMarkAttendance(s, ctx.now)} saved={saved} attendanceError={attendanceError} />
    );
    return renderPage(c, ctx, sessionTitle(ctx, s), page, attendanceError ? 422 : 200);
  }

  const savedText = (ctx: PageContext, code: string | undefined, told: string | undefined) => {
    const t = courseTexts(ctx.language);
    const n = Number(told);
    if (code === 'changed' && Number.isInteger(n) && n > 0) return t.savedChangedTold(n);
    const known = SAVED.find((s) => s === code);
    return known ? t.saved[known] : null;
  };

  return new Hono<WorkspaceEnv>()
    .get('/', async (c) => {
      const ctx = pageContext(c, deps.now());
      const ids = ctx.staff.associationIds;
      const upcoming = await listSessionsFor(db, ids, ctx.now, ctx.now);
      const past = (await listSessionsFor(db, ids, new Date(ctx.now.getTime() - 31 * DAY), ctx.now)).filter((s) => s.startsAt < ctx.now.toISOString()).reverse();
      const saved = c.req.query('lagret') === 'cancelled' ? courseTexts(ctx.language).saved.cancelled : null;
      return renderPage(c, ctx, courseTexts(ctx.language).listTitle, <SessionListPage ctx={ctx} upcoming={upcoming} past={past} names={await namesOf()} saved={saved} />);
    })
    .get('/ny', async (c) => {
      const ctx = pageContext(c, deps.now());
      const owners = await ownersFor(ctx.staff);
      if (owners.length === 0) return notFoundPage(c, ctx);
      return showForm(c, ctx, '/koordinator/kurs/ny', await choicesFor(ctx.staff, owners[0]!.id), emptyForm(owners[0]!.id), {}, false);
    })
    .post('/ny', async (c) => {
      const ctx = pageContext(c, deps.now());
      const body = await c.req.parseBody({ all: true });
      const owners = await ownersFor(ctx.staff);
      const owner = owners.find((o) => o.id === body.owner) ?? owners[0];
      if (!owner) return notFoundPage(c, ctx);
      const choices = await choicesFor(ctx.staff, owner.id);
      const form = sessionFormOf(body);
      if (!choices.mayOpenToAll) form.openToAll = false;
      const parsed = parseSessionForm(form, ctx.now, choices.shareable.map((a) => a.id));
      if (!parsed.ok) return showForm(c, ctx, '/koordinator/kurs/ny', choices, { ...form, owner: owner.id }, parsed.errors, false);
      const id = await createSession(db, owner.id, parsed.fields, ctx.staff.accountId, ctx.now);
      return c.redirect(ctx.href(`${sessionPath(id)}?lagret=created`), 303);
    })
    .get('/tall', async (c) => {
      const ctx = pageContext(c, deps.now());
      const t = courseTexts(ctx.language);
      const all = await listAssociations(db);
      const scopes: { name: string; ids: string[] | null }[] =
        ctx.staff.role === 'admin'
          ? [{ name: t.national, ids: null }, ...all.filter((a) => a.kind !== 'national').map((a) => ({ name: a.name, ids: [a.id] }))]
          : all.filter((a) => ctx.staff.associationIds.includes(a.id)).map((a) => ({ name: a.name, ids: [a.id] }));
      const rows: CourseFigureRow[] = [];
      for (const scope of scopes) {
        const counts = await countCourseFigures(db, scope.ids);
        const days = counts.daysToCourse.map((d) => daysBetween(d.appliedAt, new Date(d.courseAt)));
        rows.push({ name: scope.name, invited: counts.invited, booked: counts.booked, attended: counts.attended, noShows: counts.noShows, medianDays: median(days) });
      }
      return renderPage(c, ctx, t.figuresTitle, <CourseFiguresPage ctx={ctx} rows={rows} />);
    })
    .get('/soknad/:id', async (c) => {
      const ctx = pageContext(c, deps.now());
      const a = await findVisibleApplication(db, ctx.staff, c.req.param('id'));
      if (!a) return notFoundPage(c, ctx);
      const views: InvitationView[] = [];
      for (const invitation of await listInvitationsOf(db, a.id)) {
        const current = await findCurrentBooking(db, invitation.id);
        const session = current ? await findSession(db, current.session_id, ctx.now) : undefined;
        views.push({ invitation, booking: current && session ? { status: current.status as BookingStatus, session } : null });
      }
      await writeAudit(db, { accountId: ctx.staff.accountId, action: 'application.viewed', associationId: a.associationId, applicationId: a.id, detail: { page: 'course_invitations' } }, ctx.now);
      const saved = c.req.query('lagret') === 'invited' ? courseTexts(ctx.language).saved.invited : null;
      return renderPage(c, ctx, courseTexts(ctx.language).invitationsTitle(a.firstName), <InvitationsPage ctx={ctx} applicationId={a.id} status={a.status} name={`${a.firstName} ${a.lastName}`} views={views} saved={saved} />);
    })
    .post('/soknad/:id/inviter', async (c) => {
      const ctx = pageContext(c, deps.now());
      const a = await findVisibleApplication(db, ctx.staff, c.req.param('id'));
      if (!a) return notFoundPage(c, ctx);
      const kind = (await c.req.parseBody()).kind;
      if (!isSessionKind(kind) || !INVITABLE.includes(a.status)) return c.redirect(ctx.href(invitationsPath(a.id)), 303);
      const sent = await inviteApplicant(booking, { applicationId: a.id, associationId: a.associationId, language: a.language, kind, accountId: ctx.staff.accountId, reason: 'invited' }, ctx.now);
      if (sent) deps.onQueued();
      return c.redirect(ctx.href(`${invitationsPath(a.id)}?lagret=invited`), 303);
    })
    .get('/:id', async (c) => {
      const ctx = pageContext(c, deps.now());
      const s = await visibleSession(c, ctx);
      if (!s) return notFoundPage(c, ctx);
      return showSession(c, ctx, s, savedText(ctx, c.req.query('lagret'), c.req.query('fortalt')), null);
    })
    .get('/:id/endre', async (c) => {
      const ctx = pageContext(c, deps.now());
      const s = await visibleSession(c, ctx);
      if (!s || !mayEdit(ctx.staff, s)) return notFoundPage(c, ctx);
      return showForm(c, ctx, `${sessionPath(s.id)}/endre`, await choicesFor(ctx.staff, s.associationId), formOfSession(s), {}, true);
    })
    .post('/:id/endre', async (c) => {
      const ctx = pageContext(c, deps.now());
      const s = await visibleSession(c, ctx);
      if (!s || !mayEdit(ctx.staff, s)) return notFoundPage(c, ctx);
      const choices = await choicesFor(ctx.staff, s.associationId);
      const form = sessionFormOf(await c.req.parseBody({ all: true }));
      if (!choices.mayOpenToAll) form.openToAll = s.openToAll;
      const parsed = parseSessionForm(form, ctx.now, choices.shareable.map((a) => a.id), s.kind);
      const again = (errors: SessionErrors) => showForm(c, ctx, `${sessionPath(s.id)}/endre`, choices, { ...form, kind: s.kind, owner: s.associationId }, errors, true);
      if (!parsed.ok) return again(parsed.errors);
      const outcome = await changeSession(booking, s, parsed.fields, ctx.staff.accountId, ctx.now);
      if (!outcome.ok) return again({ capacity: outcome.code });
      if (outcome.told > 0) deps.onQueued();
      const saved = outcome.changed ? `changed&fortalt=${outcome.told}` : 'unchanged';
      return c.redirect(ctx.href(`${sessionPath(s.id)}?lagret=${saved}`), 303);
    })
    .get('/:id/avlys', async (c) => {
      const ctx = pageContext(c, deps.now());
      const s = await visibleSession(c, ctx);
      if (!s || !mayEdit(ctx.staff, s)) return notFoundPage(c, ctx);
      return renderPage(c, ctx, courseTexts(ctx.language).cancelTitle, <CancelSessionPage ctx={ctx} session={s} people={(await listLive(db, s.id)).length} />);
    })
    .post('/:id/avlys', async (c) => {
      const ctx = pageContext(c, deps.now());
      const s = await visibleSession(c, ctx);
      if (!s || !mayEdit(ctx.staff, s)) return notFoundPage(c, ctx);
      if ((await cancelSession(booking, s, ctx.staff.accountId, ctx.now)) > 0) deps.onQueued();
      return c.redirect(ctx.href('/koordinator/kurs?lagret=cancelled'), 303);
    })
    .post('/:id/oppmote', async (c) => {
      const ctx = pageContext(c, deps.now());
      const s = await visibleSession(c, ctx);
      if (!s) return notFoundPage(c, ctx);
      if (!mayMarkAttendance(s, ctx.now)) return showSession(c, ctx, s, null, 'not_started');
      const body = await c.req.parseBody();
      let mailed = false;
      for (const [name, value] of Object.entries(body).slice(0, 500)) {
        if (!name.startsWith('a_') || (value !== 'present' && value !== 'absent')) continue;
        const b = await findBooking(db, name.slice(2));
        // Only her own applicants' places on this session: anything else is skipped as if it were not there.
        if (!b || b.session_id !== s.id || !ctx.staff.associationIds.includes(b.association_id)) continue;
        const a = await findVisibleApplication(db, ctx.staff, b.application_id);
        if (!a) continue;
        const outcome = await markAttendance(booking, s, a, b.id, value, ctx.staff.accountId, ctx.now);
        if (outcome.ok && outcome.mailed) mailed = true;
      }
      if (mailed) deps.onQueued();
      return c.redirect(ctx.href(`${sessionPath(s.id)}?lagret=attendance`), 303);
    });
}
