/**
 * HTTP: the national admin's reference data, under `/koordinator/referansedata`. She uploads Bring's register,
 * Kartverket's kommune list or an association file; the server parses it with the admin tool's code path
 * (`reference-data/reference-upload.ts`), keeps it as a private staging file bound to her account
 * (`reference-data/staged-uploads.ts`) and shows what would change; applying runs in one transaction with its audit
 * entry, cancelling deletes the file. Anyone but the admin gets the workspace's 404.
 */
import { Hono, type Context } from 'hono';
import { listAssociations } from '../../associations/associations.repository.js';
import { writeAudit } from '../../audit/audit.repository.js';
import { withTransaction } from '../../db/transaction.js';
import { countReferenceData } from '../../reference-data/reference-data.repository.js';
import {
  applyReferenceFile,
  isReferenceFileKind,
  previewReferenceFile,
  REFERENCE_FILE_LIMIT_BYTES,
  type ReferenceFileKind,
} from '../../reference-data/reference-upload.js';
import { discardStagedUpload, findStagedUpload, stageUpload, sweepStagedUploads, takeStagedUpload } from '../../reference-data/staged-uploads.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import type { FieldError } from '../kit/error-summary.js';
import { pageContext, type PageContext } from '../kit/page-context.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { PreviewPage, UPLOAD_PATH, UploadPage } from './reference-data-pages.js';
import { referenceDataTexts } from './reference-data.texts.js';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (Math.ceil((bytes / MB) * 10) / 10).toLocaleString('nb-NO');

export function createReferenceDataRoutes(deps: WorkspaceDeps) {
  const { db } = deps;
  const dataDir = deps.config.dataDir;

  /** The admin's page context, or undefined for anyone else. */
  function adminContext(c: Context<WorkspaceEnv>): PageContext | undefined {
    const ctx = pageContext(c, deps.now());
    return ctx.staff.role === 'admin' ? ctx : undefined;
  }

  async function showUploadPage(c: Context<WorkspaceEnv>, ctx: PageContext, form: { kind?: ReferenceFileKind; errors?: FieldError[]; problems?: string[]; done?: string }, status: 200 | 413 | 422 = 200) {
    const stored = { ...(await countReferenceData(db)), associations: (await listAssociations(db)).length };
    return renderPage(
      c,
      ctx,
      referenceDataTexts(ctx.language).title,
      <UploadPage ctx={ctx} stored={stored} kind={form.kind} errors={form.errors ?? []} problems={form.problems ?? []} done={form.done} />,
      status,
    );
  }

  return (
    new Hono<WorkspaceEnv>()
      .get('/', async (c) => {
        const ctx = adminContext(c);
        if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
        sweepStagedUploads(dataDir, ctx.now);
        const t = referenceDataTexts(ctx.language);
        const applied = c.req.query('brukt');
        const rows = Number(c.req.query('rader'));
        const done = applied && isReferenceFileKind(applied) && Number.isInteger(rows) ? t.applied(t.kind[applied], rows) : c.req.query('avbrutt') === '1' ? t.cancelled : undefined;
        return showUploadPage(c, ctx, { done });
      })
      // The workspace's body limit (layout/body-limit.ts) lets this one route through with the largest file.
      .post('/', async (c) => {
        const ctx = adminContext(c);
        if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
        const t = referenceDataTexts(ctx.language);
        const form = await c.req.parseBody();
        const kind = typeof form.type === 'string' && isReferenceFileKind(form.type) ? form.type : undefined;
        const file = form.fil instanceof File && form.fil.size > 0 ? form.fil : undefined;
        const errors: FieldError[] = [];
        if (!kind) errors.push({ field: 'type', text: t.chooseKind });
        if (!file) errors.push({ field: 'fil', text: t.chooseFile });
        if (!kind || !file) return showUploadPage(c, ctx, { kind, errors }, 422);
        const limit = REFERENCE_FILE_LIMIT_BYTES[kind];
        if (file.size > limit) return showUploadPage(c, ctx, { kind, errors: [{ field: 'fil', text: t.tooLarge(megabytes(file.size), megabytes(limit)) }] }, 413);
        const bytes = new Uint8Array(await file.arrayBuffer());
        const fileName = file.name.slice(0, 200);
        const preview = await previewReferenceFile(db, kind, bytes, fileName);
        if (!preview.ok) return showUploadPage(c, ctx, { kind, errors: [{ field: 'problems', text: t.invalid }], problems: preview.problems }, 422);
        const upload = stageUpload(dataDir, { accountId: ctx.staff.accountId, kind, fileName, bytes }, ctx.now);
        return c.redirect(ctx.href(`${UPLOAD_PATH}/${upload.id}`), 303);
      })
      .get('/:id', async (c) => {
        const ctx = adminContext(c);
        if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
        const upload = findStagedUpload(dataDir, c.req.param('id'), ctx.staff.accountId, ctx.now);
        if (!upload) return notFoundPage(c, ctx);
        const preview = await previewReferenceFile(db, upload.kind, upload.bytes, upload.fileName);
        if (!preview.ok) return showUploadPage(c, ctx, { kind: upload.kind, errors: [{ field: 'problems', text: referenceDataTexts(ctx.language).invalid }], problems: preview.problems }, 422);
        return renderPage(c, ctx, referenceDataTexts(ctx.language).previewTitle, <PreviewPage ctx={ctx} upload={upload} preview={preview} />);
      })
      .post('/:id/bruk', async (c) => {
        const ctx = adminContext(c);
        if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
        const sha256 = (await c.req.parseBody()).sha256;
        const taken = takeStagedUpload(dataDir, c.req.param('id'), ctx.staff.accountId, typeof sha256 === 'string' ? sha256 : '', ctx.now);
        if (!taken) return notFoundPage(c, ctx);
        const { upload } = taken;
        let result;
        try {
          result = await withTransaction(db, async (trx) => {
            const applied = await applyReferenceFile(trx, upload.kind, upload.bytes, upload.fileName, ctx.now);
            if (!applied.ok) return applied;
            const { diff } = applied;
            await writeAudit(
              trx,
              {
                accountId: ctx.staff.accountId,
                action: 'reference_data.applied',
                detail: { kind: upload.kind, rows: applied.rows, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, encoding: applied.encoding, sha256: upload.sha256 },
              },
              ctx.now,
            );
            return applied;
          });
        } catch (err) {
          taken.putBack();
          throw err;
        }
        taken.done();
        if (!result.ok) {
          // The stored data changed since the preview in a way that makes the file wrong now: nothing was written.
          return showUploadPage(c, ctx, { kind: upload.kind, errors: [{ field: 'problems', text: referenceDataTexts(ctx.language).invalid }], problems: result.problems }, 422);
        }
        return c.redirect(ctx.href(`${UPLOAD_PATH}?brukt=${upload.kind}&rader=${result.rows}`), 303);
      })
      .post('/:id/avbryt', async (c) => {
        const ctx = adminContext(c);
        if (!ctx) return notFoundPage(c, pageContext(c, deps.now()));
        if (!discardStagedUpload(dataDir, c.req.param('id'), ctx.staff.accountId, ctx.now)) return notFoundPage(c, ctx);
        return c.redirect(ctx.href(`${UPLOAD_PATH}?avbrutt=1`), 303);
      })
  );
}
