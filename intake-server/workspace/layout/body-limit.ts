/**
 * The largest body any workspace request may send: its forms carry at most a 1,000-character note (12 KB once
 * percent-encoded in the worst case) and its passkey answers a few KB. Enforced while reading, before any route parses
 * the body, so an oversized or endless POST (also to the sign-in page, which needs no session) costs the server at
 * most this much memory; a slow one is cut off by HTTP_REQUEST_TIMEOUT_MS. One route takes more: the admin's upload
 * of reference data (Bring's register is limited to 5 MB; the route answers a file over its kind's limit with a page).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const WORKSPACE_BODY_LIMIT_BYTES = 32 * 1024;

/** The reference-data upload: the largest file (5 MB) with room to spare for the form around it. */
export const REFERENCE_UPLOAD_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
const REFERENCE_UPLOAD_PATH = '/koordinator/referansedata';

function limit(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      c.header('Connection', 'close');
      return c.text(`Forespørselen er for stor (over ${maxSize / 1024} KB). / The request is too large.`, 413);
    },
  });
}

export function workspaceBodyLimit(): MiddlewareHandler {
  const forms = limit(WORKSPACE_BODY_LIMIT_BYTES);
  const upload = limit(REFERENCE_UPLOAD_BODY_LIMIT_BYTES);
  return (c, next) => (c.req.method === 'POST' && c.req.path === REFERENCE_UPLOAD_PATH ? upload : forms)(c, next);
}
