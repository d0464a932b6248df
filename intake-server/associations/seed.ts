/**
 * Loads associations and coordinators from a JSON seed file at start: insert-only. A seed fills an empty database
 * (the demo, a first start); it never undoes an operator's change.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import type { Kysely, Transaction } from 'kysely';
import { LANGUAGES } from '../../contract/index.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { createLogger, type Logger } from '../logger.js';
import type { AssociationSettings } from './association.js';
import { AssociationFields, CoordinatorFields, Email, PersonOrAssociationName } from './association-fields.schema.js';
import { findAssociationBySlug, saveAssociation, type AssociationInput } from './associations.repository.js';
import { listCoordinators } from './coordinators.repository.js';
import { findCoverage } from './coverage.repository.js';

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

/** What one seeding did, by slug (slugs are not personal data; they may be logged). */
export interface SeedSummary {
  /** Associations that did not exist and were created with their coordinators. */
  created: string[];
  /** Associations that exist exactly as the file has them. */
  unchanged: string[];
  /** Associations that exist and differ from the file: left as the database has them (the operator's changes). */
  differing: string[];
}

/**
 * Reads the seed file, validates it, and creates the associations in it that do not exist yet (matched by slug),
 * each with its coordinators, coverage and settings. An association that exists is never changed: not its fields,
 * not its coordinators (one the operator removed stays removed, one she added stays), not its coverage. Entries that
 * differ from the database are listed in one warning by slug and count, never by name or address. Associations the
 * file does not list are left alone. Throws with the file and the problem when the file is unreadable or invalid.
 *
 * Safe with several instances starting at once: an association is created with `INSERT … ON CONFLICT DO NOTHING`,
 * so exactly one instance creates it and the others find it.
 */
export async function seedAssociations(db: Kysely<Database>, file: string, now = new Date(), logger?: Logger): Promise<SeedSummary> {
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
  const entries: AssociationInput[] = [
    { ...national, contactPhone: national.contactPhone ?? undefined, kind: 'national' },
    ...associations.map((a): AssociationInput => ({ ...a, contactPhone: a.contactPhone ?? undefined, kind: a.kind ?? 'local' })),
  ];
  const summary: SeedSummary = { created: [], unchanged: [], differing: [] };
  for (const entry of entries) summary[await seedOne(db, entry, now)].push(entry.slug);

  // Without the server's logger (an older caller), the warning still reaches standard output as a JSON line.
  const log = logger ?? createLogger(process.env.LOG_LEVEL === 'error' || process.env.LOG_LEVEL === 'silent' ? process.env.LOG_LEVEL : 'warn');
  log.info('seed file applied (insert-only)', { created: summary.created.length, unchanged: summary.unchanged.length, differing: summary.differing.length });
  if (summary.differing.length > 0) {
    log.warn('seed file entries differ from the database and were left as they are there', {
      count: summary.differing.length,
      slugs: summary.differing.join(','),
    });
  }
  return summary;
}

async function seedOne(db: Kysely<Database>, entry: AssociationInput, now: Date): Promise<keyof SeedSummary> {
  return withTransaction(db, async (trx) => {
    const ts = now.toISOString();
    const inserted = await trx
      .insertInto('associations')
      .values({
        id: randomUUID(),
        slug: entry.slug,
        kind: entry.kind,
        name: entry.name,
        contact_email: entry.contactEmail,
        contact_phone: entry.contactPhone ?? null,
        default_language: entry.defaultLanguage,
        active: entry.active ? 1 : 0,
        created_at: ts,
        updated_at: ts,
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      // The row is this transaction's own: the rest (coverage, origins, settings, coordinators) goes in as the file says.
      await saveAssociation(trx, { ...entry, contactPhone: entry.contactPhone ?? null }, now);
      return 'created';
    }
    return (await differsFromDatabase(trx, entry)) ? 'differing' : 'unchanged';
  });
}

/** True when the stored association differs from the file in anything the file gives. */
async function differsFromDatabase(trx: Transaction<Database>, entry: AssociationInput): Promise<boolean> {
  const stored = await findAssociationBySlug(trx, entry.slug);
  if (!stored) return true;
  const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  if (
    stored.kind !== entry.kind ||
    stored.name !== entry.name ||
    stored.contactEmail !== entry.contactEmail ||
    stored.contactPhone !== (entry.contactPhone ?? null) ||
    stored.defaultLanguage !== entry.defaultLanguage ||
    stored.active !== entry.active
  ) {
    return true;
  }
  if (entry.allowedOrigins && !same([...stored.allowedOrigins].sort(), [...entry.allowedOrigins].sort())) return true;
  if (entry.countyNumber !== undefined && stored.countyNumber !== entry.countyNumber) return true;
  if (entry.settings) {
    for (const [key, value] of Object.entries(entry.settings)) {
      if (value !== undefined && stored.settings[key as keyof AssociationSettings] !== value) return true;
    }
  }
  if (entry.kommuner || entry.postalRanges) {
    const coverage = await findCoverage(trx, stored.id);
    if (entry.kommuner && !same(coverage.kommuner, [...new Set(entry.kommuner)].sort())) return true;
    const ranges = (r: { from: string; to: string }[]) => r.map((x) => `${x.from}-${x.to}`).sort();
    if (entry.postalRanges && !same(ranges(coverage.postalRanges), ranges(entry.postalRanges))) return true;
  }
  const key = (c: { name: string; email: string }) => `${c.email.toLowerCase()}\n${c.name}`;
  const coordinators = await listCoordinators(trx, stored.id);
  return coordinators.some((c) => !c.active) || !same(coordinators.map(key).sort(), entry.coordinators.map(key).sort());
}
