/**
 * HTTP: `GET /koordinator/eksport.csv?forening=slug`, one association's applications as a spreadsheet. Contact
 * details and follow-up dates only: the applicant's own words and the notes stay in the workspace, since files
 * travel. Quarantined submissions and repeat applications are left out. Every download is audited.
 */
import { Hono } from 'hono';
import { listApplicationsForExport } from '../../applications/application-queries.repository.js';
import { requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { pickAssociation, visibleAssociations } from '../kit/association-scope.js';
import { writeAudit } from '../../audit/audit.repository.js';
import { commonTexts } from '../kit/common.texts.js';
import { csvExportTexts } from './csv-export.texts.js';
import { toCsv } from './csv.js';
import { phoneForSpreadsheet } from './phone-cell.js';
import { osloDate } from '../../lib/time.js';
import { pageContext } from '../kit/page-context.js';
import { notFoundPage } from '../kit/render-page.js';
import type { ApplicationStatus } from '../../follow-up/statuses.js';

export function createCsvExportRoutes(deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>().get('/eksport.csv', requireStaff(), async (c) => {
    const ctx = pageContext(c, deps.now());
    const association = pickAssociation(await visibleAssociations(deps.db, ctx.staff), c.req.query('forening'));
    if (!association) return notFoundPage(c, ctx);
    const t = csvExportTexts(ctx.language);
    const common = commonTexts(ctx.language);
    const rows = await listApplicationsForExport(deps.db, association.id);
    const csv = toCsv(
      t.header,
      rows.map(({ application: a, kommuneName, handlerName }) => [
        a.reference,
        common.status[a.status as ApplicationStatus] ?? a.status,
        osloDate(new Date(a.createdAt)),
        a.firstName,
        a.lastName,
        a.email,
        phoneForSpreadsheet(a.phone),
        a.postalCode,
        kommuneName,
        a.flags.map((f) => common.flag[f]).join(', '),
        handlerName,
        a.firstContactAt ? osloDate(new Date(a.firstContactAt)) : '',
        a.checklist.courseCompletedOn,
        a.checklist.confidentialitySignedOn,
        a.checklist.policeCertificate?.presentedOn,
        a.checklist.policeCertificate?.checkedBy,
        a.closedAt ? osloDate(new Date(a.closedAt)) : '',
      ]),
    );
    await writeAudit(deps.db, { accountId: ctx.staff.accountId, action: 'association.exported', associationId: association.id, detail: { rows: rows.length } }, ctx.now);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ressursvenn-${association.slug}-${osloDate(ctx.now)}.csv"`,
    });
  });
}
