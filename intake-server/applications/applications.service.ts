/**
 * Accepting applications: screen, route, flag, and commit each with its emails and its idempotent answer.
 * Concurrent applications are committed together (group commit); each still gets its own answer.
 */
import { newId } from '../db/ids.js';
import type { Kysely, Transaction } from 'kysely';
import type { Application, ApplicationAccepted } from '../../contract/index.js';
import { toPublicAssociation } from '../associations/association.js';
import { createBatcher } from '../db/batcher.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { DAY_MS, utcDay } from '../lib/time.js';
import { findStoredResponses, storeResponses } from '../idempotency/idempotency.repository.js';
import type { OutgoingMail } from '../mail/mail-kinds.js';
import { enqueueMails, type MailToEnqueue } from '../outbox/outbox.repository.js';
import { routeApplication, type Route } from '../routing/route-application.js';
import { openAssociationBudgets, type AssociationBudgets } from '../screening/association-budget.js';
import { findRedeemed, recordRedeemed } from '../screening/used-challenges.repository.js';
import type { QuarantineReason } from '../screening/screen-submission.js';
import { softFlagsOf, type SoftFlag } from '../screening/soft-flags.js';
import {
  earlierSharing,
  findEarlierApplications,
  findTakenReferences,
  insertApplicationAssociations,
  insertApplications,
  type EarlierApplication,
  type NewApplication,
} from './applications.repository.js';
import { withdrawalUrl } from '../withdrawal/withdrawal-link.js';
import { createReference } from './reference.js';

export interface SubmitRequest {
  application: Application;
  idempotencyKey: string;
  requestHash: string;
  /** Set when screening found the submission automated: stored apart, no email, same answer. */
  quarantine: QuarantineReason | null;
  /** The proof-of-work challenge this submission solved; each may be redeemed once. */
  challenge?: { id: string; expiresAt: string } | null;
  /**
   * RATE_LIMIT_PER_ASSOCIATION: how many applications may reach the coordinators of the association(s) this one is
   * routed to per hour; beyond it, it is quarantined. 0 or absent: no limit.
   */
  associationLimit?: number;
}

/** A refusal the store decided (plain data; the route turns it into the HTTP error). */
export type SubmitRefusal = Extract<StoredOutcome, { ok: false }>;

export type SubmitOutcome = { ok: true; status: 201; body: ApplicationAccepted; replayed: boolean; held?: QuarantineReason | null } | SubmitRefusal;

/** A stored outcome as plain data, so it can cross a worker-thread boundary. */
export type StoredOutcome =
  | { ok: true; body: ApplicationAccepted; replayed: boolean; held?: QuarantineReason | null }
  | { ok: false; status: 422; code: 'idempotency_key_reused'; message: string };

export interface BatchResult {
  outcomes: StoredOutcome[];
  queuedMail: boolean;
}

/** Commits a batch of submissions in one transaction, at time `at`. */
export type BatchStore = (jobs: SubmitRequest[], at: Date) => Promise<BatchResult>;

export interface ApplicationIntake {
  submit(req: SubmitRequest): Promise<SubmitOutcome>;
}

/** What storing needs besides the database. Plain data: it is also handed to the writer thread. */
export interface StoreDeps {
  publicUrl: string;
  secretKey: string;
  /** A second application from the same email within this many days joins the first. */
  duplicateWindowDays: number;
  /** RETENTION_MONTHS: the receipt's withdrawal link expires this many months after the application was sent. */
  retentionMonths: number;
}

export interface IntakeDeps {
  store: BatchStore;
  now: () => Date;
  /** Called after a commit that queued mail, so delivery starts at once. */
  onQueued: () => void;
  /** Most applications committed in one transaction. */
  maxBatch?: number;
  /** How many batches the store takes at once (see createBatcher); 1 unless it queues them itself. */
  maxInFlight?: () => number;
}

/** Creates the intake: `submit` resolves once the application is durably stored (or with a typed refusal). */
export function createApplicationIntake(deps: IntakeDeps): ApplicationIntake {
  const batcher = createBatcher<SubmitRequest, SubmitOutcome>(async (jobs) => {
    const { outcomes, queuedMail } = await deps.store(jobs, deps.now());
    if (queuedMail) deps.onQueued();
    return outcomes.map(
      (o): SubmitOutcome => (o.ok ? { ok: true, status: 201, body: o.body, replayed: o.replayed, held: o.held ?? null } : o),
    );
  }, deps.maxBatch ?? 200, deps.maxInFlight);
  return { submit: (req) => batcher.submit(req) };
}

/** Stores batches through a Kysely instance in this thread (PostgreSQL, and SQLite where no writer thread runs). */
export function createInProcessStore(db: Kysely<Database>, deps: StoreDeps): BatchStore {
  return (jobs, at) => withTransaction(db, (trx) => storeApplications(trx, jobs, deps, at));
}

