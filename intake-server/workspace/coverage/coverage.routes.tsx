/**
 * HTTP: `GET /koordinator/dekning`, the national admin's coverage page: who serves each kommune, where applicants
 * fall back, associations that cover nothing, and "where would this postal code go, and why?" answered by the same
 * code as the admin tool's `route` command. Anyone but the admin gets the workspace's 404.
 */
import { Hono } from 'hono';
import { listAssociations } from '../../associations/associations.repository.js';
import { loadCoverageOverview } from '../../routing/coverage-overview.js';
import { explainRoute, isPostalCode } from '../../routing/route-explanation.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { pageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { CoveragePage } from './coverage-page.js';
import { coverageTexts } from './coverage.texts.js';

/** A query value as typed, cut to `max` characters (the longest slug or postal code anyone could mean). */
const field = (value: string | undefined, max: number) => (value ?? '').trim().slice(0, max);

export function createCoverageRoutes(deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>().get('/', async (c) => {
    const ctx = pageContext(c, deps.now());
    if (ctx.staff.role !== 'admin') return notFoundPage(c, ctx);
    const asked = c.req.query('postnummer') !== undefined;
    const question = { postalCode: field(c.req.query('postnummer'), 10), pageAssociation: field(c.req.query('side'), 100), confirmedAssociation: field(c.req.query('bekreftet'), 100) };
    const invalid = asked && !isPostalCode(question.postalCode);
    const explanation = asked && !invalid ? await explainRoute(deps.db, question) : null;
    const overview = await loadCoverageOverview(deps.db);
    const wanted = c.req.query('fylke');
    const fylke = overview.fylker.some((f) => f.number === wanted) ? wanted! : null;
    return renderPage(
      c,
      ctx,
      coverageTexts(ctx.language).title,
      <CoveragePage ctx={ctx} overview={overview} fylke={fylke} associations={await listAssociations(deps.db)} route={{ question, invalid, explanation }} />,
      invalid ? 422 : 200,
    );
  });
}
