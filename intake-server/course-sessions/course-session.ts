/** Information meetings and course sessions as the domain sees them, with the limits of their fields. */
import type { Language } from '../../contract/index.js';
import type { CourseSessionTable } from './course-sessions.table.js';

/** What a session is: an information meeting or (a part of) the mandatory course. */
export const SESSION_KINDS = ['info_meeting', 'course'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** True for a kind this service knows. */
export const isSessionKind = (value: unknown): value is SessionKind => (SESSION_KINDS as readonly unknown[]).includes(value);

/** Limits of the session form. */
export const SESSION_LIMITS = { place: 200, videoUrl: 500, capacityMax: 500 } as const;

export interface CourseSession {
  id: string;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  place: string;
  videoUrl: string;
  capacity: number;
  language: Language;
  associationId: string;
  openToAll: boolean;
  /** The associations it is shared with, besides its own. */
  sharedWith: string[];
}

/** A session with how many places are taken (booked, or held for an offer that has not expired). */
export interface SessionWithPlaces extends CourseSession {
  taken: number;
  free: number;
  /** People on the waiting list (waiting or offered). */
  waiting: number;
}

/** Maps a row to the domain shape. */
export function toCourseSession(row: CourseSessionTable, sharedWith: string[]): CourseSession {
  return {
    id: row.id,
    kind: row.kind === 'course' ? 'course' : 'info_meeting',
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    videoUrl: row.video_url,
    capacity: Number(row.capacity),
    language: (['nb', 'nn', 'en'].includes(row.language) ? row.language : 'nb') as Language,
    associationId: row.association_id,
    openToAll: Number(row.open_to_all) === 1,
    sharedWith,
  };
}

/** Booking statuses: `booked`, and the waiting list's `waiting` and `offered`, are live; the others are history. */
export const LIVE_STATUSES = ['booked', 'waiting', 'offered'] as const;
/** Statuses that hold a place on the session. */
export const PLACE_STATUSES = ['booked', 'attended', 'no_show'] as const;
export type BookingStatus = 'booked' | 'waiting' | 'offered' | 'cancelled' | 'offer_expired' | 'attended' | 'no_show';
