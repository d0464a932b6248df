/**
 * HTTP: `POST /api/v1/events`, the widget's anonymous counts of views and starts. No cookies, no identifiers.
 * Submissions are not taken from here: the figures count them from stored applications (widget-counts.repository.ts).
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { WIDGET_EVENT_MAX_BYTES } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import { readBodyBytes } from '../applications/read-body-bytes.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { addressHash } from '../screening/address-hash.js';
import type { RateLimiter } from '../screening/rate-limiter.js';
import { clientAddress } from '../security/client-address.js';
import { osloDate } from '../lib/time.js';
import { parseWidgetEvent } from './widget-event.schema.js';
import { countWidgetEvent } from './widget-counts.repository.js';

/** What the events route needs from the application context. */
export interface EventRoutesDeps {
  db: Kysely<Database>;
  rateLimiter: RateLimiter;
  config: Pick<Config, 'figures' | 'trustProxy' | 'publicUrl'>;
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

/** An origin a browser sends for a web page: http(s), written as browsers write it. Not `null`, not an extension. */
function isPlausibleOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
  } catch {
    return false;
  }
}

function forbiddenOrigin(): HttpError {
  return new HttpError(403, 'forbidden_origin', 'This page may not count events for this association.');
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
 * Counts one view or start for an active association on today's date in Norway; an unknown or inactive association is
 * answered the same (204) and counted nowhere, and so is `submit` (older widgets send it; submissions are counted from
 * stored applications). Only pages may count: the request's Origin must be one of the association's allowed origins
 * when it lists any (or the intake server's own), and a web page's origin otherwise; 403 if not. Client addresses are
 * used only as keyed hashes for the rate limit (an IPv6 /64 counts as one client).
 */
export function createEventRoutes(deps: EventRoutesDeps) {
  const ownOrigin = new URL(deps.config.publicUrl).origin;
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
    const origin = c.req.header('origin') ?? '';
    const own = origin === ownOrigin;
    if (!own && !isPlausibleOrigin(origin)) throw forbiddenOrigin();
    const found = await findAssociationBySlug(deps.db, association);
    const known = found?.active ? found : undefined;
    if (known && !own && known.allowedOrigins.length > 0 && !known.allowedOrigins.includes(origin)) throw forbiddenOrigin();
    const counted = known !== undefined && event !== 'submit';
    if (counted) await countWidgetEvent(deps.db, osloDate(deps.now()), association, event);
    c.set('outcome', counted ? 'counted' : 'not_counted');
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
}
