/**
 * `/koordinator/kurs/ID`: one session, the link to change it (for its arranger), and the list of participants: only
 * the applicants of the person's own associations, by first name and initial, with their attendance.
 */
import type { RosterEntry } from '../../course-sessions/course-bookings.repository.js';
import type { SessionWithPlaces } from '../../course-sessions/course-session.js';
import { formatOsloTime, formatOsloWeekday } from '../../lib/oslo-format.js';
import { ErrorSummary } from '../kit/error-summary.js';
import type { PageContext } from '../kit/page-context.js';
import { courseTexts } from './course-sessions.texts.js';
import { SavedNotice, SessionMeta, sessionPath, sessionTitle } from './session-parts.js';

/** Roster entries whose attendance can be recorded (a place was taken). */
const MARKABLE = ['booked', 'attended', 'no_show'];

export function SessionPage(props: {
  ctx: PageContext;
  session: SessionWithPlaces;
  names: Map<string, string>;
  roster: RosterEntry[];
  mayEdit: boolean;
  mayMark: boolean;
  saved: string | null;
  attendanceError: 'not_started' | null;
}) {
  const { ctx, session: s, roster } = props;
  const t = courseTexts(ctx.language);
  const markable = roster.filter((r) => MARKABLE.includes(r.status));
  return (
    <div class="narrow">
      <p class="back">
        <a href={ctx.href('/koordinator/kurs')}>{t.backToList}</a>
      </p>
      <h1>{sessionTitle(ctx, s)}</h1>
      <SavedNotice text={props.saved} />
      <ErrorSummary title={t.errorTitle} errors={props.attendanceError ? [{ field: 'roster-heading', text: t.errors[props.attendanceError] }] : []} />
      <section aria-labelledby="facts-heading" class="panel">
        <h2 id="facts-heading">{t.facts}</h2>
        <SessionMeta ctx={ctx} s={s} names={props.names} />
        {props.mayEdit ? (
          <ul class="link-list">
            <li>
              <a href={ctx.href(`${sessionPath(s.id)}/endre`)}>{t.editTitle}</a>
            </li>
            <li>
              <a href={ctx.href(`${sessionPath(s.id)}/avlys`)}>{t.cancelLink}</a>
            </li>
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="roster-heading" class="panel">
        <h2 id="roster-heading" tabindex={-1}>
          {t.rosterTitle}
        </h2>
        <p class="hint">{t.rosterIntro}</p>
        {roster.length === 0 ? (
          <p class="empty">{t.rosterEmpty}</p>
        ) : (
          <ul class="link-list">
            {roster.map((r) => (
              <li>
                <a href={ctx.href(`/koordinator/soknader/${r.applicationId}`)}>{r.displayName}</a>
                {': '}
                <span class="status">{t.bookingStatus[r.status]}</span>
                {r.status === 'no_show' && r.rebookSentAt ? <span>{` (${t.rebookSent(formatOsloTime(r.rebookSentAt, ctx.language))})`}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {markable.length > 0 && props.mayMark ? (
          <form method="post" action={ctx.href(`${sessionPath(s.id)}/oppmote`)}>
            {markable.map((r) => (
              <fieldset class="choices">
                <legend>{t.attendanceLegend(r.displayName)}</legend>
                <div class="choice">
                  <input type="radio" id={`a-${r.bookingId}-present`} name={`a_${r.bookingId}`} value="present" checked={r.status === 'attended'} />
                  <label for={`a-${r.bookingId}-present`}>{t.present}</label>
                </div>
                <div class="choice">
                  <input type="radio" id={`a-${r.bookingId}-absent`} name={`a_${r.bookingId}`} value="absent" checked={r.status === 'no_show'} aria-describedby={`a-${r.bookingId}-absent-hint`} />
                  <label for={`a-${r.bookingId}-absent`}>{t.absent}</label>
                  <p class="choice__hint" id={`a-${r.bookingId}-absent-hint`}>
                    {t.absentHint}
                  </p>
                </div>
              </fieldset>
            ))}
            <button type="submit">{t.saveAttendance}</button>
          </form>
        ) : markable.length > 0 ? (
          <p>{t.attendanceLater(formatOsloWeekday(new Date(s.startsAt), ctx.language))}</p>
        ) : null}
      </section>
    </div>
  );
}

/** `/koordinator/kurs/ID/avlys`: what calling it off does, and one button. */
export function CancelSessionPage({ ctx, session: s, people }: { ctx: PageContext; session: SessionWithPlaces; people: number }) {
  const t = courseTexts(ctx.language);
  return (
    <div class="narrow">
      <h1>{t.cancelTitle}</h1>
      <p class="lead">{sessionTitle(ctx, s)}</p>
      <p>{t.cancelWhat(people)}</p>
      <form method="post" action={ctx.href(`${sessionPath(s.id)}/avlys`)}>
        <button type="submit">{t.cancelButton}</button>
      </form>
      <p>
        <a href={ctx.href(sessionPath(s.id))}>{t.keepIt}</a>
      </p>
    </div>
  );
}
