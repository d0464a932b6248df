/**
 * Changing associations and their coordinators: the one code path of the admin tool (`npm run admin`) and the
 * workspace's association pages. Validation, the rules of who may change what, the change itself and its audit entry
 * (who, when, before and after; no account for the admin tool) are here; the callers only read input and show results.
 */
import * as v from 'valibot';
import type { Kysely, Transaction } from 'kysely';
import { ensureAccount, findAccountIdByEmail } from '../accounts/accounts.repository.js';
import { handOverApplications } from '../applications/application-changes.repository.js';
import { writeAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { isSingleAddress } from '../mail/single-address.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import type { Association } from './association.js';
import { AssociationFields, describeIssue, Email, PersonOrAssociationName } from './association-fields.schema.js';
import { AssociationChangeError, findAssociationBySlug, saveAssociation, type AssociationChanges } from './associations.repository.js';
import { addCoordinator, countOtherMemberships, listCoordinators, removeCoordinator, renameCoordinator, setLeadCoordinator, type Coordinator } from './coordinators.repository.js';
import { findCoverage } from './coverage.repository.js';
import { formatPostalRange } from './postal-range.js';
import { listKommuner } from '../reference-data/reference-data.repository.js';
import { fieldsFromText, TEXT_LABELS, type TextField } from './text-fields.js';

/**
 * A value that cannot be saved, named by its text field (`email`, `postal-ranges`, …) with an English message for the
 * admin tool. `code`, where there is one, is what the workspace's form words in the reader's language (with `values`,
 * the numbers it names); a problem without one gets the field's own hint.
 */
export interface FieldProblem {
  field: string;
  message: string;
  code?: FieldProblemCode;
  values?: string[];
}

/** The problems the workspace words on their own: a value missing, too long, taken, or not in the kommune list. */
export type FieldProblemCode = 'required' | 'too_long' | 'taken' | 'not_listed';

/** Who makes a change: an account in the workspace, or null for the admin tool on the server. */
export type Actor = string | null;

/** The fields a lead coordinator may change of her own association: contact details and allowed origins. */
export const LEAD_FIELDS: readonly TextField[] = ['email', 'phone', 'origins'];

/** What `validateAssociationText` makes of text fields. */
export type ValidatedChanges = { ok: true; changes: AssociationChanges } | { ok: false; problems: FieldProblem[] };

/**
 * Validates association fields written as text (the admin tool's options, the workspace's form), named as in
 * `TEXT_FIELDS`. An absent field keeps its value; an empty phone, county, kommuner, postal ranges or origins clears it.
 */
export function validateAssociationText(slug: string, text: Partial<Record<TextField, string>>): ValidatedChanges {
  const { raw, problems } = fieldsFromText({ ...text, slug }, 'clear');
  const all: FieldProblem[] = problems.map((message) => ({ field: 'coordinators', message }));
  const result = v.safeParse(AssociationFields, raw);
  if (!result.success) {
    const labels: Record<string, string> = { ...TEXT_LABELS, slug: 'slug' };
    for (const issue of result.issues) {
      const field = (issue.path ?? []).map((p) => String(p.key)).filter((k) => !/^\d+$/.test(k)).join('.');
      all.push({ field: labels[field] ?? field, message: describeIssue(issue, labels), ...(issue.input === undefined ? { code: 'required' as const } : {}) });
    }
  }
  if (!result.success || all.length > 0) return { ok: false, problems: all };
  return { ok: true, changes: result.output };
}

/** A field left empty that must have a value. */
export function requiredProblem(field: string): FieldProblem {
  return { field, message: `${field} is required`, code: 'required' };
}

/** Problems of a new association that its fields alone do not show: a taken slug, a missing name or email. */
export async function problemsOfNewAssociation(db: Kysely<Database>, changes: AssociationChanges): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (await findAssociationBySlug(db, changes.slug)) problems.push({ field: 'slug', message: `slug "${changes.slug}" is already used by another association`, code: 'taken' });
  if (!changes.name) problems.push(requiredProblem('name'));
  if (!changes.contactEmail) problems.push(requiredProblem('email'));
  return [...problems, ...problemsOfKind(undefined, changes)];
}

