/** HTTP: `GET /api/v1/challenge`, a proof-of-work challenge for the widget when the operator turned them on. */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../errors.js';
import type { ProofOfWork } from './proof-of-work.js';

export function createChallengeRoutes(pow: ProofOfWork, now: () => Date) {
  return new Hono<AppEnv>().get('/', async (c) => {
    // 404 tells the widget that no proof of work is asked for.
    if (!pow.enabled) throw new HttpError(404, 'not_found', 'No proof of work is required.');
    c.header('Cache-Control', 'no-store');
    return c.json(await pow.challenge(now()));
  });
}
