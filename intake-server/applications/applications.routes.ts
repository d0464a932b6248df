/** HTTP: `POST /api/v1/applications`. */
import { Hono } from 'hono';
import { IDEMPOTENCY_HEADER, validateApplication } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import type { Config } from '../config.js';
import { HttpError } from '../errors.js';
import { readIdempotencyKey } from '../idempotency/idempotency-key.js';
import type { ProofOfWork } from '../screening/proof-of-work.js';
import { quarantineReasonOf } from '../screening/screen-submission.js';
import type { OriginPolicy } from '../security/origin-policy.js';
import { spendAddressLimit, type AddressLimitDeps } from './address-limit.js';
import type { ApplicationIntake } from './applications.service.js';
import { assertJsonContentType, readJsonBody } from './read-json-body.js';

export interface ApplicationRoutesDeps extends AddressLimitDeps {
  intake: ApplicationIntake;
  originPolicy: OriginPolicy;
  config: Pick<Config, 'screening' | 'trustProxy'>;
  proofOfWork: ProofOfWork;
}

export function createApplicationRoutes(deps: ApplicationRoutesDeps) {
  const { screening } = deps.config;
  return new Hono<AppEnv>().post(
    '/',
    async (c, next) => {
      assertJsonContentType(c);
      await spendAddressLimit(c, deps);
      return next();
    },
    async (c) => {
      const idempotencyKey = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
      const body = await readJsonBody(c);
      const result = validateApplication(body.value);
      if (!result.ok) {
        if (result.notAnObject) throw new HttpError(400, 'invalid_request', 'The body must be a JSON object.');
        throw new HttpError(422, 'validation_failed', 'Some fields are missing or invalid.', { fields: result.fields });
      }
      const application = result.value;
      if (!(await deps.originPolicy.allows(application.association, c.req.header('origin')))) {
        throw new HttpError(403, 'forbidden_origin', 'This page may not send applications for this association.');
      }
      // No per-association 429 here: the slug is whatever the client sent, and junk would spend a real association's
      // budget. The budget is spent when the application is stored, after screening and routing (association-budget.ts).
      let quarantine = quarantineReasonOf(application, screening.minFillMs);
      let challenge: { id: string; expiresAt: string } | null = null;
      if (deps.proofOfWork.enabled) {
        const pow = await deps.proofOfWork.verify(application.altcha, deps.now());
        if (pow.ok) challenge = { id: pow.id, expiresAt: pow.expiresAt.toISOString() };
        else quarantine ??= 'proof_of_work';
      }
      const outcome = await deps.intake.submit({
        application,
        idempotencyKey,
        requestHash: body.sha256,
        quarantine,
        challenge,
        associationLimit: screening.ratePerAssociation,
      });
      if (!outcome.ok) throw new HttpError(outcome.status, outcome.code, outcome.message);
      // The log may say a submission was quarantined; the response may not.
      const held = outcome.held ?? quarantine;
      c.set('outcome', outcome.replayed ? 'replayed' : held ? `quarantined_${held}` : 'accepted');
      return c.json(outcome.body, outcome.status);
    },
  );
}
