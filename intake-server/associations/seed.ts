/** Loads associations and coordinators from a JSON seed file at every start (an upsert by slug). */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import type { Kysely } from 'kysely';
import { LANGUAGES } from '../../contract/index.js';
import type { Database } from '../db/schema.js';
import { AssociationFields, CoordinatorFields, Email, PersonOrAssociationName } from './association-fields.schema.js';
import { upsertAssociation } from './associations.repository.js';

const AssociationSeed = v.strictObject({
  ...AssociationFields.entries,
  name: PersonOrAssociationName,
  contactEmail: Email,
  defaultLanguage: v.optional(v.picklist(LANGUAGES), 'nb'),
  active: v.optional(v.boolean(), true),
  coordinators: v.array(CoordinatorFields),
});

const SeedFile = v.object({
  national: v.strictObject({ ...AssociationSeed.entries, coordinators: v.optional(AssociationSeed.entries.coordinators, []) }),
  associations: v.array(AssociationSeed),
});

/**
 * Reads the seed file, validates it and upserts every association in it: the file wins for the associations it
 * lists (their coordinators are replaced; kommuner, postal ranges, origins and settings only when the file gives
 * them). Associations it does not list are left alone. Throws with the file and the problem.
 */
export async function seedAssociations(db: Kysely<Database>, file: string, now = new Date()): Promise<number> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read the associations seed file ${file}: ${(err as Error).message}`);
  }
  const result = v.safeParse(SeedFile, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`Invalid associations seed file ${file} at ${path || 'top level'}: ${issue?.message}`);
  }
  const { national, associations } = result.output;
  await upsertAssociation(db, { ...national, contactPhone: national.contactPhone ?? undefined, kind: 'national' }, now);
  for (const a of associations) await upsertAssociation(db, { ...a, contactPhone: a.contactPhone ?? undefined, kind: a.kind ?? 'local' }, now);
  return associations.length + 1;
}
