/** Accepting an application: route it, flag it, and commit it with its two emails and the idempotent answer, all at once. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Application, ApplicationAccepted } from '../../contract/index.js';
import { toPublicAssociation } from '../associations/association.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { HttpError } from '../errors.js';
import { findStoredResponse, storeResponse } from '../idempotency/idempotency.repository.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { routeApplication } from '../routing/route-application.js';
import { softFlagsOf } from '../screening/soft-flags.js';
import { insertApplication } from './applications.repository.js';
import { createReference } from './reference.js';

export interface SubmitDeps {
  db: Kysely<Database>;
  publicUrl: string;
  now: () => Date;
}

export interface SubmitRequest {
  application: Application;
  idempotencyKey: string;
  requestHash: string;
}

export interface SubmitOutcome {
  status: number;
  body: ApplicationAccepted;
  /** True when this answers a retry of a request already committed. */
  replayed: boolean;
  applicationId?: string;
}

/**
 * Stores an application and queues the coordinator notice and the applicant receipt in one transaction.
 * A retry with the same key and body gets the first answer; the same key with another body is refused.
 */
export async function submitApplication(deps: SubmitDeps, req: SubmitRequest): Promise<SubmitOutcome> {
  const { db, publicUrl, now } = deps;
  return withTransaction(db, async (trx) => {
    const stored = await findStoredResponse(trx, req.idempotencyKey);
    if (stored) {
      if (stored.requestHash !== req.requestHash) {
        throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
      }
      return { status: stored.status, body: stored.body as ApplicationAccepted, replayed: true };
    }

    const at = now();
    const a = req.application;
    const route = await routeApplication(trx, a.association);
    const flags = softFlagsOf(a);
    const id = randomUUID();
    const reference = createReference();
    await insertApplication(trx, { id, reference, associationId: route.association.id, routing: route.routing, flags, application: a }, at);

    const association = route.association;
    await enqueueMails(
      trx,
      id,
      [
        {
          kind: 'coordinator_notice',
          language: association.defaultLanguage,
          recipients: route.recipients,
          replyTo: null,
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
      ],
      at,
    );

    const body: ApplicationAccepted = { reference, association: toPublicAssociation(association) };
    await storeResponse(trx, req.idempotencyKey, req.requestHash, 201, body, at);
    return { status: 201, body, replayed: false, applicationId: id };
  });
}