/**
 * Kommunenummer and a fylkesnummer the kommune list does not have: a typing mistake, or a kommune newer than the list
 * (then a newer list goes in first, under Referansedata; routing could not name it anyway). Field problems for the
 * forms; not checked while the list is empty (an installation that has not loaded it yet), and not by the import,
 * which may bring associations before the list.
 */
export async function problemsOfReferences(db: Kysely<Database>, changes: Pick<AssociationChanges, 'kommuner' | 'countyNumber'>): Promise<FieldProblem[]> {
  if (!changes.kommuner?.length && !changes.countyNumber) return [];
  const kommuner = await listKommuner(db);
  if (kommuner.length === 0) return [];
  const known = new Set(kommuner.map((k) => k.number));
  const counties = new Set(kommuner.map((k) => k.countyNumber));
  const problems: FieldProblem[] = [];
  const unknown = (changes.kommuner ?? []).filter((k) => !known.has(k));
  if (unknown.length > 0) problems.push({ field: 'kommuner', message: `not in the kommune list: ${unknown.join(', ')}`, code: 'not_listed', values: unknown });
  if (changes.countyNumber && !counties.has(changes.countyNumber)) {
    problems.push({ field: 'county', message: `not in the kommune list: ${changes.countyNumber}`, code: 'not_listed', values: [changes.countyNumber] });
  }
  return problems;
}

/**
 * A kind the association cannot take: only the national contact's own command makes one national, and the national
 * contact stays national. A field problem for the forms, not the error `saveAssociationAs` throws (second attack, finding 12).
 */
export function problemsOfKind(existing: Association | undefined, changes: AssociationChanges): FieldProblem[] {
  const becomesNational = changes.kind === 'national' && existing?.kind !== 'national';
  const leavesNational = existing?.kind === 'national' && changes.kind !== undefined && changes.kind !== 'national';
  return becomesNational || leavesNational ? [{ field: 'kind', message: 'must be local or county; the national contact stays national' }] : [];
}

type Snapshot = Record<string, string | number | boolean | null | string[]>;

/** The association as the audit log records it: its organisation data, never anyone's personal data. */
async function snapshotOf(db: Kysely<Database> | Transaction<Database>, slug: string): Promise<Snapshot | undefined> {
  const a = await findAssociationBySlug(db, slug);
  if (!a) return undefined;
  const coverage = await findCoverage(db, a.id);
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    countyNumber: a.countyNumber,
    contactEmail: a.contactEmail,
    contactPhone: a.contactPhone,
    defaultLanguage: a.defaultLanguage,
    active: a.active,
    kommuner: coverage.kommuner,
    postalRanges: coverage.postalRanges.map(formatPostalRange),
    allowedOrigins: a.allowedOrigins,
    minimumAge: a.settings.minimumAge,
    fullDetailsInNotice: a.settings.fullDetailsInNotice,
  };
}

/** The fields that differ, before and after. */
function difference(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(changed.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(changed.map((k) => [k, after[k] ?? null])) };
}

/**
 * Saves validated changes to one association (creating it when the slug is new) with its audit entry, in one
 * transaction. `national: true` only for the national contact's own command. Returns which fields changed.
 * Throws `AssociationChangeError` for a change that cannot be made (a new association without name or email, a
 * national association made local, or another made national).
 */
