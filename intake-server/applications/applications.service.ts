/**
 * Accepting applications: route, flag, and commit each with its two emails and its idempotent answer. Concurrent
 * applications are committed together (group commit); each still gets its own answer.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Application, ApplicationAccepted } from '../../contract/index.js';
import { toPublicAssociation } from '../associations/association.js';
import { createBatcher } from '../db/batcher.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { HttpError } from '../errors.js';
import { findStoredResponses, storeResponses } from '../idempotency/idempotency.repository.js';
import type { OutgoingMail } from '../mail/mail-kinds.js';
import { enqueueMails, type MailToEnqueue } from '../outbox/outbox.repository.js';
import { routeApplication, type Route } from '../routing/route-application.js';
import { softFlagsOf } from '../screening/soft-flags.js';
import { insertApplications, type NewApplication } from './applications.repository.js';
import { createReference } from './reference.js';

export interface SubmitRequest {
  application: Application;
  idempotencyKey: string;
  requestHash: string;
}

export type SubmitOutcome =
  | { ok: true; status: 201; body: ApplicationAccepted; replayed: boolean }
  | { ok: false; error: HttpError };

export interface ApplicationIntake {
  submit(req: SubmitRequest): Promise<SubmitOutcome>;
}

export interface IntakeDeps {
  db: Kysely<Database>;
  publicUrl: string;
  now: () => Date;
  /** Called after a commit that queued mail, so delivery starts at once. */
  onQueued: () => void;
  /** Most applications committed in one transaction. */
  maxBatch?: number;
}

/** Creates the intake: `submit` resolves once the application is durably stored (or with a typed refusal). */
export function createApplicationIntake(deps: IntakeDeps): ApplicationIntake {
  const batcher = createBatcher<SubmitRequest, SubmitOutcome>(async (jobs) => {
    const outcomes = await withTransaction(deps.db, (trx) => storeApplications(trx, jobs, deps));
    if (outcomes.some((o) => o.ok && !o.replayed)) deps.onQueued();
    return outcomes;
  }, deps.maxBatch ?? 200);
  return { submit: (req) => batcher.submit(req) };
}

/**
 * Stores a batch inside one transaction. A retry with the same key and body gets the first answer (also when the
 * first is in the same batch); the same key with another body is refused.
 */
export async function storeApplications(
  trx: Transaction<Database>,
  jobs: SubmitRequest[],
  deps: Pick<IntakeDeps, 'publicUrl' | 'now'>,
): Promise<SubmitOutcome[]> {
  const at = deps.now();
  const answered = await findStoredResponses(trx, [...new Set(jobs.map((j) => j.idempotencyKey))]);
  const routes = new Map<string, Route>();
  const applications: NewApplication[] = [];
  const mails: MailToEnqueue[] = [];
  const answers: { key: string; requestHash: string; status: number; body: unknown }[] = [];

  const outcomes: SubmitOutcome[] = [];
  for (const job of jobs) {
    const stored = answered.get(job.idempotencyKey);
    if (stored) {
      outcomes.push(
        stored.requestHash === job.requestHash
          ? { ok: true, status: 201, body: stored.body as ApplicationAccepted, replayed: true }
          : { ok: false, error: new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.') },
      );
      continue;
    }
    const a = job.application;
    const routeKey = `${a.confirmedAssociation}|${a.association}|${a.postalCode}`;
    let route = routes.get(routeKey);
    if (!route) {
      route = await routeApplication(trx, { pageAssociation: a.association, confirmedAssociation: a.confirmedAssociation, postalCode: a.postalCode });
      routes.set(routeKey, route);
    }
    const id = randomUUID();
    const reference = createReference();
    const flags = softFlagsOf(a);
    applications.push({ id, reference, associationId: route.primary.id, routing: route.routing, flags, application: a });
    mails.push(...mailsFor(id, reference, a, route, flags, deps.publicUrl).map((mail) => ({ applicationId: id, mail })));
    const body: ApplicationAccepted = { reference, association: toPublicAssociation(route.primary) };
    answers.push({ key: job.idempotencyKey, requestHash: job.requestHash, status: 201, body });
    answered.set(job.idempotencyKey, { requestHash: job.requestHash, status: 201, body });
    outcomes.push({ ok: true, status: 201, body, replayed: false });
  }

  await insertApplications(trx, applications, at);
  await enqueueMails(trx, mails, at);
  await storeResponses(trx, answers, at);
  return outcomes;
}

function mailsFor(id: string, reference: string, a: Application, route: Route, flags: ReturnType<typeof softFlagsOf>, publicUrl: string): OutgoingMail[] {
  const association = route.primary;
  return [
    {
      kind: 'coordinator_notice',
      language: association.defaultLanguage,
      recipients: route.recipients,
      // A coordinator who answers the notice reaches the association's own mailbox, not a no-reply address.
      replyTo: association.contactEmail,
      data: {
        reference,
        firstName: a.firstName,
        postalCode: a.postalCode,
        associationName: association.name,
        flags,
        applicationUrl: `${publicUrl}/koordinator/soknader/${id}`,
        fallback: route.routing !== 'page',
      },
    },
    {
      kind: 'applicant_receipt',
      language: a.language,
      recipients: [a.email],
      replyTo: association.contactEmail,
      data: { reference, associationName: association.name, contactEmail: association.contactEmail, contactPhone: association.contactPhone },
    },
  ];
}
