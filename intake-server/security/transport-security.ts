/** Strict-Transport-Security on every response when the service is reached over HTTPS. */
import type { MiddlewareHandler } from 'hono';

/** One year: the browser keeps to HTTPS for this host that long after any response. */
const HSTS = 'max-age=31536000';

/**
 * Adds `Strict-Transport-Security` to every response when `publicUrl` (PUBLIC_URL) is https. Decided by PUBLIC_URL,
 * not by the request: behind a TLS-terminating proxy the server itself sees http://. Left out for http://localhost.
 */
export function strictTransportSecurity(publicUrl: string): MiddlewareHandler {
  const https = new URL(publicUrl).protocol === 'https:';
  return async (c, next) => {
    await next();
    if (https) c.header('Strict-Transport-Security', HSTS);
  };
}
