/** Reads and writes associations: the rows themselves, with their coverage and coordinators when given. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/schema.js';
import { parseJsonColumn, toAssociation, type Association, type AssociationKind, type AssociationSettings } from './association.js';
import { replaceCoordinators } from './coordinators.repository.js';
import { replaceKommuner, replacePostalRanges } from './coverage.repository.js';
import type { PostalRange } from './postal-range.js';

/** The association with this slug, active or not. */
export async function findAssociationBySlug(db: Db, slug: string): Promise<Association | undefined> {
  const row = await db.selectFrom('associations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toAssociation(row);
}

/** The association with this id, active or not. */
export async function findAssociationById(db: Db, id: string): Promise<Association | undefined> {
  const row = await db.selectFrom('associations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAssociation(row);
}

/** The national contact: the fallback for every application no local association can take. */
export async function findNationalContact(db: Db): Promise<Association | undefined> {
  const row = await db
    .selectFrom('associations')
    .selectAll()
    .where('kind', '=', 'national')
    .where('active', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
  return row && toAssociation(row);
}

/** The national contact even when inactive (the admin tool changes it); the oldest if there are several. */
export async function findAnyNationalContact(db: Db): Promise<Association | undefined> {
  const row = await db.selectFrom('associations').selectAll().where('kind', '=', 'national').orderBy('created_at').executeTakeFirst();
  return row && toAssociation(row);
}

/** Every association, active or not, ordered by kind (national first) and slug. */
export async function listAssociations(db: Db): Promise<Association[]> {
  const rows = await db.selectFrom('associations').selectAll().orderBy('slug').execute();
  const order: Record<AssociationKind, number> = { national: 0, county: 1, local: 2 };
  return rows.map(toAssociation).sort((a, b) => order[a.kind] - order[b.kind]);
}

/** Email addresses of the active coordinators of an association. */
export async function listCoordinatorEmails(db: Db, associationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('coordinators')
    .select('email')
    .where('association_id', '=', associationId)
    .where('active', '=', 1)
    .orderBy('email')
    .execute();
  return rows.map((r) => r.email);
}

/**
 * Changes to one association, named by slug. A field left undefined keeps its stored value (a new association gets
 * the default); a list that is given replaces the stored list; settings are merged key by key.
 */
export interface AssociationChanges {
  slug: string;
  kind?: AssociationKind | undefined;
  name?: string | undefined;
  contactEmail?: string | undefined;
  /** null removes the phone number. */
  contactPhone?: string | null | undefined;
  defaultLanguage?: string | undefined;
  active?: boolean | undefined;
  /** Kommunenummer the association serves. */
  kommuner?: string[] | undefined;
  postalRanges?: PostalRange[] | undefined;
  allowedOrigins?: string[] | undefined;
  settings?: Partial<AssociationSettings> | undefined;
  /** null removes it. */
  countyNumber?: string | null | undefined;
  coordinators?: { name: string; email: string }[] | undefined;
}

/** Thrown when a change cannot be made as asked (a new association without a name, say). */
export class AssociationChangeError extends Error {
  override name = 'AssociationChangeError';
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Applies changes to one association, creating it when the slug is new. Run inside a transaction. */
export async function saveAssociation(db: Db, changes: AssociationChanges, now: Date): Promise<{ id: string; created: boolean }> {
  const ts = now.toISOString();
  const existing = await db.selectFrom('associations').select(['id', 'settings']).where('slug', '=', changes.slug).executeTakeFirst();
  const settings = { ...parseJsonColumn<Partial<AssociationSettings>>(existing?.settings, {}), ...definedOnly(changes.settings ?? {}) };
  const values = definedOnly({
    kind: changes.kind,
    name: changes.name,
    contact_email: changes.contactEmail,
    contact_phone: changes.contactPhone,
    default_language: changes.defaultLanguage,
    active: changes.active === undefined ? undefined : changes.active ? 1 : 0,
    allowed_origins: changes.allowedOrigins && JSON.stringify(changes.allowedOrigins),
    settings: changes.settings && JSON.stringify(settings),
    county_number: changes.countyNumber,
    updated_at: ts,
  });
  let id: string;
  if (existing) {
    id = existing.id;
    await db.updateTable('associations').set(values).where('id', '=', id).execute();
  } else {
    if (!changes.name || !changes.contactEmail) {
      throw new AssociationChangeError(`There is no association "${changes.slug}" yet; to create it, give at least a name and a contact email.`);
    }
    id = randomUUID();
    await db
      .insertInto('associations')
      .values({
        kind: 'local',
        contact_phone: null,
        default_language: 'nb',
        active: 1,
        ...values,
        id,
        slug: changes.slug,
        name: changes.name,
        contact_email: changes.contactEmail,
        created_at: ts,
        updated_at: ts,
      })
      .execute();
  }
  if (changes.kommuner) await replaceKommuner(db, id, changes.kommuner);
  if (changes.postalRanges) await replacePostalRanges(db, id, changes.postalRanges);
  if (changes.coordinators) await replaceCoordinators(db, id, changes.coordinators, now);
  return { id, created: !existing };
}

/** A complete association, as the seed file gives it. */
export interface AssociationInput extends AssociationChanges {
  kind: AssociationKind;
  name: string;
  contactEmail: string;
  contactPhone?: string | undefined;
  defaultLanguage: string;
  active: boolean;
  coordinators: { name: string; email: string }[];
}
