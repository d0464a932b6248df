/**
 * Every HTML page the server sends is a complete document through this one function (workspace pages, sign-in pages,
 * hosted form pages, the same-site bounce): JSX has no doctype, and without one browsers lay a page out in quirks mode.
 */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

/** The doctype, for the one HTML built as a string rather than JSX (mail bodies). */
export const DOCTYPE = '<!doctype html>';

/** Puts `<!doctype html>` before a page. */
export function htmlDocument(page: Child) {
  return (
    <>
      {raw(DOCTYPE)}
      {page}
    </>
  );
}
