/** Row types of information meetings and course sessions, the invitations to book one, and the bookings (with the waiting list). */

export interface CourseSessionTable {
  id: string;
  /** `info_meeting` or `course`. */
  kind: string;
  /** ISO 8601, UTC. */
  starts_at: string;
  ends_at: string;
  /** Where it is held; empty for a video meeting only. */
  place: string;
  /** The meeting's video link; empty when it is held in a place only. */
  video_url: string;
  capacity: number;
  /** The language it is held in (nb, nn, en). */
  language: string;
  /** The association that arranges it (the national association for the admin's national and regional ones). */
  association_id: string;
  /** 1: every association may invite to it (only the national admin sets this). */
  open_to_all: number;
  /** Bumped by every change to the places, so two bookings of the last place wait for each other (a row lock on PostgreSQL). */
  seat_version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The associations a session is shared with, besides its own. */
export interface CourseSessionShareTable {
  session_id: string;
  association_id: string;
}

/** An invitation to book a session of one kind, sent from an application. Its link is signed, never stored. */
export interface CourseInvitationTable {
  id: string;
  application_id: string;
  /** The association that invited (the application's). */
  association_id: string;
  kind: string;
  language: string;
  /** Part of the signed link: raising it retires every link sent before. */
  link_version: number;
  created_by: string | null;
  created_at: string;
  /** The link works until then, or until the session she booked starts, whichever is later. */
  expires_at: string;
  /** When the "choose a new date" mail went after a no-show. */
  rebook_sent_at: string | null;
}

/** A place on a session, or a place in its waiting list. */
export interface CourseBookingTable {
  id: string;
  session_id: string;
  invitation_id: string;
  application_id: string;
  association_id: string;
  /** booked, waiting, offered, cancelled, offer_expired, attended, no_show. */
  status: string;
  created_at: string;
  updated_at: string;
  offered_at: string | null;
  offer_expires_at: string | null;
  reminded_7_at: string | null;
  reminded_1_at: string | null;
}
