/**
 * The invitation section on the application page (send an invitation to an information meeting or the course), and
 * `/koordinator/kurs/soknad/ID`: her invitations and where each stands.
 */
import type { InvitationRow } from '../../course-sessions/course-bookings.repository.js';
import { SESSION_KINDS, type SessionKind, type SessionWithPlaces, type BookingStatus } from '../../course-sessions/course-session.js';
import { formatOsloTime } from '../../lib/oslo-format.js';
import type { PageContext } from '../kit/page-context.js';
import { courseTexts } from './course-sessions.texts.js';
import { SavedNotice, sessionPath, sessionTitle } from './session-parts.js';

export const invitationsPath = (applicationId: string) => `/koordinator/kurs/soknad/${applicationId}`;

/** Statuses from which an applicant may be invited (open, and with an association that has her). */
export const INVITABLE: readonly string[] = ['new', 'contacted', 'information_meeting', 'course', 'checks'];

/** On the application page, below who follows up; nothing for an application that is closed or not assigned. */
export function InviteSection({ ctx, applicationId, status }: { ctx: PageContext; applicationId: string; status: string }) {
  const t = courseTexts(ctx.language);
  if (!INVITABLE.includes(status)) return null;
  return (
    <section aria-labelledby="invite-heading" class="panel">
      <h2 id="invite-heading">{t.inviteTitle}</h2>
      <p class="hint">{t.inviteIntro}</p>
      <form method="post" action={ctx.href(`${invitationsPath(applicationId)}/inviter`)}>
        <fieldset class="choices">
          <legend>{t.inviteLegend}</legend>
          {SESSION_KINDS.map((k, i) => (
            <div class="choice">
              <input type="radio" id={`invite-${k}`} name="kind" value={k} checked={i === 0} />
              <label for={`invite-${k}`}>{t.kind[k]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{t.inviteButton}</button>
      </form>
      <p>
        <a href={ctx.href(invitationsPath(applicationId))}>{t.invitationsLink}</a>
      </p>
    </section>
  );
}

export interface InvitationView {
  invitation: InvitationRow;
  /** Her latest booking on this invitation and its session, if any. */
  booking: { status: BookingStatus; session: SessionWithPlaces } | null;
}

function Standing({ ctx, view }: { ctx: PageContext; view: InvitationView }) {
  const t = courseTexts(ctx.language);
  const b = view.booking;
  if (!b) return <p>{t.noBooking}</p>;
  const link = <a href={ctx.href(sessionPath(b.session.id))}>{sessionTitle(ctx, b.session)}</a>;
  const label: Partial<Record<BookingStatus, (s: string) => string>> = { booked: t.bookedFor, waiting: t.waitingFor, offered: t.offeredFor, attended: t.attendedAt, no_show: t.noShowAt };
  const says = label[b.status];
  return <p>{says ? says('') : t.bookingStatus[b.status]}{link}</p>;
}

export function InvitationsPage({ ctx, applicationId, status, name, views, saved }: { ctx: PageContext; applicationId: string; status: string; name: string; views: InvitationView[]; saved: string | null }) {
  const t = courseTexts(ctx.language);
  const kindOf = (k: string) => t.kind[(SESSION_KINDS as readonly string[]).includes(k) ? (k as SessionKind) : 'course'];
  return (
    <div class="narrow">
      <p class="back">
        <a href={ctx.href(`/koordinator/soknader/${applicationId}`)}>{t.backToApplication}</a>
      </p>
      <h1>{t.invitationsTitle(name)}</h1>
      <SavedNotice text={saved} />
      {views.length === 0 ? <p class="empty">{t.invitationsNone}</p> : null}
      <ul class="cards">
        {views.map((v) => (
          <li class="card">
            <h2 class="card__title">{kindOf(v.invitation.kind)}</h2>
            <p class="card__meta">
              <span>{t.invitedOn(formatOsloTime(v.invitation.created_at, ctx.language))}</span>
              <span>{t.linkValidUntil(formatOsloTime(v.invitation.expires_at, ctx.language))}</span>
            </p>
            <Standing ctx={ctx} view={v} />
            {v.invitation.rebook_sent_at ? <p>{t.rebookSent(formatOsloTime(v.invitation.rebook_sent_at, ctx.language))}</p> : null}
          </li>
        ))}
      </ul>
      <InviteSection ctx={ctx} applicationId={applicationId} status={status} />
    </div>
  );
}
