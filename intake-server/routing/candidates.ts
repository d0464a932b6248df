/** The associations that could take an application from a postal code, each with the coordinators it would notify. */
import type { Association } from '../associations/association.js';
import { listCoordinatorEmailsFor } from '../associations/coordinators.repository.js';
import { findCountyAssociations, findServingAssociations } from '../associations/coverage.repository.js';
import type { Db } from '../db/schema.js';

/** An association that can take applications: active, with at least one active coordinator. */
export interface Candidate {
  association: Association;
  recipients: string[];
}

const collator = new Intl.Collator('nb');

/** Keeps the associations that have coordinators, ordered by name as Norwegians sort (Æ, Ø, Å last). */
export async function withRecipients(db: Db, associations: Association[]): Promise<Candidate[]> {
  const emails = await listCoordinatorEmailsFor(db, associations.map((a) => a.id));
  return associations
    .map((association) => ({ association, recipients: emails.get(association.id) ?? [] }))
    .filter((c) => c.recipients.length > 0)
    .sort((a, b) => collator.compare(a.association.name, b.association.name) || a.association.slug.localeCompare(b.association.slug));
}

/**
 * Local associations serving the postal code (through its kommune or a postal range) that can take applications.
 * Without `kommuneNumber`, the postal code's kommune is found in the same statement.
 */
export async function findLocalCandidates(db: Db, postalCode: string, kommuneNumber?: string | null): Promise<Candidate[]> {
  return withRecipients(db, await findServingAssociations(db, postalCode, kommuneNumber));
}

/** County associations of the fylke that can take applications. */
export async function findCountyCandidates(db: Db, countyNumber: string): Promise<Candidate[]> {
  return withRecipients(db, await findCountyAssociations(db, countyNumber));
}
