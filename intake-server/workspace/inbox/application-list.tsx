/** The list of applications in the inbox: one calm card per applicant, readable on a phone. */
import { daysBetween } from '../../lib/time.js';
import { formatDay } from '../kit/format.js';
import { commonTexts } from '../kit/common.texts.js';
import { inboxTexts } from './inbox.texts.js';
import type { InboxEntry } from '../../applications/application-queries.repository.js';
import type { PageContext } from '../kit/page-context.js';
import type { UnroutedExplanation } from '../../routing/unrouted-reason.js';
import { describeUnrouted, unroutedTexts } from '../kit/unrouted.texts.js';

/** Days without contact after which an application is marked as waiting (the follow-up reminder's norm). */
const WAITING_DAYS = 3;

interface CardProps {
  entry: InboxEntry;
  ctx: PageContext;
  showAssociation: boolean;
  /** Why it is unrouted, for an unrouted application the admin sees. */
  why: UnroutedExplanation | undefined;
}

function Card({ entry, ctx, showAssociation, why }: CardProps) {
  const t = inboxTexts(ctx.language);
  const c = commonTexts(ctx.language);
  const days = daysBetween(entry.createdAt, ctx.now);
  const waiting = (entry.status === 'new' || entry.status === 'unrouted') && !entry.firstContactAt && days >= WAITING_DAYS;
  const place = [entry.postalCode, entry.kommuneName].filter(Boolean).join(' ');
  return (
    <li class="card">
      <h3 class="card__title">
        <a href={ctx.href(`/koordinator/soknader/${entry.id}`)}>
          {entry.firstName} {entry.lastName}
        </a>
      </h3>
      <p class="card__meta">
        <span class={`status status--${entry.status}`}>{c.status[entry.status]}</span>
        <span>{t.applied(c.ago(days))}</span>
        <span>{place}</span>
        {showAssociation ? <span>{entry.associationName}</span> : null}
      </p>
      {why ? (
        <p class="card__why">
          <strong>{unroutedTexts(ctx.language).why}:</strong> {describeUnrouted(ctx.language, why)}
        </p>
      ) : null}
      {waiting ? <p class="card__waiting">{t.waiting(days)}</p> : null}
      {entry.duplicateOf ? <p>{t.repeat}</p> : null}
      <p class="card__handler">{entry.handlerName ? t.handledBy(entry.handlerName) : t.nobody}</p>
      {entry.flags.length > 0 ? (
        <div class="card__flags">
          <p class="visually-hidden">{t.flags}</p>
          <ul class="flag-list">
            {entry.flags.map((f) => (
              <li>{c.flag[f]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {entry.repeats.length > 0 ? (
        <p class="card__repeats">
          {t.appliedAgain}:{' '}
          {entry.repeats.map((r, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={ctx.href(`/koordinator/soknader/${r.id}`)}>{formatDay(r.createdAt, ctx.language)}</a>
            </>
          ))}
        </p>
      ) : null}
    </li>
  );
}

/** A list of inbox entries; `showAssociation` names each one's association (when several are listed together). */
export function ApplicationList({ entries, ctx, showAssociation, whyUnrouted }: { entries: InboxEntry[]; ctx: PageContext; showAssociation: boolean; whyUnrouted?: Map<string, UnroutedExplanation> }) {
  if (entries.length === 0) return <p class="empty">{inboxTexts(ctx.language).empty}</p>;
  return (
    <ul class="cards">
      {entries.map((entry) => (
        <Card entry={entry} ctx={ctx} showAssociation={showAssociation} why={whyUnrouted?.get(entry.id)} />
      ))}
    </ul>
  );
}
