/**
 * HTTP: the national admin's answers to data-protection requests, under `/koordinator/personvern`. Search by exact
 * address, export everything about one person as JSON, erase it after a confirmation. Anyone but the admin gets the
 * workspace's 404: these pages do not exist for them. Every search, view, export and erasure is audited.
 */
import { Hono, type Context } from 'hono';
import { withTransaction } from '../../db/transaction.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { writeAudit } from '../../audit/audit.repository.js';
import { osloDate } from '../../lib/time.js';
import { pageContext, type PageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { emailKeyOf, findApplicationsByEmail } from '../../applications/application-queries.repository.js';
import { collectPersonData, erasePerson } from '../../privacy/person-data.repository.js';
import { ErasePage, SearchPage } from './privacy-pages.js';
import { privacyTexts } from './privacy.texts.js';

export function createPrivacyRoutes(deps: WorkspaceDeps) {
  const { db } = deps;

  /** The admin's page context, or undefined for anyone else. */
  function adminContext(c: Context<WorkspaceEnv>): PageContext | undefined {
    const ctx = pageContext(c, deps.now());
    return ctx.staff.role === 'admin' ? ctx : undefined;
  }

  /** The person behind an application id with her applications, for the export and erase routes. */
  async function personOf(id: string) {
    const key = await emailKeyOf(db, id);
    return key ? { key, applications: await findApplicationsByEmail(db, key) } : undefined;
  }

  async function showErasePage(c: Context<WorkspaceEnv>, ctx: PageContext, id: string, unconfirmed: boolean) {
    const person = await personOf(id);
    const first = person?.applications[0];
    if (!person || !first) return notFoundPage(c, ctx);
    const data = await collectPersonData(db, person.key, ctx.now);
    const counts = { applications: data.applications.length, notes: data.notes.length, events: data.events.length, mails: data.mails.length };
    await writeAudit(db, { accountId: ctx.staff.accountId, action: 'person.viewed', associationId: first.associationId, applicationId: id }, ctx.now);
    return renderPage(
      c,
      ctx,
      privacyTexts(ctx.language).eraseTitle,
      <ErasePage ctx={ctx} applicationId={id} name={`${first.firstName} ${first.lastName}`} email={first.email} counts={counts} unconfirmed={unconfirmed} />,
      unconfirmed ? 422 : 200,
    );
  }

  return new Hono<WorkspaceEnv>()
    .get('/', async (c) => {
      const ctx = adminContext(c);
      if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
      const erased = Number(c.req.query('slettet'));
      return renderPage(c, ctx, privacyTexts(ctx.language).title, <SearchPage ctx={ctx} email="" results={null} erased={Number.isInteger(erased) && erased > 0 ? erased : null} />);
    })
    // The search is a POST: the address she looks for never stands in a URL.
    .post('/', async (c) => {
      const ctx = adminContext(c);
      if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
      const typed = (await c.req.parseBody()).epost;
      const email = (typeof typed === 'string' ? typed : '').trim().slice(0, 254);
      const results = email ? await findApplicationsByEmail(db, email) : null;
      if (results) await writeAudit(db, { accountId: ctx.staff.accountId, action: 'person.searched', detail: { matches: results.length } }, ctx.now);
      return renderPage(c, ctx, privacyTexts(ctx.language).title, <SearchPage ctx={ctx} email={email} results={results} erased={null} />);
    })
    .get('/eksport/:id', async (c) => {
      const ctx = adminContext(c);
      if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
      const person = await personOf(c.req.param('id'));
      const first = person?.applications[0];
      if (!person || !first) return notFoundPage(c, ctx);
      const data = await collectPersonData(db, person.key, ctx.now);
      await writeAudit(
        db,
        { accountId: ctx.staff.accountId, action: 'person.exported', associationId: first.associationId, applicationId: c.req.param('id'), detail: { applications: data.applications.length } },
        ctx.now,
      );
      return c.body(JSON.stringify(data, null, 2), 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="ressursvenn-innsyn-${first.reference}-${osloDate(ctx.now)}.json"`,
      });
    })
    .get('/slett/:id', async (c) => {
      const ctx = adminContext(c);
      if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
      return showErasePage(c, ctx, c.req.param('id'), false);
    })
    .post('/slett/:id', async (c) => {
      const ctx = adminContext(c);
      if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
      const id = c.req.param('id');
      const form = await c.req.parseBody();
      if (form.bekreft !== 'yes') return showErasePage(c, ctx, id, true);
      const person = await personOf(id);
      const first = person?.applications[0];
      if (!person || !first) return notFoundPage(c, ctx);
      const counts = await withTransaction(db, async (trx) => {
        const erased = await erasePerson(trx, person.key, ctx.now);
        await writeAudit(trx, { accountId: ctx.staff.accountId, action: 'person.erased', associationId: first.associationId, applicationId: id, detail: { ...erased } }, ctx.now);
        return erased;
      });
      return c.redirect(ctx.href(`/koordinator/personvern?slettet=${counts.applications}`), 303);
    });
}
