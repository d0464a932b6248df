/** The admin's reference-data pages: what is stored, the upload form, and the preview with apply and cancel. */
import { ErrorSummary, FieldMessage, type FieldError } from '../kit/error-summary.js';
import { formatTime } from '../kit/format.js';
import type { PageContext } from '../kit/page-context.js';
import { REFERENCE_FILE_KINDS, type ReferenceFileKind, type ReferencePreview } from '../../reference-data/reference-upload.js';
import type { StagedUpload } from '../../reference-data/staged-uploads.js';
import { referenceDataTexts } from './reference-data.texts.js';

/** How many keys, errors and warnings a page lists before it sums up the rest. */
export const LISTED = 20;

export const UPLOAD_PATH = '/koordinator/referansedata';

export interface UploadPageProps {
  ctx: PageContext;
  stored: { postalCodes: number; kommuner: number; associations: number };
  kind: ReferenceFileKind | undefined;
  errors: FieldError[];
  /** The parsers' problems with the file, in English, each naming its line. */
  problems: string[];
  /** The message after an apply or a cancel. */
  done: string | undefined;
}

function Listed({ items, more }: { items: string[]; more: (n: number) => string }) {
  return (
    <>
      <ul>
        {items.slice(0, LISTED).map((p) => (
          <li>{p}</li>
        ))}
      </ul>
      {items.length > LISTED ? <p>{more(items.length - LISTED)}</p> : null}
    </>
  );
}

export function UploadPage({ ctx, stored, kind, errors, problems, done }: UploadPageProps) {
  const t = referenceDataTexts(ctx.language);
  const error = (field: string) => errors.find((e) => e.field === field)?.text;
  const described = (field: string, hint: string) => [hint, error(field) ? `${field}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div class="narrow wrap-anywhere">
      <h1>{t.title}</h1>
      <ErrorSummary title={t.errorTitle} errors={errors} />
      {done ? (
        <p class="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <p class="lead">{t.intro}</p>
      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading">{t.storedHeading}</h2>
        <ul>
          {t.stored(stored).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </section>
      {problems.length > 0 ? (
        <section aria-labelledby="problems-heading" id="problems">
          <h2 id="problems-heading">{t.problemsHeading}</h2>
          <p>{t.problemsNote}</p>
          <div lang="en">
            <Listed items={problems} more={t.more} />
          </div>
        </section>
      ) : null}
      <h2>{t.uploadHeading}</h2>
      <form method="post" action={ctx.href(UPLOAD_PATH)} enctype="multipart/form-data" class="panel" novalidate>
        <fieldset class="choices" aria-describedby={error('type') ? 'type-error' : undefined}>
          <legend>{t.kindLegend}</legend>
          <FieldMessage field="type" text={error('type')} />
          {REFERENCE_FILE_KINDS.map((k, i) => (
            <div class="choice">
              <input type="radio" id={i === 0 ? 'type' : `type-${k}`} name="type" value={k} checked={kind === k} required aria-describedby={`type-${k}-hint`} />
              <label for={i === 0 ? 'type' : `type-${k}`}>{t.kind[k]}</label>
              <p class="choice__hint" id={`type-${k}-hint`}>
                {t.kindHint[k]}
              </p>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="fil">{t.file}</label>
          <p class="hint" id="fil-hint">
            {t.fileHint}
          </p>
          <FieldMessage field="fil" text={error('fil')} />
          <input type="file" id="fil" name="fil" accept=".txt,.tsv,.csv,.json,text/plain,text/csv,application/json" required aria-describedby={described('fil', 'fil-hint')} aria-invalid={error('fil') ? 'true' : undefined} />
        </div>
        <button type="submit">{t.preview}</button>
      </form>
    </div>
  );
}

export interface PreviewPageProps {
  ctx: PageContext;
  upload: StagedUpload;
  preview: ReferencePreview;
}

function Keys({ label, keys, ctx }: { label: string; keys: string[]; ctx: PageContext }) {
  const t = referenceDataTexts(ctx.language);
  if (keys.length === 0) return null;
  return (
    <>
      <h3>{label}</h3>
      {keys.length > LISTED ? <p>{t.firstOf(LISTED)}</p> : null}
      <p>{keys.slice(0, LISTED).join(', ')}</p>
    </>
  );
}

export function PreviewPage({ ctx, upload, preview }: PreviewPageProps) {
  const t = referenceDataTexts(ctx.language);
  const { diff } = preview;
  const warnings = preview.warnings.map(t.warning);
  const base = `${UPLOAD_PATH}/${upload.id}`;
  return (
    <div class="narrow wrap-anywhere">
      <h1>{t.previewTitle}</h1>
      <p class="lead">{t.previewOf(t.kind[upload.kind], upload.fileName, preview.encoding)}</p>
      <p>{t.rows(preview.rows)}</p>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t.changesHeading}</h2>
        <dl class="facts">
          <dt>{t.added}</dt>
          <dd>{diff.added.length}</dd>
          <dt>{t.changed}</dt>
          <dd>{diff.changed.length}</dd>
          <dt>{t.removed}</dt>
          <dd>{diff.removed.length}</dd>
          <dt>{t.unchanged}</dt>
          <dd>{diff.unchanged}</dd>
        </dl>
        {upload.kind === 'foreninger' ? <p>{t.neverRemoved}</p> : null}
        <Keys label={t.added} keys={diff.added} ctx={ctx} />
        <Keys label={t.changed} keys={diff.changed} ctx={ctx} />
        <Keys label={t.removed} keys={diff.removed} ctx={ctx} />
      </section>
      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">{t.warningsHeading}</h2>
        {warnings.length === 0 ? <p>{t.noWarnings}</p> : <Listed items={warnings} more={t.more} />}
      </section>
      <p class="notice">{t.applyNote}</p>
      <p>{t.expires(formatTime(upload.expiresAt, ctx.language))}</p>
      <div class="actions">
        <form method="post" action={ctx.href(`${base}/bruk`)}>
          <input type="hidden" name="sha256" value={upload.sha256} />
          <button type="submit">{t.apply}</button>
        </form>
        <form method="post" action={ctx.href(`${base}/avbryt`)}>
          <button type="submit" class="secondary">
            {t.cancel}
          </button>
        </form>
      </div>
    </div>
  );
}
