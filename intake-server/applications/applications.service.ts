/**
 * Accepting applications: screen, route, flag, and commit each with its emails and its idempotent answer.
 * Concurrent applications are committed together (group commit); each still gets its own answer.
 */
import { newId } from '../db/ids.js';
import type { Kysely, Transaction } from 'kysely';
import type { Application, ApplicationAccepted } from '../../contract/index.js';
import { toPublicAssociation } from '../associations/association.js';
import { createBatcher } from '../db/batcher.js';
import type { Database, Db } from '../db/schema.js';
import { createOneRead } from '../db/one-read.js';
import { createOneStatement } from '../db/one-statement.js';
import { isPostgres } from '../db/postgres.js';
import { withTransaction } from '../db/transaction.js';
import { DAY_MS, utcDay } from '../lib/time.js';
import { findStoredResponses, storeResponses } from '../idempotency/idempotency.repository.js';
import { enqueueMails, type MailToEnqueue } from '../outbox/outbox.repository.js';
import type { Route } from '../routing/route-application.js';
import { createRouteCache, type BatchRoutes, type RouteCache } from '../routing/route-cache.js';
import { readRoutingGeneration } from '../routing/routing-generation.repository.js';
import { openAssociationBudgets, type AssociationBudgets } from '../screening/association-budget.js';
import { findRedeemed, recordRedeemed } from '../screening/used-challenges.repository.js';
import type { QuarantineReason } from '../screening/screen-submission.js';
import { softFlagsOf } from '../screening/soft-flags.js';
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
import { applicantReceipt, coordinatorNotice } from './intake-mails.js';

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
  /**
   * True when batches commit concurrently in separate transactions (PostgreSQL): a batch then never shares an
   * idempotency key, an email address or a proof-of-work challenge with a running one (see createBatcher), so each
   * is decided as if the batches ran one after the other.
   */
  concurrentBatches?: boolean;
  /** Start the next batch before answering the last one (createBatcher's `startNextFirst`): for PostgreSQL. */
  startNextFirst?: boolean;
}

/** A job's answer, or the error that kept it from being stored (only its own request fails). */
type Settled = { ok: true; outcome: SubmitOutcome } | { ok: false; error: unknown };

/** How often an application alone is tried again after a clash with a transaction that committed first. */
const SOLO_ATTEMPTS = 3;

/**
 * Creates the intake: `submit` resolves once the application is durably stored (or with a typed refusal). When a
 * batch's transaction fails for something one application in it may have caused (a unique clash on an idempotency key
 * or a reference, a value the database refuses), nothing of it was stored: each application is then tried again on its
 * own, so the others are stored and every request gets its own answer. Failures of the database itself (a full disk,
 * a lock not granted in time, a lost connection) fail the batch as before: alone, each would fail the same way.
 */
export function createApplicationIntake(deps: IntakeDeps): ApplicationIntake {
  async function store(jobs: SubmitRequest[]): Promise<SubmitOutcome[]> {
    const { outcomes, queuedMail } = await deps.store(jobs, deps.now());
    if (queuedMail) deps.onQueued();
    return outcomes.map(
      (o): SubmitOutcome => (o.ok ? { ok: true, status: 201, body: o.body, replayed: o.replayed, held: o.held ?? null } : o),
    );
  }
  async function storeAlone(job: SubmitRequest): Promise<Settled> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { ok: true, outcome: (await store([job]))[0]! };
      } catch (error) {
        // A clash with another transaction on the same key: once that one has committed, a new attempt sees its answer.
        if (attempt >= SOLO_ATTEMPTS || !isCausedByARow(error)) return { ok: false, error };
      }
    }
  }
  const batcher = createBatcher<SubmitRequest, Settled>(
    async (jobs) => {
      try {
        return (await store(jobs)).map((outcome) => ({ ok: true, outcome }));
      } catch (error) {
        if (!isCausedByARow(error)) throw error;
        const settled: Settled[] = [];
        for (const job of jobs) settled.push(await storeAlone(job));
        return settled;
      }
    },
    deps.maxBatch ?? 200,
    deps.maxInFlight,
    deps.concurrentBatches ? keysOf : undefined,
    { startNextFirst: deps.startNextFirst },
  );
  return {
    async submit(req) {
      const settled = await batcher.submit(req);
      if (!settled.ok) throw settled.error;
      return settled.outcome;
    },
  };
}

/** What two batches running at once must not share (see IntakeDeps.concurrentBatches). */
function keysOf(job: SubmitRequest): string[] {
  const keys = [`key:${job.idempotencyKey}`, `email:${emailKeyOf(job.application)}`];
  if (job.challenge) keys.push(`challenge:${job.challenge.id}`);
  return keys;
}

/**
 * True for a failure one row may have caused: PostgreSQL's integrity (23…) and data (22…) errors and a serialization
 * failure or deadlock (40001, 40P01); SQLite's constraint, mismatch and too-big errors.
 */
export function isCausedByARow(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return /^(22|23)[0-9A-Z]{3}$|^40001$|^40P01$/.test(code) || /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG)/.test(code);
}

