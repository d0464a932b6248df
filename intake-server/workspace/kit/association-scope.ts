/** The associations a signed-in person may pick in the workspace, and the one a `?forening=` slug names. */
import type { Kysely } from 'kysely';
import { canSee } from '../../applications/applications.repository.js';
import { listAssociations } from '../../associations/associations.repository.js';
import type { Association } from '../../associations/association.js';
import type { Database } from '../../db/schema.js';
import type { Staff } from '../../accounts/staff.js';

/** Every association the person may see, national first for the admin, then by slug. */
export async function visibleAssociations(db: Kysely<Database>, staff: Staff): Promise<Association[]> {
  const all = await listAssociations(db);
  return all.filter((a) => canSee(staff, a.id));
}

/**
 * The association `slug` names among `visible`: null when no slug was given (all of them), undefined when the slug
 * names an association the person may not see or none at all (both answer 404).
 */
export function pickAssociation(visible: Association[], slug: string | undefined): Association | null | undefined {
  if (!slug) return null;
  return visible.find((a) => a.slug === slug);
}
