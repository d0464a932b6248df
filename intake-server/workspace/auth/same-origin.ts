/** Tells a cross-site request from one the workspace's own pages sent: the guard against cross-site request forgery. */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True when a browser says the request came from another site or origin. `Sec-Fetch-Site` decides when present
 * (every current browser sends it); otherwise `Origin` must name this server's host. A request with neither header
 * was not sent by a browser on someone else's page, so it passes (the SameSite=Strict cookie is the second layer).
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin';
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    // Host, not scheme: behind a TLS-terminating proxy the server sees http:// while the browser sends https://.
    return new URL(origin).host !== new URL(request.url).host;
  } catch {
    return true; // `Origin: null` (sandboxed frames, privacy redirects) and garbage
  }
}

/** True for methods that change state (everything but GET, HEAD and OPTIONS). */
export const changesState = (method: string) => !SAFE_METHODS.has(method.toUpperCase());
