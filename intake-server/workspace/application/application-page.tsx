/** The application page: the applicant's details on one side, the follow-up on the other (one column on a phone). */
import type { Association } from '../../associations/association.js';
import { AnswersAndFlags, Contact, OwnWords, Overview, PrivacyFacts } from './application-details.js';
import { applicationTexts, type ApplicationTexts } from './application.texts.js';
import { checklistValues, ChecklistSection, type ChecklistValues } from './checklist-section.js';
import type { ChecklistErrors } from './checklist-form.js';
import { osloDate } from '../../lib/time.js';
import { commonTexts } from '../kit/common.texts.js';
import { DueLine } from './due-line.js';
import { ErrorSummary, type FieldError } from '../kit/error-summary.js';
import type { ApplicationEvent } from '../../follow-up/events.repository.js';
import { formatDay } from '../kit/format.js';
import { followUpTexts, type NoteErrorCode, type ReassignErrorCode } from './follow-up.texts.js';
import { HandlerSection } from './handler-section.js';
import { HistoryList } from './history-list.js';
import type { Repeat } from '../../applications/application-queries.repository.js';
import { NotesSection } from './notes-section.js';
import type { Note } from '../../follow-up/notes.repository.js';
import type { PageContext } from '../kit/page-context.js';
import { ReassignSection } from './reassign-section.js';
import type { UnroutedExplanation } from '../../routing/unrouted-reason.js';
import { describeUnrouted, unroutedTexts } from '../kit/unrouted.texts.js';
import { StatusForm } from './status-form.js';
import { InviteSection } from '../course-sessions/invitations-page.js';
import type { WorkspaceApplication } from '../../applications/application.js';

export type SavedKind = keyof ApplicationTexts['saved'];

/** A form that could not be saved, shown again with everything that was posted. */
export type RejectedForm =
  | { kind: 'follow-up'; status: string; checklist: ChecklistValues; checklistErrors: ChecklistErrors; draft: string; noteError: NoteErrorCode | undefined }
  | { kind: 'reassign'; error: ReassignErrorCode };

/** Who may be named as having seen the police certificate, and whom the form suggests. */
export interface Checkers {
  names: string[];
  /** The person looking at the form, by the name their association knows them by. */
  mine: string;
}

export interface ApplicationPageProps {
  ctx: PageContext;
  application: WorkspaceApplication;
  associationName: string;
  sharedWith: string[];
  kommuneName: string | null;
  handlerName: string | null;
  /** The first application of a repeat, when the person may see it. */
  firstApplicationId: string | null;
  repeats: Repeat[];
  notes: Note[];
  events: ApplicationEvent[];
  /** Names of associations named in the history (reassignments). */
  associationNames: Map<string, string>;
  checkers: Checkers;
  targets: Association[];
  /** Active associations it cannot be passed on to, because they have no active coordinator. */
  withoutCoordinator: Association[];
  /** Why an unrouted application is unrouted; null for the others. */
  whyUnrouted: UnroutedExplanation | null;
  today: string;
  saved: SavedKind | null;
  rejected: RejectedForm | null;
}

function errorsOf(rejected: RejectedForm | null, ctx: PageContext): FieldError[] {
  if (!rejected) return [];
  const t = followUpTexts(ctx.language);
  if (rejected.kind === 'reassign') return [{ field: 'reassign-to', text: t.error[rejected.error] }];
  const errors = Object.entries(rejected.checklistErrors).map(([field, code]) => ({ field, text: t.error[code] }));
  return rejected.noteError ? [...errors, { field: 'note', text: t.error[rejected.noteError] }] : errors;
}

export function ApplicationPage(props: ApplicationPageProps) {
  const { ctx, application: a, rejected } = props;
  const t = applicationTexts(ctx.language);
  const c = commonTexts(ctx.language);
  const f = followUpTexts(ctx.language);
  const followUp = rejected?.kind === 'follow-up' ? rejected : null;
  const details = { ctx, application: a, associationName: props.associationName, sharedWith: props.sharedWith, kommuneName: props.kommuneName };
  return (
    <>
      <p class="back">
        <a href={ctx.href('/koordinator')}>{c.backToInbox}</a>
      </p>
      <h1>
        {a.firstName} {a.lastName}
      </h1>
      <p class="subtitle">
        {t.reference(a.reference)} <span class={`status status--${a.status}`}>{c.status[a.status]}</span>
      </p>
      <DueLine ctx={ctx} application={a} />
      {props.saved ? (
        <p class="notice notice--success" role="status">
          {t.saved[props.saved]}
        </p>
      ) : null}
      <ErrorSummary title={followUpTexts(ctx.language).errorSummary} errors={errorsOf(rejected, ctx)} />
      {a.status === 'unrouted' ? (
        <div class="notice">
          <p>{t.unrouted}</p>
          {props.whyUnrouted ? (
            <p>
              <strong>{unroutedTexts(ctx.language).why}:</strong> {describeUnrouted(ctx.language, props.whyUnrouted)}
            </p>
          ) : null}
        </div>
      ) : null}
      {a.status === 'duplicate' ? (
        <p class="notice">
          {t.repeatOf}{' '}
          {props.firstApplicationId ? <a href={ctx.href(`/koordinator/soknader/${props.firstApplicationId}`)}>{t.openFirst}</a> : null}
        </p>
      ) : null}

      <div class="application">
        <div class="application__details">
          <Overview {...details} />
          <Contact {...details} />
          <AnswersAndFlags {...details} />
          <OwnWords {...details} />
          {props.repeats.length > 0 ? (
            <section aria-labelledby="repeats-heading" class="panel">
              <h2 id="repeats-heading">{t.repeatsHeading}</h2>
              <ul class="link-list">
                {props.repeats.map((r) => (
                  <li>
                    <a href={ctx.href(`/koordinator/soknader/${r.id}`)}>{formatDay(r.createdAt, ctx.language)}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <div class="application__follow-up">
          <HandlerSection ctx={ctx} applicationId={a.id} handledBy={a.handledBy} handlerName={props.handlerName} />
          <InviteSection ctx={ctx} applicationId={a.id} status={a.status} />
          <form method="post" action={ctx.href(`/koordinator/soknader/${a.id}/lagre`)} class="follow-up" novalidate>
            <StatusForm ctx={ctx} chosen={followUp ? followUp.status : a.status} />
            <ChecklistSection
              ctx={ctx}
              values={followUp ? followUp.checklist : checklistValues(a.checklist, props.checkers.mine)}
              errors={followUp ? followUp.checklistErrors : {}}
              checkers={props.checkers.names}
              today={props.today}
              applied={osloDate(new Date(a.createdAt))}
            />
            <NotesSection ctx={ctx} applicationId={a.id} notes={props.notes} draft={followUp ? followUp.draft : ''} error={followUp?.noteError} />
            <div class="panel follow-up__save">
              <p class="hint" id="save-hint">
                {f.saveHint}
              </p>
              <button type="submit" aria-describedby="save-hint">
                {f.save}
              </button>
            </div>
          </form>
          <ReassignSection ctx={ctx} applicationId={a.id} targets={props.targets} withoutCoordinator={props.withoutCoordinator} error={rejected?.kind === 'reassign' ? rejected.error : undefined} />
        </div>
        <div class="application__record">
          <PrivacyFacts {...details} />
          <section aria-labelledby="history-heading" class="panel panel--quiet">
            <h2 id="history-heading">{t.historyHeading}</h2>
            <HistoryList ctx={ctx} createdAt={a.createdAt} events={props.events} associationNames={props.associationNames} />
          </section>
        </div>
      </div>
    </>
  );
}
