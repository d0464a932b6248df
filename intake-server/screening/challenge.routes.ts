/** HTTP: `GET /api/v1/challenge`, a proof-of-work challenge for the widget when the operator turned them on. */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { ProofOfWork } from './proof-of-work.js';

export function createChallengeRoutes(pow: ProofOfWork, now: () => Date) {
  return new Hono<AppEnv>().get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    // 204 tells the widget that no proof of work is asked for (a 404 would print an error in the host page's console).
    if (!pow.enabled) return c.body(null, 204);
    return c.json(await pow.challenge(now()));
  });
}
