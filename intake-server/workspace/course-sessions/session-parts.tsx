/** Pieces the course pages share: a session's title line, its facts, and the saved message. */
import type { SessionWithPlaces } from '../../course-sessions/course-session.js';
import { formatOsloClock, formatOsloWeekday } from '../../lib/oslo-format.js';
import type { PageContext } from '../kit/page-context.js';
import { courseTexts } from './course-sessions.texts.js';

/** "Kurs: torsdag 10. desember kl. 18:00–21:00". */
export function sessionTitle(ctx: PageContext, s: SessionWithPlaces): string {
  const t = courseTexts(ctx.language);
  return `${t.kind[s.kind]}: ${t.when(formatOsloWeekday(new Date(s.startsAt), ctx.language), formatOsloClock(s.startsAt, ctx.language), formatOsloClock(s.endsAt, ctx.language))}`;
}

export const sessionPath = (id: string) => `/koordinator/kurs/${id}`;

/** Place, places, waiting list, arranger and who it is shared with. */
export function SessionMeta({ ctx, s, names }: { ctx: PageContext; s: SessionWithPlaces; names: Map<string, string> }) {
  const t = courseTexts(ctx.language);
  const shared = s.sharedWith.map((id) => names.get(id) ?? '').filter(Boolean);
  return (
    <ul class="link-list">
      {s.place ? <li>{s.place}</li> : null}
      {s.videoUrl ? <li class="wrap-anywhere">{`${t.video}: ${s.videoUrl}`}</li> : null}
      <li>{t.places(s.taken, s.capacity)}</li>
      {s.waiting > 0 ? <li>{t.waiting(s.waiting)}</li> : null}
      <li>{t.arranger(names.get(s.associationId) ?? '')}</li>
      {shared.length > 0 ? <li>{t.sharedWith(shared.join(', '))}</li> : null}
      {s.openToAll ? <li>{t.openToAllNote}</li> : null}
    </ul>
  );
}

/** The "saved" notice after a change (post/redirect/get), announced to screen readers. */
export function SavedNotice({ text }: { text: string | null }) {
  return text ? (
    <p class="notice notice--success" role="status">
      {text}
    </p>
  ) : null;
}
