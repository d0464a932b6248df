/**
 * The pages between a choice and an irreversible step: declining and passing on each need a confirmation and a
 * reason (kept in the audit log, never mailed). And the page where the author corrects or deletes her own note.
 * Plain forms: they work without JavaScript.
 */
import { confirmTexts, type EditNoteErrorCode, type ReasonErrorCode } from './confirm.texts.js';
import { ErrorSummary, FieldMessage } from '../kit/error-summary.js';
import type { Note } from '../../follow-up/notes.repository.js';
import { NOTE_MAX_LENGTH } from '../../follow-up/notes.repository.js';
import type { PageContext } from '../kit/page-context.js';
import type { WorkspaceApplication } from '../../applications/application.js';

/** Longest reason for declining or passing on, in characters. */
export const REASON_MAX_LENGTH = 500;

/** Reads a reason: trimmed, required, limited. */
export function parseReason(value: unknown): { ok: true; reason: string } | { ok: false; reason: string; error: ReasonErrorCode } {
  const reason = typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : '';
  if (!reason) return { ok: false, reason, error: 'reason_required' };
  if (reason.length > REASON_MAX_LENGTH) return { ok: false, reason, error: 'reason_too_long' };
  return { ok: true, reason };
}

interface ConfirmProps {
  ctx: PageContext;
  application: WorkspaceApplication;
  /** The reason typed so far, and why it was refused. */
  reason: string;
  error: ReasonErrorCode | undefined;
}

function ReasonField({ ctx, reason, error }: Pick<ConfirmProps, 'ctx' | 'reason' | 'error'>) {
  const t = confirmTexts(ctx.language);
  return (
    <div class="field">
      <label for="reason">{t.reason}</label>
      <p class="hint" id="reason-hint">
        {t.reasonHint(REASON_MAX_LENGTH)}
      </p>
      <FieldMessage field="reason" text={error ? t.error[error] : undefined} />
      <textarea
        id="reason"
        name="reason"
        rows={3}
        maxlength={REASON_MAX_LENGTH}
        aria-describedby={error ? 'reason-hint reason-error' : 'reason-hint'}
        aria-invalid={error ? 'true' : undefined}
      >
        {reason}
      </textarea>
    </div>
  );
}

function Frame(props: ConfirmProps & { title: string; intro: string; mail: string; action: string; button: string; hidden?: Record<string, string>; notice?: string | null }) {
  const { ctx, application: a } = props;
  const t = confirmTexts(ctx.language);
  const back = ctx.href(`/koordinator/soknader/${a.id}`);
  return (
    <>
      <h1>{props.title}</h1>
      {props.notice ? (
        <p class="notice notice--success" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t.errorSummary} errors={props.error ? [{ field: 'reason', text: t.error[props.error] }] : []} />
      <p>{props.intro}</p>
      <p>{props.mail}</p>
      <form method="post" action={ctx.href(props.action)} novalidate>
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirmed" value="yes" />
        <ReasonField ctx={ctx} reason={props.reason} error={props.error} />
        <div class="actions">
          <button type="submit">{props.button}</button>
          <a href={back}>{t.cancel}</a>
        </div>
      </form>
    </>
  );
}

export function DeclinePage(props: ConfirmProps & { otherChangesSaved: boolean }) {
  const t = confirmTexts(props.ctx.language);
  const a = props.application;
  return (
    <Frame
      {...props}
      title={t.declineTitle}
      intro={t.declineIntro(`${a.firstName} ${a.lastName}`)}
      mail={t.declineMail}
      action={`/koordinator/soknader/${a.id}/avsla`}
      button={t.confirmDecline}
      notice={props.otherChangesSaved ? t.otherChangesSaved : null}
    />
  );
}

export function ReassignPage(props: ConfirmProps & { to: { slug: string; name: string } }) {
  const t = confirmTexts(props.ctx.language);
  const a = props.application;
  return (
    <Frame
      {...props}
      title={t.reassignTitle}
      intro={t.reassignIntro(`${a.firstName} ${a.lastName}`, props.to.name)}
      mail={t.reassignMail(props.to.name)}
      action={`/koordinator/soknader/${a.id}/flytt`}
      button={t.confirmReassign}
      hidden={{ forening: props.to.slug }}
    />
  );
}

export function EditNotePage({ ctx, application: a, note, draft, error }: { ctx: PageContext; application: WorkspaceApplication; note: Note; draft: string; error: EditNoteErrorCode | undefined }) {
  const t = confirmTexts(ctx.language);
  const path = `/koordinator/soknader/${a.id}/notater/${note.id}`;
  return (
    <>
      <h1>{t.noteTitle}</h1>
      <ErrorSummary title={t.errorSummary} errors={error ? [{ field: 'note', text: t.error[error] }] : []} />
      <form method="post" action={ctx.href(path)} novalidate>
        <div class="field">
          <label for="note">{t.noteLabel}</label>
          <p class="hint" id="note-hint">
            {t.noteHint(NOTE_MAX_LENGTH)}
          </p>
          <FieldMessage field="note" text={error ? t.error[error] : undefined} />
          <textarea id="note" name="note" rows={5} maxlength={NOTE_MAX_LENGTH} aria-describedby={error ? 'note-hint note-error' : 'note-hint'} aria-invalid={error ? 'true' : undefined}>
            {draft}
          </textarea>
        </div>
        <div class="actions">
          <button type="submit">{t.saveNote}</button>
          <a href={ctx.href(`/koordinator/soknader/${a.id}`)}>{t.cancel}</a>
        </div>
      </form>
      <section aria-labelledby="delete-heading" class="panel">
        <h2 id="delete-heading">{t.deleteHeading}</h2>
        <p id="delete-hint">{t.deleteHint}</p>
        <form method="post" action={ctx.href(`${path}/slett`)}>
          <button type="submit" class="secondary" aria-describedby="delete-hint">
            {t.deleteNote}
          </button>
        </form>
      </section>
    </>
  );
}
