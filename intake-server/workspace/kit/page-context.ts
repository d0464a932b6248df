/** What every page handler knows about the request: who is signed in, in which language, and how to link back. */
import type { Context, MiddlewareHandler } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import type { Staff } from '../../accounts/staff.js';
import { pickWorkspaceLanguage } from '../layout/texts.js';
import type { Language } from '../../../contract/index.js';
import type { FollowUpRules } from '../../follow-up/follow-up-schedule.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The follow-up job's rules (REMINDER_WORKING_DAYS, ESCALATION_DAYS), set for every workspace request. */
    followUpRules: FollowUpRules;
  }
}

/** Puts the follow-up rules on every workspace request, so pages can say when a reminder falls due. */
export function keepFollowUpRules(rules: FollowUpRules): MiddlewareHandler {
  return async (c, next) => {
    c.set('followUpRules', rules);
    await next();
  };
}

export interface PageContext {
  staff: Staff;
  language: Language;
  now: Date;
  /** The follow-up job's rules, to say when a reminder falls due; undefined in an app built without them (tests). */
  followUp: FollowUpRules | undefined;
  /** The language chosen in the address, to carry in GET forms; undefined when it came from the account or browser. */
  keptLanguage: Language | undefined;
  /**
   * A workspace path with `lang=` added when the visitor chose the language in the address (`?lang=en`), so the
   * choice survives links, form posts and redirects; the path as given otherwise.
   */
  href(path: string): string;
}

/** Builds the context of a request that `requireStaff()` let through. */
export function pageContext(c: Context<WorkspaceEnv>, now: Date): PageContext {
  const staff = c.get('staff');
  if (!staff) throw new Error('pageContext needs a signed-in person: put requireStaff() before the handler');
  const asked = c.req.query('lang');
  const language = pickWorkspaceLanguage(asked, staff.language, c.req.header('accept-language'));
  const keep = asked !== undefined && asked === language ? language : undefined;
  return {
    staff,
    language,
    now,
    followUp: c.get('followUpRules') as FollowUpRules | undefined,
    keptLanguage: keep,
    href: (path) => (keep ? `${path}${path.includes('?') ? '&' : '?'}lang=${keep}` : path),
  };
}