/** What the batch knows about the people in it before deciding anything. */
interface BatchContext {
  answered: Awaited<ReturnType<typeof findStoredResponses>>;
  earlier: Map<string, EarlierApplication[]>;
  receipted: Set<string>;
  redeemed: Set<string>;
  routes: Map<string, Route>;
  budgets: AssociationBudgets | null;
}

async function loadContext(trx: Transaction<Database>, jobs: SubmitRequest[], deps: StoreDeps, at: Date): Promise<BatchContext> {
  const emailKeys = [...new Set(jobs.map((j) => emailKeyOf(j.application)))];
  // With the window at 0 days, nothing counts as a duplicate; receipts are still one a day.
  const since = deps.duplicateWindowDays > 0 ? new Date(at.getTime() - deps.duplicateWindowDays * DAY_MS) : at;
  const { earlier, receiptedToday } = await findEarlierApplications(trx, emailKeys, since, utcDay(at));
  return {
    answered: await findStoredResponses(trx, [...new Set(jobs.map((j) => j.idempotencyKey))]),
    earlier: deps.duplicateWindowDays > 0 ? earlier : new Map(),
    receipted: receiptedToday,
    redeemed: await findRedeemed(trx, jobs.flatMap((j) => (j.challenge ? [j.challenge.id] : []))),
    routes: new Map(),
    budgets: null,
  };
}

/** The associations whose coordinators an application routed this way reaches, and whose budget it spends. */
const budgetIdsOf = (route: Route) => (route.associations.length > 0 ? route.associations : [route.primary]).map((a) => a.id);

const emailKeyOf = (a: Application) => a.email.toLowerCase();

/**
 * Stores a batch inside one transaction. A retry with the same key and body gets the first answer (also when the
 * first is in the same batch); the same key with another body is refused. Every accepted submission gets the same
 * kind of answer, whether it is new, joins an earlier application or is quarantined: the answer never tells
 * whether an address has applied before.
 */
export async function storeApplications(
  trx: Transaction<Database>,
  jobs: SubmitRequest[],
  deps: StoreDeps,
  at: Date,
): Promise<BatchResult> {
  const ctx = await loadContext(trx, jobs, deps, at);
  if (jobs.some((j) => (j.associationLimit ?? 0) > 0)) {
    // Route first, so the budgets of every association this batch may spend are opened (and locked) together.
    const ids = new Set<string>();
    for (const job of jobs) {
      if (job.quarantine || ctx.answered.has(job.idempotencyKey) || !((job.associationLimit ?? 0) > 0)) continue;
      for (const id of budgetIdsOf(await routeFor(trx, ctx, job.application))) ids.add(id);
    }
    ctx.budgets = await openAssociationBudgets(trx, ids, at);
  }
  const references = await freeReferences(trx, jobs.length, at);
  const applications: NewApplication[] = [];
  const shares: { applicationId: string; associationId: string }[] = [];
  const mails: MailToEnqueue[] = [];
  const challenges: { id: string; expiresAt: string }[] = [];
  const answers: { key: string; requestHash: string; status: number; body: unknown }[] = [];
  const outcomes: StoredOutcome[] = [];

  for (const job of jobs) {
    const stored = ctx.answered.get(job.idempotencyKey);
    if (stored) {
      outcomes.push(
        stored.requestHash === job.requestHash
          ? { ok: true, body: stored.body as ApplicationAccepted, replayed: true }
          : { ok: false, status: 422, code: 'idempotency_key_reused', message: 'This Idempotency-Key was already used for a different request.' },
      );
      continue;
    }
    const a = job.application;
    let quarantine = job.quarantine;
    if (job.challenge) {
      // A solved challenge is good for one application: a replay is held back like any other automated submission.
      if (ctx.redeemed.has(job.challenge.id)) quarantine ??= 'proof_of_work_replay';
      else {
        ctx.redeemed.add(job.challenge.id);
        challenges.push(job.challenge);
      }
    }
    const route = await routeFor(trx, ctx, a);
    const id = newId();
    const reference = references.pop()!;
    const flags = softFlagsOf(a);
    const emailKey = emailKeyOf(a);
    const owners = [route.primary.id, ...route.associations.map((x) => x.id)];
    const duplicateOf = quarantine ? null : (earlierSharing(ctx.earlier.get(emailKey), owners)?.id ?? null);
    // Only an application on its way to coordinators spends their association's budget; past it, it is held back.
    if (!quarantine && !duplicateOf && ctx.budgets && !ctx.budgets.take(budgetIdsOf(route), job.associationLimit ?? 0)) quarantine = 'association_limit';
    const status = quarantine ? 'quarantined' : duplicateOf ? 'duplicate' : route.routing === 'national_fallback' ? 'unrouted' : 'new';
    // One receipt per address per day, whoever typed the address in.
    const sendReceipt = !quarantine && !ctx.receipted.has(emailKey);
    const receiptDay = sendReceipt ? utcDay(at) : null;

    applications.push({
      id, reference, status, emailKey, duplicateOf, flags, application: a,
      associationId: route.primary.id,
      routing: route.routing,
      kommuneNumber: route.kommune?.number ?? null,
      quarantineReason: quarantine,
      confirmedAssociation: route.routing === 'confirmed',
      receiptDay,
    });
    if (!quarantine) {
      // Only an application that several associations share needs rows there: every reader takes the association on
      // the application row as its first owner, so a row for it alone would be a write (three index pages) for nothing.
      if (route.associations.length > 1) for (const association of route.associations) shares.push({ applicationId: id, associationId: association.id });
      // A repeat joins the first application: the coordinators already have it, so they are not told again.
      if (!duplicateOf) mails.push({ applicationId: id, mail: coordinatorNotice(id, reference, a, route, flags, deps.publicUrl) });
      if (sendReceipt) {
        ctx.receipted.add(emailKey);
        const withdrawUrl = withdrawalUrl(deps.publicUrl, deps.secretKey, { applicationId: id, language: a.language, at, retentionMonths: deps.retentionMonths });
        mails.push({ applicationId: id, mail: applicantReceipt(reference, a, route, withdrawUrl) });
      }
      // Later applications in this batch from the same address join this one.
      if (!duplicateOf) ctx.earlier.set(emailKey, [{ id, associationIds: owners }, ...(ctx.earlier.get(emailKey) ?? [])]);
    }

    const body: ApplicationAccepted = { reference, association: toPublicAssociation(route.primary) };
    answers.push({ key: job.idempotencyKey, requestHash: job.requestHash, status: 201, body });
    ctx.answered.set(job.idempotencyKey, { requestHash: job.requestHash, status: 201, body });
    outcomes.push({ ok: true, body, replayed: false, held: quarantine });
  }

  await insertApplications(trx, applications, at);
  await insertApplicationAssociations(trx, shares);
  await enqueueMails(trx, mails, at);
  await recordRedeemed(trx, challenges);
  await ctx.budgets?.save();
  await storeResponses(trx, answers, at);
  return { outcomes, queuedMail: mails.length > 0 };
}

