/** A page as a complete HTML document: the doctype keeps browsers out of quirks mode. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

/** Puts `<!doctype html>` before a `Page`. */
export function htmlDocument(page: Child) {
  return (
    <>
      {raw('<!doctype html>')}
      {page}
    </>
  );
}
