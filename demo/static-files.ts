/** Reads the demo servers' static files from disk once, at start, with the content type each is served with. */
import { readFile } from 'node:fs/promises';

/** A file held in memory, ready to be served. */
export interface StaticFile {
  body: string;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * Loads `names` (relative to the folder `base`, a `file:` URL ending in `/`) into memory.
 * Fails at start when a file is missing or has an unknown extension, not at the first request.
 */
export async function loadStaticFiles(base: URL, names: readonly string[]): Promise<Map<string, StaticFile>> {
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, StaticFile]> => {
      const extension = name.slice(name.lastIndexOf('.') + 1);
      const contentType = CONTENT_TYPES[extension];
      if (!contentType) throw new Error(`No content type known for ${name}`);
      return [name, { body: await readFile(new URL(name, base), 'utf8'), contentType }];
    }),
  );
  return new Map(entries);
}
