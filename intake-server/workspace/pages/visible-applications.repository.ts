/**
 * Which applications a signed-in person may see. A coordinator sees those of the associations they coordinate (its
 * own association or one it is shared with), never quarantined ones; the national admin sees all. An application
 * someone may not see is treated exactly as one that does not exist.
 */
import type { Db } from '../../db/schema.js';
import { canSee, type Staff } from '../auth/staff.js';
import { toWorkspaceApplication, type WorkspaceApplication } from './workspace-application.js';

/** Ids are UUIDs; anything else is not looked up at all. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The associations an application belongs to: its own first, then those it is shared with. */
export async function associationIdsOf(db: Db, application: { id: string; associationId: string }): Promise<string[]> {
  const shared = await db.selectFrom('application_associations').select('association_id').where('application_id', '=', application.id).execute();
  return [...new Set([application.associationId, ...shared.map((r) => r.association_id)])];
}

/** True when `staff` may see this application. */
export async function maySee(db: Db, staff: Staff, application: WorkspaceApplication): Promise<boolean> {
  if (staff.role === 'admin') return true;
  if (application.status === 'quarantined') return false;
  const ids = await associationIdsOf(db, application);
  return ids.some((id) => canSee(staff, id));
}

/** The application with this id if `staff` may see it; undefined both when there is none and when it is not theirs. */
export async function findVisibleApplication(db: Db, staff: Staff, id: string): Promise<WorkspaceApplication | undefined> {
  if (!ID.test(id)) return undefined;
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const application = toWorkspaceApplication(row);
  return (await maySee(db, staff, application)) ? application : undefined;
}
