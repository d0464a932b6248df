/** `/koordinator/kurs`: the sessions a person's associations may use, coming up and recently held. */
import type { SessionWithPlaces } from '../../course-sessions/course-session.js';
import type { PageContext } from '../kit/page-context.js';
import { courseTexts } from './course-sessions.texts.js';
import { SavedNotice, SessionMeta, sessionPath, sessionTitle } from './session-parts.js';

function SessionCards({ ctx, sessions, names }: { ctx: PageContext; sessions: SessionWithPlaces[]; names: Map<string, string> }) {
  const t = courseTexts(ctx.language);
  if (sessions.length === 0) return <p class="empty">{t.none}</p>;
  return (
    <ul class="cards">
      {sessions.map((s) => (
        <li class="card">
          <h3 class="card__title">
            <a href={ctx.href(sessionPath(s.id))}>{sessionTitle(ctx, s)}</a>
          </h3>
          <SessionMeta ctx={ctx} s={s} names={names} />
        </li>
      ))}
    </ul>
  );
}

export function SessionListPage({ ctx, upcoming, past, names, saved }: { ctx: PageContext; upcoming: SessionWithPlaces[]; past: SessionWithPlaces[]; names: Map<string, string>; saved: string | null }) {
  const t = courseTexts(ctx.language);
  return (
    <div class="narrow">
      <h1>{t.listTitle}</h1>
      <SavedNotice text={saved} />
      <p class="lead">{t.listIntro}</p>
      <p>
        <a class="button" href={ctx.href('/koordinator/kurs/ny')}>
          {t.newSession}
        </a>
      </p>
      <p>
        <a href={ctx.href('/koordinator/kurs/tall')}>{t.figuresLink}</a>
      </p>
      <h2>{t.upcoming}</h2>
      <SessionCards ctx={ctx} sessions={upcoming} names={names} />
      <h2>{t.past}</h2>
      <SessionCards ctx={ctx} sessions={past} names={names} />
    </div>
  );
}
