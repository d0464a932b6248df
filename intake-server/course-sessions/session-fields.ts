/**
 * Reads the session form (a coordinator's or the admin's) into `SessionFields`, or field errors with codes from a
 * closed list. Times are typed as Norwegian wall-clock time and stored in UTC.
 */
import { LANGUAGES, type Language } from '../../contract/index.js';
import { osloDate, osloInstant } from '../lib/time.js';
import { isSessionKind, SESSION_LIMITS, type SessionKind } from './course-session.js';
import type { SessionFields } from './course-sessions.repository.js';

export type SessionField = 'kind' | 'date' | 'start' | 'end' | 'place' | 'video_url' | 'capacity' | 'language' | 'shared';
export type SessionErrorCode =
  | 'kind_required'
  | 'date_invalid'
  | 'date_past'
  | 'time_invalid'
  | 'end_before_start'
  | 'place_or_video_required'
  | 'place_too_long'
  | 'video_url_invalid'
  | 'capacity_invalid'
  | 'capacity_below_taken'
  | 'language_required'
  | 'share_unknown';
export type SessionErrors = Partial<Record<SessionField, SessionErrorCode>>;

/** The form as typed, to show again with errors. */
export interface SessionForm {
  kind: string;
  date: string;
  start: string;
  end: string;
  place: string;
  videoUrl: string;
  capacity: string;
  language: string;
  shared: string[];
  openToAll: boolean;
}

export type SessionParse = { ok: true; fields: SessionFields } | { ok: false; errors: SessionErrors };

const text = (v: unknown, max = 1000) => (typeof v === 'string' ? v.trim().slice(0, max + 1) : '');

/** The typed form out of a posted body (`shared` may repeat). */
export function sessionFormOf(body: Record<string, unknown>): SessionForm {
  const shared = body.shared;
  return {
    kind: text(body.kind, 20),
    date: text(body.date, 20),
    start: text(body.start, 10),
    end: text(body.end, 10),
    place: text(body.place, SESSION_LIMITS.place),
    videoUrl: text(body.video_url, SESSION_LIMITS.videoUrl),
    capacity: text(body.capacity, 10),
    language: text(body.language, 5),
    shared: (Array.isArray(shared) ? shared : [shared]).filter((s): s is string => typeof s === 'string').slice(0, 100),
    openToAll: body.open_to_all === 'yes',
  };
}

const clock = (hhmm: string): number | null => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 60_000 : null;
};

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Checks the form: a real day not before today (Oslo), start and end as HH:MM with the end after the start (an end
 * before the start is taken as the next day only when it says so: never; sessions end the day they start), a place
 * or an https video link, 1–500 places, a language, shares among `shareable` (ids). `kind` is fixed when editing.
 */
export function parseSessionForm(f: SessionForm, now: Date, shareable: readonly string[], fixedKind?: SessionKind): SessionParse {
  const errors: SessionErrors = {};
  const kind = fixedKind ?? (isSessionKind(f.kind) ? f.kind : null);
  if (!kind) errors.kind = 'kind_required';
  if (!isDay(f.date)) errors.date = 'date_invalid';
  else if (f.date < osloDate(now)) errors.date = 'date_past';
  const start = clock(f.start);
  const end = clock(f.end);
  if (start === null) errors.start = 'time_invalid';
  if (end === null) errors.end = 'time_invalid';
  else if (start !== null && end <= start) errors.end = 'end_before_start';
  if (f.place.length > SESSION_LIMITS.place) errors.place = 'place_too_long';
  if (f.videoUrl && (f.videoUrl.length > SESSION_LIMITS.videoUrl || !/^https:\/\/[^\s"<>]+$/.test(f.videoUrl))) errors.video_url = 'video_url_invalid';
  if (!f.place && !f.videoUrl) errors.place = 'place_or_video_required';
  const capacity = /^\d{1,3}$/.test(f.capacity) ? Number(f.capacity) : NaN;
  if (!(capacity >= 1 && capacity <= SESSION_LIMITS.capacityMax)) errors.capacity = 'capacity_invalid';
  if (!(LANGUAGES as readonly string[]).includes(f.language)) errors.language = 'language_required';
  if (f.shared.some((s) => !shareable.includes(s))) errors.shared = 'share_unknown';
  if (Object.keys(errors).length > 0 || !kind || start === null || end === null) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      kind,
      startsAt: osloInstant(f.date, start).toISOString(),
      endsAt: osloInstant(f.date, end).toISOString(),
      place: f.place,
      videoUrl: f.videoUrl,
      capacity,
      language: f.language as Language,
      sharedWith: [...new Set(f.shared)],
      openToAll: f.openToAll,
    },
  };
}
