/**
 * When the first contact falls due, on the application page: the day the follow-up job reminds the coordinators
 * (`REMINDER_WORKING_DAYS` working days after the last recorded activity, as the job counts them) and the day it tells
 * the national contact (`ESCALATION_DAYS` after arrival). Shown only while nobody has recorded a first contact.
 */
import { formatOsloWeekday } from '../../lib/oslo-format.js';
import { addWorkingDays, DAY_MS } from '../../lib/time.js';
import type { Language } from '../../../contract/index.js';
import type { FollowUpRules } from '../../follow-up/follow-up-schedule.js';
import type { PageContext } from '../kit/page-context.js';
import type { WorkspaceApplication } from '../../applications/application.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

interface DueTexts {
  callBy: (day: string) => string;
  reminder: string;
  overdue: (day: string) => string;
  escalates: (day: string) => string;
  escalated: string;
}

const TEXTS: LanguageTexts<DueTexts> = {
  nb: {
    callBy: (d) => `Ring innen ${d}`,
    reminder: 'Da får koordinatorene en påminnelse på e-post.',
    overdue: (d) => `Fristen for første kontakt var ${d}. Ring så snart du kan.`,
    escalates: (d) => `Har ingen tatt kontakt innen ${d}, får nasjonal kontaktperson beskjed.`,
    escalated: 'Nasjonal kontaktperson har fått beskjed fordi ingen har tatt kontakt.',
  },
  nn: {
    callBy: (d) => `Ring innan ${d}`,
    reminder: 'Då får koordinatorane ei påminning på e-post.',
    overdue: (d) => `Fristen for første kontakt var ${d}. Ring så snart du kan.`,
    escalates: (d) => `Har ingen teke kontakt innan ${d}, får nasjonal kontaktperson beskjed.`,
    escalated: 'Nasjonal kontaktperson har fått beskjed fordi ingen har teke kontakt.',
  },
  en: {
    callBy: (d) => `Call by ${d}`,
    reminder: 'Then the coordinators get a reminder by email.',
    overdue: (d) => `The first contact was due by ${d}. Call as soon as you can.`,
    escalates: (d) => `If nobody has been in contact by ${d}, the national contact is told.`,
    escalated: 'The national contact has been told, because nobody has been in contact.',
  },
};

/**
 * The last Norwegian day before `moment`, as "fredag 6. desember": a reminder due on Thursday at 00:00 means calling
 * by Wednesday; one due on Wednesday at 11:00 means calling by Wednesday.
 */
function dayBefore(moment: Date, language: Language): string {
  return formatOsloWeekday(new Date(moment.getTime() - 1), language);
}

/** When the reminder and the escalation fall due for an application nobody has contacted, by the job's rule. */
export function dueMoments(a: Pick<WorkspaceApplication, 'createdAt' | 'lastActivityAt'>, rules: FollowUpRules): { reminder: Date; escalation: Date } {
  const created = new Date(a.createdAt);
  const lastActivity = new Date(a.lastActivityAt);
  const clockStartsAt = lastActivity > created ? lastActivity : created;
  return { reminder: addWorkingDays(clockStartsAt, rules.reminderWorkingDays), escalation: new Date(created.getTime() + rules.escalationDays * DAY_MS) };
}

/** "Ring innen fredag 6. desember", or that the day has passed; nothing once a first contact is recorded. */
export function DueLine({ ctx, application: a }: { ctx: PageContext; application: WorkspaceApplication }) {
  if (!ctx.followUp || a.firstContactAt || (a.status !== 'new' && a.status !== 'unrouted')) return null;
  const t = textsFor(TEXTS, ctx.language);
  const due = dueMoments(a, ctx.followUp);
  const escalated = ctx.now >= due.escalation;
  return (
    <div class={`due-line${ctx.now >= due.reminder ? ' due-line--overdue' : ''}`}>
      {escalated ? null : ctx.now < due.reminder ? (
        <p>
          <strong>{t.callBy(dayBefore(due.reminder, ctx.language))}.</strong> {t.reminder}
        </p>
      ) : (
        <p>
          <strong>{t.overdue(dayBefore(due.reminder, ctx.language))}</strong>
        </p>
      )}
      <p>{escalated ? t.escalated : t.escalates(dayBefore(due.escalation, ctx.language))}</p>
    </div>
  );
}
