/**
 * The notes on an application and the field for a new one (part of the page's one follow-up form), with the
 * reminder of what never belongs in a note. The author of a note may correct or delete it on its own page.
 */
import { FieldMessage } from '../kit/error-summary.js';
import { formatTime } from '../kit/format.js';
import { followUpTexts, type NoteErrorCode } from './follow-up.texts.js';
import { NOTE_MAX_LENGTH, type Note } from '../../follow-up/notes.repository.js';
import type { PageContext } from '../kit/page-context.js';

interface Props {
  ctx: PageContext;
  applicationId: string;
  notes: Note[];
  /** The text posted when it could not be saved. */
  draft: string;
  error: NoteErrorCode | undefined;
}

export function NotesSection({ ctx, applicationId, notes, draft, error }: Props) {
  const t = followUpTexts(ctx.language);
  const described = ['note-hint', error ? 'note-error' : ''].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="notes-heading" class="panel">
      <h2 id="notes-heading">{t.notesHeading}</h2>
      {notes.length === 0 ? (
        <p class="quiet">{t.noNotes}</p>
      ) : (
        <ol class="notes">
          {notes.map((n) => (
            <li class="note" id={`note-${n.id}`}>
              <p class="note__meta">{[n.author, formatTime(n.createdAt, ctx.language)].filter(Boolean).join(', ')}</p>
              <p class="note__body">{n.body}</p>
              {n.authorId === ctx.staff.accountId ? (
                <p>
                  <a href={ctx.href(`/koordinator/soknader/${applicationId}/notater/${n.id}`)}>{t.editNote}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <div class="field">
        <label for="note">{t.newNote}</label>
        <p class="hint" id="note-hint">
          {t.noteHint(NOTE_MAX_LENGTH)}
        </p>
        <FieldMessage field="note" text={error ? t.error[error] : undefined} />
        <textarea id="note" name="note" rows={4} maxlength={NOTE_MAX_LENGTH} aria-describedby={described} aria-invalid={error ? 'true' : undefined} data-kept={`${applicationId}:note`}>
          {draft}
        </textarea>
      </div>
    </section>
  );
}