export async function saveAssociationAs(
  db: Kysely<Database>,
  actor: Actor,
  changes: AssociationChanges,
  now: Date,
  options: { national?: boolean } = {},
): Promise<{ id: string; created: boolean; changed: string[] }> {
  return withTransaction(db, async (trx) => {
    const before = await snapshotOf(trx, changes.slug);
    if (!options.national && (changes.kind === 'national' || (before?.kind === 'national' && changes.kind !== undefined))) {
      throw new AssociationChangeError('The national contact stays national, and no other association can become national.');
    }
    const { id, created } = await saveAssociation(trx, changes, now);
    const after = (await snapshotOf(trx, changes.slug))!;
    const diff = before ? difference(before, after) : { before: null, after };
    const changed = Object.keys(diff.after);
    if (created || changed.length > 0) {
      await writeAudit(trx, { accountId: actor, action: created ? 'association.created' : 'association.changed', associationId: id, detail: diff }, now);
    }
    return { id, created, changed };
  });
}

/** A coordinator's name and email, validated; problems are named `name` and `email`. */
export function validateCoordinator(input: { name: string; email: string }): { ok: true; name: string; email: string } | { ok: false; problems: FieldProblem[] } {
  const name = v.safeParse(PersonOrAssociationName, input.name);
  const email = v.safeParse(Email, input.email);
  const problems: FieldProblem[] = [];
  if (!name.success) problems.push({ field: 'name', message: `name ${name.issues[0]?.message}` });
  if (!email.success) problems.push({ field: 'email', message: `"${input.email}" is not an email address` });
  return name.success && email.success ? { ok: true, name: name.output, email: email.output } : { ok: false, problems };
}

const personOf = (c: Coordinator) => ({ name: c.name, email: c.email, active: c.active, lead: c.lead });

/** Adds a coordinator (or renames and reactivates the one with this address), audited. */
export async function addCoordinatorAs(
  db: Kysely<Database>,
  actor: Actor,
  association: Association,
  input: { name: string; email: string },
  now: Date,
  /** PUBLIC_URL: the mail to someone added says where to sign in. */
  publicUrl: string,
): Promise<{ ok: true; outcome: 'added' | 'updated'; name: string; email: string } | { ok: false; problems: FieldProblem[] }> {
  const valid = validateCoordinator(input);
  if (!valid.ok) return valid;
  return withTransaction(db, async (trx) => {
    const same = (c: Coordinator) => c.email.toLowerCase() === valid.email.toLowerCase();
    const before = (await listCoordinators(trx, association.id)).find(same);
    const outcome = await addCoordinator(trx, association.id, { name: valid.name, email: valid.email }, now);
    const after = (await listCoordinators(trx, association.id)).find(same)!;
    await writeAudit(trx, { accountId: actor, action: 'coordinator.added', associationId: association.id, detail: { before: before ? personOf(before) : null, after: personOf(after) } }, now);
    if (!before?.active) await tellCoordinator(trx, association, valid.email, 'added', now, new URL('/koordinator', publicUrl).href);
    return { ok: true as const, outcome, name: valid.name, email: valid.email };
  });
}

/**
 * Mails the person added to or removed from the coordinators (second attack, finding 3): nobody is put on a list, or
 * taken off one, without hearing of it. In the association's language; queued in the change's transaction.
 */
async function tellCoordinator(trx: Transaction<Database>, association: Association, email: string, change: 'added' | 'removed', now: Date, signInUrl?: string): Promise<void> {
  if (!isSingleAddress(email)) return;
  await enqueueMails(
    trx,
    [{ applicationId: null, mail: { kind: 'coordinator_changed', language: association.defaultLanguage, recipients: [email], replyTo: association.contactEmail, data: { change, associationName: association.name, at: now.toISOString(), ...(signInUrl ? { signInUrl } : {}) } } }],
    now,
  );
}

/** Renames a coordinator of the association, audited; 'not_found' when the id is not one of its coordinators. */
export async function renameCoordinatorAs(
  db: Kysely<Database>,
  actor: Actor,
  association: Association,
  coordinatorId: string,
  name: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; problems: FieldProblem[] } | { ok: false; notFound: true }> {
  const parsed = v.safeParse(PersonOrAssociationName, name);
  if (!parsed.success) return { ok: false, problems: [{ field: 'name', message: `name ${parsed.issues[0]?.message}` }] };
  return withTransaction(db, async (trx) => {
    const before = (await listCoordinators(trx, association.id)).find((c) => c.id === coordinatorId);
    if (!before || !(await renameCoordinator(trx, association.id, coordinatorId, parsed.output))) return { ok: false as const, notFound: true as const };
    await writeAudit(
      trx,
      { accountId: actor, action: 'coordinator.renamed', associationId: association.id, detail: { before: personOf(before), after: personOf({ ...before, name: parsed.output }) } },
      now,
    );
    return { ok: true as const };
  });
}