/** `n` new references, different from each other and from every stored one. */
async function freeReferences(trx: Transaction<Database>, n: number, at: Date): Promise<string[]> {
  const free = new Set<string>();
  for (let attempt = 0; free.size < n; attempt++) {
    // Each round draws fresh endings; eight rounds failing would take a broken random source, not bad luck.
    if (attempt === 8) throw new Error('No free application reference found');
    const drawn = new Set<string>();
    while (free.size + drawn.size < n) {
      const r = createReference(at.getTime());
      if (!free.has(r)) drawn.add(r);
    }
    const taken = await findTakenReferences(trx, [...drawn]);
    for (const r of drawn) if (!taken.has(r)) free.add(r);
  }
  return [...free];
}

async function routeFor(trx: Transaction<Database>, ctx: BatchContext, a: Application): Promise<Route> {
  const key = `${a.confirmedAssociation}|${a.association}|${a.postalCode}`;
  let route = ctx.routes.get(key);
  if (!route) {
    route = await routeApplication(trx, { pageAssociation: a.association, confirmedAssociation: a.confirmedAssociation, postalCode: a.postalCode });
    ctx.routes.set(key, route);
  }
  return route;
}

function coordinatorNotice(id: string, reference: string, a: Application, route: Route, flags: SoftFlag[], publicUrl: string): OutgoingMail {
  const association = route.primary;
  const sharing = route.associations;
  // Full details only when every association that gets this notice asked for them.
  const fullDetails = sharing.length > 0 && sharing.every((s) => s.settings.fullDetailsInNotice);
  return {
    kind: 'coordinator_notice',
    language: association.defaultLanguage,
    recipients: route.recipients,
    // A coordinator who answers the notice reaches the association's own mailbox, not a no-reply address.
    replyTo: association.contactEmail,
    data: {
      reference,
      firstName: a.firstName,
      postalCode: a.postalCode,
      kommuneName: route.kommune?.name ?? null,
      associationName: association.name,
      sharedWith: sharing.filter((s) => s.id !== association.id).map((s) => s.name),
      flags,
      applicationUrl: `${publicUrl}/koordinator/soknader/${id}`,
      fallback: route.routing === 'national_fallback',
      details: fullDetails ? { lastName: a.lastName, email: a.email, phone: a.phone } : null,
    },
  };
}

function applicantReceipt(reference: string, a: Application, route: Route, withdrawUrl: string): OutgoingMail {
  const association = route.primary;
  return {
    kind: 'applicant_receipt',
    language: a.language,
    recipients: [a.email],
    replyTo: association.contactEmail,
    data: { reference, associationName: association.name, contactEmail: association.contactEmail, contactPhone: association.contactPhone, withdrawUrl },
  };
}
