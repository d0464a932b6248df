/**
 * The largest body any workspace request may send: its forms carry at most a 1,000-character note (12 KB once
 * percent-encoded in the worst case) and its passkey answers a few KB. Enforced while reading, before any route parses
 * the body, so an oversized or endless POST (also to the sign-in page, which needs no session) costs the server at
 * most this much memory; a slow one is cut off by HTTP_REQUEST_TIMEOUT_MS.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const WORKSPACE_BODY_LIMIT_BYTES = 32 * 1024;

export function workspaceBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: WORKSPACE_BODY_LIMIT_BYTES,
    onError: (c) => {
      c.header('Connection', 'close');
      return c.text(`Forespørselen er for stor (over ${WORKSPACE_BODY_LIMIT_BYTES / 1024} KB). / The request is too large.`, 413);
    },
  });
}
