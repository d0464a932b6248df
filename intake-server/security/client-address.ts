/**
 * The client, for rate limits: the socket's address, or the proxy's X-Forwarded-For when configured to trust it, as
 * `rateLimitAddress` groups it (an IPv6 /64 is one client, so rotating addresses within it gains nothing).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { rateLimitAddress } from '../screening/rate-limit-address.js';

export function clientAddress(c: Context, trustProxy: boolean): string {
  return rateLimitAddress(rawClientAddress(c, trustProxy));
}

function rawClientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries are whatever the client claimed.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // `app.request` in tests has no socket.
    return 'unknown';
  }
}
