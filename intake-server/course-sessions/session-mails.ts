/** The applicant's mails about sessions, ready for the outbox: addressed to her, in her language, replies to the association. */
import type { Kysely } from 'kysely';
import { findApplicationRow } from '../applications/application-queries.repository.js';
import { listAssociations } from '../associations/associations.repository.js';
import type { Database, Db } from '../db/schema.js';
import { isSingleAddress } from '../mail/single-address.js';
import type { CourseSessionFacts, MailData } from '../mail/mail-kinds.js';
import type { MailToEnqueue } from '../outbox/outbox.repository.js';
import type { Language } from '../../contract/index.js';
import type { CourseSession } from './course-session.js';
import { invitationUrl } from './course-links.js';
import type { InvitationRow } from './course-bookings.repository.js';

/** What the booking services need: the database, and what links are made of. */
export interface BookingDeps {
  db: Kysely<Database>;
  publicUrl: string;
  secret: string;
}

/** The session as the mails describe it, with the name of the association that arranges it. */
export async function sessionFacts(db: Db, s: CourseSession): Promise<CourseSessionFacts> {
  const owner = (await listAssociations(db)).find((a) => a.id === s.associationId);
  return { kind: s.kind, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place, videoUrl: s.videoUrl, associationName: owner?.name ?? '' };
}

/** Her current link for an invitation. */
export const linkOf = (deps: BookingDeps, i: Pick<InvitationRow, 'id' | 'link_version'>) => invitationUrl(deps.publicUrl, deps.secret, i.id, Number(i.link_version));

/**
 * A mail of `kind` to the applicant of `applicationId`, or null when her address is not one plain address (nothing
 * can be sent to it) or the application is gone. Replies go to the association that invited her.
 */
export async function applicantCourseMail<K extends 'course_invitation' | 'course_booked' | 'course_reminder' | 'course_offer'>(
  db: Db,
  applicationId: string,
  invitingAssociationId: string,
  kind: K,
  data: MailData[K],
): Promise<MailToEnqueue | null> {
  const a = await findApplicationRow(db, applicationId);
  if (!a || !isSingleAddress(a.email)) return null;
  const association = (await listAssociations(db)).find((s) => s.id === invitingAssociationId);
  const language = (['nb', 'nn', 'en'].includes(a.language) ? a.language : 'nb') as Language;
  return { applicationId, mail: { kind, language, recipients: [a.email], replyTo: association?.contactEmail ?? null, data } as MailToEnqueue['mail'] };
}
