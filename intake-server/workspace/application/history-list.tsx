/** The history of an application, oldest first: what happened, when and by whom. */
import type { ApplicationEvent } from '../../follow-up/events.repository.js';
import { applicationTexts } from './application.texts.js';
import { commonTexts } from '../kit/common.texts.js';
import { formatDay, formatTime } from '../kit/format.js';
import type { PageContext } from '../kit/page-context.js';
import type { ApplicationStatus } from '../../follow-up/statuses.js';

type ChecklistItem = keyof ReturnType<typeof applicationTexts>['event']['checklistItem'];

function describe(e: ApplicationEvent, ctx: PageContext, associationNames: Map<string, string>): string {
  const t = applicationTexts(ctx.language).event;
  const c = commonTexts(ctx.language);
  const statusName = (s: string | null | undefined) => (s && s in c.status ? c.status[s as ApplicationStatus] : (s ?? ''));
  switch (e.kind) {
    case 'status':
      return t.status(statusName(e.detail.from), statusName(e.detail.to));
    case 'checklist': {
      const items = Object.entries(e.detail)
        .filter(([k]) => k in t.checklistItem)
        .map(([k, v]) => `${t.checklistItem[k as ChecklistItem]}: ${v ? formatDay(v, ctx.language) : t.cleared}`);
      return `${t.checklist}: ${items.join('; ')}`;
    }
    case 'handler':
      return e.detail.handling === 'taken' ? t.taken : t.released;
    case 'reassigned':
      return t.reassigned(associationNames.get(e.detail.to ?? '') ?? '?');
    case 'note':
      return e.detail.change === 'edited' ? t.noteEdited : e.detail.change === 'deleted' ? t.noteDeleted : t.note;
    case 'reminder':
      return t.reminder;
    case 'escalated':
      return t.escalated;
    default:
      return t.other(e.kind);
  }
}

/** The list, starting with the application's arrival. */
export function HistoryList({ ctx, createdAt, events, associationNames }: { ctx: PageContext; createdAt: string; events: ApplicationEvent[]; associationNames: Map<string, string> }) {
  const t = applicationTexts(ctx.language);
  return (
    <ol class="history">
      <li>
        <span class="history__time">{formatTime(createdAt, ctx.language)}</span> {t.event.received}
      </li>
      {events.map((e) => (
        <li>
          <span class="history__time">{formatTime(e.at, ctx.language)}</span> {describe(e, ctx, associationNames)}
          {e.by ? ` ${t.by(e.by)}` : ''}
        </li>
      ))}
    </ol>
  );
}