/**
 * Stores batches through a Kysely instance in this thread (PostgreSQL, and SQLite where no writer thread runs). On
 * PostgreSQL a batch that spends no association budget needs no transaction: its reads see committed data just as
 * they would inside one (READ COMMITTED), and all its writes go as one statement, which is atomic by itself
 * (one-statement.ts). A batch that spends budgets keeps its transaction: the budget rows stay locked until it commits.
 */
export function createInProcessStore(db: Kysely<Database>, deps: StoreDeps): BatchStore {
  const oneStatement = isPostgres(db) ? createOneStatement() : undefined;
  // Outside a transaction, the batch's reads asked together go as one statement (one-read.ts).
  const reader = isPostgres(db) ? createOneRead(db) : db;
  const routeCache = createRouteCache();
  return (jobs, at) =>
    oneStatement && !jobs.some(spendsBudget)
      ? storeApplications(reader, jobs, deps, at, { routeCache, writeAsOne: (write) => oneStatement(db, write) })
      : withTransaction(db, (trx) => storeApplications(trx, jobs, deps, at, { routeCache }));
}

const spendsBudget = (job: SubmitRequest) => (job.associationLimit ?? 0) > 0;

/** What the batch knows about the people in it before deciding anything. */
interface BatchContext {
  answered: Awaited<ReturnType<typeof findStoredResponses>>;
  earlier: Map<string, EarlierApplication[]>;
  receipted: Set<string>;
  redeemed: Set<string>;
  routes: BatchRoutes;
  budgets: AssociationBudgets | null;
}

async function loadContext(trx: Db, jobs: SubmitRequest[], deps: StoreDeps, at: Date, routes: BatchRoutes): Promise<BatchContext> {
  const emailKeys = [...new Set(jobs.map((j) => emailKeyOf(j.application)))];
  // With the window at 0 days, nothing counts as a duplicate; receipts are still one a day.
  const since = deps.duplicateWindowDays > 0 ? new Date(at.getTime() - deps.duplicateWindowDays * DAY_MS) : at;
  // Independent reads, asked at once: outside a transaction (PostgreSQL, see createInProcessStore) they go together as
  // one statement (db/one-read.ts), so the batch waits for one round trip instead of one per read.
  const [{ earlier, receiptedToday }, answered, redeemed, generation] = await Promise.all([
    findEarlierApplications(trx, emailKeys, since, utcDay(at)),
    findStoredResponses(trx, [...new Set(jobs.map((j) => j.idempotencyKey))]),
    findRedeemed(trx, jobs.flatMap((j) => (j.challenge ? [j.challenge.id] : []))),
    readRoutingGeneration(trx),
  ]);
  // Routes kept from earlier batches count only while routing's data is as it was (route-cache.ts).
  await routes.settle(generation);
  return {
    answered,
    earlier: deps.duplicateWindowDays > 0 ? earlier : new Map(),
    receipted: receiptedToday,
    redeemed,
    routes,
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
  trx: Db,
  jobs: SubmitRequest[],
  deps: StoreDeps,
  at: Date,
  options: {
    /** Routes kept across batches (one per store); without it, every batch works out its own. */
    routeCache?: RouteCache;
    /** Writes through this instead of `trx` (a batch that spends no budget, see createInProcessStore). */
    writeAsOne?: (write: (w: Transaction<Database>) => Promise<void>) => Promise<void>;
  } = {},
): Promise<BatchResult> {
  const { writeAsOne } = options;
  const routes = (options.routeCache ?? createRouteCache()).forBatch(trx);
  const [ctx, references] = await Promise.all([
    loadContext(trx, jobs, deps, at, routes),
    freeReferences(trx, jobs.length, at),
    // Every route the batch needs and has not kept, worked out while the other reads are under way.
    Promise.all(jobs.map((j) => routeFor(routes, j.application))),
  ]);
  if (jobs.some(spendsBudget)) {
    if (!trx.isTransaction) throw new Error('A batch that spends association budgets must run in a transaction');
    // Route first, so the budgets of every association this batch may spend are opened (and locked) together.
    const ids = new Set<string>();
    for (const job of jobs) {
      if (job.quarantine || ctx.answered.has(job.idempotencyKey) || !spendsBudget(job)) continue;
      for (const id of budgetIdsOf(await routeFor(ctx.routes, job.application))) ids.add(id);
    }
    ctx.budgets = await openAssociationBudgets(trx as Transaction<Database>, ids, at);
  }
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
    const route = await routeFor(ctx.routes, a);
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

  const write = async (w: Transaction<Database>) => {
    await insertApplications(w, applications, at);
    await insertApplicationAssociations(w, shares);
    await enqueueMails(w, mails, at);
    await recordRedeemed(w, challenges);
    await ctx.budgets?.save();
    await storeResponses(w, answers, at);
  };
  await (writeAsOne ? writeAsOne(write) : write(trx as Transaction<Database>));
  return { outcomes, queuedMail: mails.length > 0 };
}

/** `n` new references, different from each other and from every stored one. */
async function freeReferences(trx: Db, n: number, at: Date): Promise<string[]> {
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

function routeFor(routes: BatchRoutes, a: Application): Promise<Route> {
  return routes.route({ pageAssociation: a.association, confirmedAssociation: a.confirmedAssociation, postalCode: a.postalCode });
}
