/** HTTP: `POST /api/v1/applications`. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { IDEMPOTENCY_HEADER, LIMITS, validateApplication } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../errors.js';
import { readIdempotencyKey } from '../idempotency/idempotency-key.js';
import type { ApplicationIntake } from './applications.service.js';
import { assertJsonContentType, readJsonBody } from './read-json-body.js';

export function createApplicationRoutes(intake: ApplicationIntake) {
  return new Hono<AppEnv>().post(
    '/',
    (c, next) => {
      assertJsonContentType(c);
      return next();
    },
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: () => {
        throw new HttpError(413, 'payload_too_large', `The body must be at most ${LIMITS.bodyBytes} bytes.`);
      },
    }),
    async (c) => {
      const idempotencyKey = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
      const body = await readJsonBody(c);
      const result = validateApplication(body.value);
      if (!result.ok) {
        if (result.notAnObject) throw new HttpError(400, 'invalid_request', 'The body must be a JSON object.');
        throw new HttpError(422, 'validation_failed', 'Some fields are missing or invalid.', { fields: result.fields });
      }
      const outcome = await intake.submit({ application: result.value, idempotencyKey, requestHash: body.sha256 });
      if (!outcome.ok) throw outcome.error;
      c.set('outcome', outcome.replayed ? 'replayed' : 'accepted');
      return c.json(outcome.body, outcome.status as 201);
    },
  );
}
