/** Gathers what the application page shows, for the page itself and for a form shown again with its errors. */
import type { Kysely } from 'kysely';
import { associationIdsOf, findVisibleApplication, listVisibleRepeats } from '../../applications/applications.repository.js';
import type { Association } from '../../associations/association.js';
import { listAssociations } from '../../associations/associations.repository.js';
import { listActiveCoordinators, listCoordinatorEmailsFor } from '../../associations/coordinators.repository.js';
import { findAccountName } from '../../accounts/accounts.repository.js';
import { findKommuneNames } from '../../reference-data/reference-data.repository.js';
import type { Database } from '../../db/schema.js';
import { osloDate } from '../../lib/time.js';
import type { Staff } from '../../accounts/staff.js';
import type { ApplicationPageProps, Checkers } from './application-page.js';
import { listEvents } from '../../follow-up/events.repository.js';
import { listNotes } from '../../follow-up/notes.repository.js';
import type { PageContext } from '../kit/page-context.js';
import type { WorkspaceApplication } from '../../applications/application.js';
import { explainUnrouted } from '../../routing/unrouted-reason.js';

/** The application's active coordinators and the person saving (also the name saved before, should they have left). */
export async function checkersFor(db: Kysely<Database>, a: WorkspaceApplication, staff: Staff): Promise<Checkers> {
  const ids = await associationIdsOf(db, a);
  const rows = await listActiveCoordinators(db, ids);
  const mine = rows.find((r) => r.email.toLowerCase() === staff.email)?.name ?? staff.name;
  const kept = a.checklist.policeCertificate?.checkedBy;
  return { names: [...new Set([mine, ...rows.map((r) => r.name), ...(kept ? [kept] : [])])], mine };
}

/**
 * The active local and county associations other than the application's own: `targets`, those with a coordinator,
 * which it can be passed on to; `withoutCoordinator`, those it cannot, shown so they do not silently vanish.
 */
export async function reassignChoices(db: Kysely<Database>, a: WorkspaceApplication, all?: Association[]): Promise<{ targets: Association[]; withoutCoordinator: Association[] }> {
  const candidates = (all ?? (await listAssociations(db)))
    .filter((s) => s.active && s.kind !== 'national' && s.id !== a.associationId)
    .sort((x, y) => x.name.localeCompare(y.name, 'nb'));
  const coordinators = await listCoordinatorEmailsFor(db, candidates.map((s) => s.id));
  const reachable = (s: Association) => (coordinators.get(s.id) ?? []).length > 0;
  return { targets: candidates.filter(reachable), withoutCoordinator: candidates.filter((s) => !reachable(s)) };
}

/** Associations an application can be passed on to: active local or county ones with a coordinator, not its own. */
export async function reassignTargets(db: Kysely<Database>, a: WorkspaceApplication, all?: Association[]): Promise<Association[]> {
  return (await reassignChoices(db, a, all)).targets;
}

/** Everything on the page except the message after a save and a rejected form. */
export async function loadApplicationPage(
  db: Kysely<Database>,
  ctx: PageContext,
  a: WorkspaceApplication,
): Promise<Omit<ApplicationPageProps, 'saved' | 'rejected'>> {
  const associations = await listAssociations(db);
  const names = new Map(associations.map((s) => [s.id, s.name]));
  const shared = (await associationIdsOf(db, a)).filter((id) => id !== a.associationId);
  const kommuneName = a.kommuneNumber ? (await findKommuneNames(db, [a.kommuneNumber])).get(a.kommuneNumber) : undefined;
  const handlerName = a.handledBy ? await findAccountName(db, a.handledBy) : undefined;
  const first = a.duplicateOf ? await findVisibleApplication(db, ctx.staff, a.duplicateOf) : undefined;
  const repeats = await listVisibleRepeats(db, ctx.staff, a);
  return {
    ctx,
    application: a,
    associationName: names.get(a.associationId) ?? '',
    sharedWith: shared.map((id) => names.get(id) ?? '').filter(Boolean),
    kommuneName: kommuneName ?? null,
    handlerName: handlerName ?? null,
    firstApplicationId: first?.id ?? null,
    repeats,
    notes: await listNotes(db, a.id),
    events: await listEvents(db, a.id),
    associationNames: names,
    checkers: await checkersFor(db, a, ctx.staff),
    ...(await reassignChoices(db, a, associations)),
    whyUnrouted: a.status === 'unrouted' ? await explainUnrouted(db, a) : null,
    today: osloDate(ctx.now),
  };
}
