/**
 * HTTP: `/koordinator/holdt-tilbake`, applications an association's hourly budget held back (second attack,
 * finding 1). A coordinator sees those of the associations she coordinates, the national admin all of them (`?forening=`
 * narrows to one); each can be released or discarded with a POST (the session middleware refuses cross-site ones),
 * then post/redirect/get. Anything held elsewhere, released already or not held at all answers the one 404.
 */
import { Hono } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { writeAudit } from '../../audit/audit.repository.js';
import { listHeld } from '../../applications/held-applications.repository.js';
import { discardHeldApplication, releaseHeldApplication, type HeldOutcome } from '../../applications/held-applications.service.js';
import { pickAssociation, visibleAssociations } from '../kit/association-scope.js';
import { pageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { HeldPage } from './held-page.js';
import { heldTexts } from './held.texts.js';

const MESSAGES = { sluppet: 'released', forkastet: 'discarded' } as const;

export function createHeldRoutes(deps: WorkspaceDeps) {
  const { db } = deps;
  const heldDeps = {
    publicUrl: deps.config.publicUrl,
    secretKey: deps.secretKey,
    duplicateWindowDays: deps.config.screening.duplicateWindowDays,
    retentionMonths: deps.config.retention.months,
  };
  const after = (c: Parameters<typeof pageContext>[0], outcome: HeldOutcome, message: keyof typeof MESSAGES) => {
    const ctx = pageContext(c, deps.now());
    if (!outcome.done) return notFoundPage(c, ctx);
    if (outcome.queuedMail) deps.onQueued();
    return c.redirect(ctx.href(`/koordinator/holdt-tilbake?melding=${message}`), 303);
  };

  return new Hono<WorkspaceEnv>()
    .get('/', async (c) => {
      const ctx = pageContext(c, deps.now());
      const associations = await visibleAssociations(db, ctx.staff);
      const chosen = pickAssociation(associations, c.req.query('forening'));
      if (chosen === undefined) return notFoundPage(c, ctx);
      const held = await listHeld(db, chosen ? [chosen.id] : associations.map((a) => a.id));
      await writeAudit(db, { accountId: ctx.staff.accountId, action: 'held.viewed', associationId: chosen?.id ?? null, detail: { count: held.length } }, ctx.now);
      const t = heldTexts(ctx.language);
      const key = c.req.query('melding');
      const message = key && key in MESSAGES ? t[MESSAGES[key as keyof typeof MESSAGES]] : null;
      return renderPage(
        c,
        ctx,
        chosen ? `${t.title}: ${chosen.name}` : t.title,
        <HeldPage ctx={ctx} held={held} associations={associations} quarantineDays={deps.config.retention.quarantineDays} message={message} />,
      );
    })
    .post('/:id/slipp-inn', async (c) => {
      const ctx = pageContext(c, deps.now());
      return after(c, await releaseHeldApplication(db, ctx.staff, c.req.param('id'), heldDeps, ctx.now), 'sluppet');
    })
    .post('/:id/forkast', async (c) => {
      const ctx = pageContext(c, deps.now());
      return after(c, await discardHeldApplication(db, ctx.staff, c.req.param('id'), ctx.now), 'forkastet');
    });
}
