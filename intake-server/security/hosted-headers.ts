/** The response headers of the hosted pages: a strict Content-Security-Policy and no caching of form pages. */
import type { Context } from 'hono';

/** Who may put the page in a frame: nobody, or (for the isolated-mode frame) the association's listed origins. Never any site. */
export type FrameAncestors = 'none' | readonly string[];

/** Scripts, styles and requests only from the intake server itself; no inline code of any kind. */
export function contentSecurityPolicy(frameAncestors: FrameAncestors): string {
  const ancestors = frameAncestors === 'none' || frameAncestors.length === 0 ? "'none'" : frameAncestors.join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    // The hosted page's own form posts to the page's address (the form for when scripts do not run).
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/**
 * Sets the headers every hosted HTML page gets. `no-store`: the page holds what a volunteer typed, so no cache (nor the
 * back-forward cache on a shared computer) may keep it.
 */
export function setHostedPageHeaders(c: Context, frameAncestors: FrameAncestors): void {
  c.header('Content-Security-Policy', contentSecurityPolicy(frameAncestors));
  c.header('Cache-Control', 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  if (frameAncestors === 'none' || frameAncestors.length === 0) c.header('X-Frame-Options', 'DENY');
}
