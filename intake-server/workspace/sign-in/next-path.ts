/** Where to go after signing in: only a path of the workspace on this server, never another site. */

/** Where sign-in leads when no (valid) page was asked for. */
export const DEFAULT_NEXT_PATH = '/koordinator';

const MAX_LENGTH = 1000;
const BASE = 'http://workspace.invalid';

/**
 * `candidate` when it is a path under `/koordinator` on this server (with its query), else the workspace's start page.
 * Refuses absolute and scheme-relative URLs, backslashes (browsers read `/\evil` as `//evil`), control characters,
 * paths that only begin with the same letters (`/koordinatorX`) and paths that climb out with `..`.
 */
export function safeNextPath(candidate: string | undefined | null): string {
  if (!candidate || candidate.length > MAX_LENGTH) return DEFAULT_NEXT_PATH;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(candidate)) return DEFAULT_NEXT_PATH;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  if (url.origin !== BASE) return DEFAULT_NEXT_PATH;
  if (url.pathname !== '/koordinator' && !url.pathname.startsWith('/koordinator/')) return DEFAULT_NEXT_PATH;
  return url.pathname + url.search;
}
