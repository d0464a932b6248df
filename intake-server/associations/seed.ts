/** Loads associations and coordinators from a JSON seed file (until the admin tool manages them). */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import type { Kysely } from 'kysely';
import { LANGUAGES } from '../../contract/index.js';
import type { Database } from '../db/schema.js';
import { upsertAssociation } from './associations.repository.js';

const Email = v.pipe(v.string(), v.trim(), v.email(), v.maxLength(254));
const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/), v.maxLength(64));

const AssociationSeed = v.object({
  slug: Slug,
  name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  contactEmail: Email,
  contactPhone: v.optional(v.pipe(v.string(), v.maxLength(30))),
  defaultLanguage: v.optional(v.picklist(LANGUAGES), 'nb'),
  active: v.optional(v.boolean(), true),
  coordinators: v.array(v.object({ name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)), email: Email })),
});

const SeedFile = v.object({
  national: v.object({ ...AssociationSeed.entries, coordinators: v.optional(AssociationSeed.entries.coordinators, []) }),
  associations: v.array(AssociationSeed),
});

/** Reads the seed file, validates it and upserts every association in it. Throws with the file and the problem. */
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
  await upsertAssociation(db, { ...national, kind: 'national' }, now);
  for (const a of associations) await upsertAssociation(db, { ...a, kind: 'local' }, now);
  return associations.length + 1;
}
