/** HTTP: `POST /api/v1/events`, the widget's anonymous counts of views, starts and submissions. No cookies, no identifiers. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { WIDGET_EVENT_MAX_BYTES } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import { readBodyBytes } from '../applications/read-body-bytes.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { addressHash } from '../screening/address-hash.js';
import type { RateLimiter } from '../screening/rate-limiter.js';
import { clientAddress } from '../security/client-address.js';
import { osloDate } from '../workspace/jobs/norwegian-calendar.js';
import { parseWidgetEvent } from './widget-event.schema.js';
import { countWidgetEvent } from './widget-counts.repository.js';

/** What the events route needs from the application context. */
export interface EventRoutesDeps {
  db: Kysely<Database>;
  rateLimiter: RateLimiter;
  config: Pick<Config, 'figures' | 'trustProxy'>;
  secretKey: string;
  now: () => Date;
}

const TEN_MINUTES = 10 * 60_000;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** JSON, or text/plain as `navigator.sendBeacon` sends a string (no CORS preflight); UTF-8 or no charset. */
function assertCountableType(type: string | undefined): void {
  const [mediaType = '', ...params] = (type ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (!['application/json', 'text/plain'].includes(mediaType) || (charset !== undefined && charset !== 'utf-8')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the event as application/json (or text/plain) in UTF-8.');
  }
}

async function readEventBody(c: Parameters<typeof readBodyBytes>[0]): Promise<unknown> {
  const bytes = await readBodyBytes(c, WIDGET_EVENT_MAX_BYTES);
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON in UTF-8.');
  }
}

/**
 * Counts one event for an active association on today's date in Norway; an unknown or inactive association is
 * answered the same (204) and counted nowhere. Client addresses are used only as keyed hashes for the rate limit.
 */
export function createEventRoutes(deps: EventRoutesDeps) {
  return new Hono<AppEnv>().post('/', async (c) => {
    assertCountableType(c.req.header('content-type'));
    const ip = addressHash(deps.secretKey, 'ip', clientAddress(c, deps.config.trustProxy));
    const decision = await deps.rateLimiter.hit(`events:${ip}`, deps.config.figures.eventsPerIp, TEN_MINUTES, deps.now());
    if (!decision.allowed) {
      throw new HttpError(429, 'rate_limited', 'Too many events from this address. Try again later.', { retryAfterSeconds: decision.retryAfterSeconds });
    }
    const parsed = parseWidgetEvent(await readEventBody(c));
    if (!parsed.ok) {
      if (parsed.notAnObject) throw new HttpError(400, 'invalid_request', 'The body must be a JSON object.');
      throw new HttpError(422, 'validation_failed', 'Send {"association": "<slug>", "event": "view" | "start" | "submit"}.');
    }
    const { association, event } = parsed.value;
    const known = await deps.db.selectFrom('associations').select('id').where('slug', '=', association).where('active', '=', 1).executeTakeFirst();
    if (known) await countWidgetEvent(deps.db, osloDate(deps.now()), association, event);
    c.set('outcome', known ? 'counted' : 'not_counted');
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
}