/** Makes a coordinator the association's lead, or not, audited; false when the id is not one of its coordinators. */
export async function setLeadAs(db: Kysely<Database>, actor: Actor, association: Association, coordinatorId: string, lead: boolean, now: Date): Promise<boolean> {
  return withTransaction(db, async (trx) => {
    const before = (await listCoordinators(trx, association.id)).find((c) => c.id === coordinatorId);
    if (!before || !(await setLeadCoordinator(trx, association.id, coordinatorId, lead))) return false;
    await writeAudit(
      trx,
      { accountId: actor, action: 'coordinator.lead_changed', associationId: association.id, detail: { before: personOf(before), after: personOf({ ...before, lead }) } },
      now,
    );
    return true;
  });
}

/** What happened when a coordinator was removed. */
export type RemovalResult =
  | { ok: true; removed: Coordinator; applications: number; passedTo: Coordinator | null; left: number; staysSignedIn: boolean }
  | { ok: false; reason: 'not_found' | 'bad_colleague' | 'last_national' };

/**
 * Whether removing this coordinator would leave the national contact with none: then nobody could administer the
 * service in the browser (associations, coverage, reference data, privacy requests), only from a shell.
 */
export function isLastNational(association: Association, people: Coordinator[], who: Coordinator): boolean {
  return association.kind === 'national' && who.active && !people.some((c) => c.active && c.id !== who.id);
}

/**
 * Removes a coordinator (named by email, compared without case) from the association. She is signed out at once
 * (sessions and unused sign-in links end). Her open applications in this association (those she handles) pass to
 * the colleague `passToId` (another active coordinator of the association), or stay with the association with
 * nobody handling them (null). One transaction, audited.
 */
export async function removeCoordinatorAs(
  db: Kysely<Database>,
  actor: Actor,
  association: Association,
  email: string,
  passToId: string | null,
  now: Date,
): Promise<RemovalResult> {
  return withTransaction(db, async (trx) => {
    const people = await listCoordinators(trx, association.id);
    const who = people.find((c) => c.email.toLowerCase() === email.trim().toLowerCase());
    if (!who) return { ok: false as const, reason: 'not_found' as const };
    if (isLastNational(association, people, who)) return { ok: false as const, reason: 'last_national' as const };
    const colleague = passToId === null ? null : people.find((c) => c.id === passToId && c.active && c.id !== who.id);
    if (colleague === undefined) return { ok: false as const, reason: 'bad_colleague' as const };
    await removeCoordinator(trx, association.id, who.email);
    const from = await findAccountIdByEmail(trx, who.email);
    const to = colleague && ((await findAccountIdByEmail(trx, colleague.email)) ?? (await ensureAccount(trx, colleague.email, { name: colleague.name, role: 'coordinator' }, association.defaultLanguage, now)));
    const applications = from ? await handOverApplications(trx, association.id, from, to ?? null, now) : 0;
    await writeAudit(
      trx,
      {
        accountId: actor,
        action: 'coordinator.removed',
        associationId: association.id,
        detail: { before: personOf(who), after: null, applications, passedTo: colleague?.email ?? null },
      },
      now,
    );
    if (who.active) await tellCoordinator(trx, association, who.email, 'removed', now);
    const left = people.filter((c) => c.active && c.id !== who.id).length;
    const staysSignedIn = (await countOtherMemberships(trx, who.email, association.id)) > 0;
    return { ok: true as const, removed: who, applications, passedTo: colleague, left, staysSignedIn };
  });
}
