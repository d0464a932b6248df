/** HTTP: `GET /api/v1/postal-codes/:code?page=<slug>`, the widget's lookup of who gets an application from a postal code. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../app-env.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { lookupPostalCode } from './lookup-postal-code.js';

/**
 * `?page=<slug>`: the association the page names, for the fallback when no local association serves the code. The
 * lookup is public reference data, the same for everyone, so browsers and proxies may keep it for 5 minutes.
 */
export function createPostalCodeRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>().get('/:code', async (c) => {
    const code = c.req.param('code');
    if (!/^\d{4}$/.test(code)) throw new HttpError(400, 'invalid_request', 'A postal code is four digits.');
    // The page's association decides the fallback; a malformed slug is no association (routing ignores it too).
    const page = c.req.query('page') ?? '';
    const body = await lookupPostalCode(db, code, /^[a-z0-9-]{1,64}$/.test(page) ? page : '');
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(body);
  });
}
