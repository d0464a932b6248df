/** HTTP: the built widget bundle, served to any page that embeds it. */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../errors.js';

interface Cached {
  mtimeMs: number;
  body: Uint8Array;
  etag: string;
}

/** Serves `widget.js` from the build folder; re-reads it only when the file changed. */
export function createWidgetAssetRoutes(widgetDir: string) {
  let cache: Cached | undefined;
  const file = join(widgetDir, 'widget.js');

  async function load(): Promise<Cached> {
    let info;
    try {
      info = await stat(file);
    } catch {
      throw new HttpError(503, 'service_unavailable', 'The widget has not been built. Run `npm run build`.');
    }
    if (!cache || cache.mtimeMs !== info.mtimeMs) {
      const body = new Uint8Array(await readFile(file));
      cache = { mtimeMs: info.mtimeMs, body, etag: `W/"${body.byteLength.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"` };
    }
    return cache;
  }

  return new Hono<AppEnv>().get('/widget.js', async (c) => {
    const asset = await load();
    c.header('ETag', asset.etag);
    // The snippet's URL carries no version, so caches must check back often for a new release.
    c.header('Cache-Control', 'public, max-age=300, must-revalidate');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('X-Content-Type-Options', 'nosniff');
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
}
