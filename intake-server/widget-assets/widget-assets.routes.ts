/**
 * HTTP: the built widget, served to any page that embeds it. `widget.js` is the loader named in the snippet; the
 * files it imports sit next to it, under content-hashed names.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../errors.js';

interface Cached {
  mtimeMs: number;
  size: number;
  body: Uint8Array;
  gzipped: Uint8Array;
  etag: string;
}

/** The loader, or a chunk with an 8-character content hash: nothing else is ever looked up on disk. */
const ASSET_NAME = /^(?:widget|[a-z][a-z0-9-]*-[A-Za-z0-9_-]{8})\.js$/;
const LOADER = 'widget.js';

/** Serves the files of the widget build folder; re-reads a file only when it changed. */
export function createWidgetAssetRoutes(widgetDir: string) {
  const cache = new Map<string, Cached>();

  async function load(name: string): Promise<Cached | undefined> {
    const file = join(widgetDir, name);
    let info;
    try {
      info = await stat(file);
    } catch {
      if (name === LOADER) throw new HttpError(503, 'service_unavailable', 'The widget has not been built. Run `npm run build`.');
      return undefined;
    }
    if (!info.isFile()) return undefined;
    const hit = cache.get(name);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
    const body = new Uint8Array(await readFile(file));
    const entry: Cached = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      body,
      gzipped: new Uint8Array(gzipSync(body, { level: 9 })),
      etag: `W/"${body.byteLength.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
    };
    cache.set(name, entry);
    return entry;
  }

  return new Hono<AppEnv>().get('/:name', async (c, next) => {
    const name = c.req.param('name');
    if (!ASSET_NAME.test(name)) return next();
    const asset = await load(name);
    if (!asset) return next();
    c.header('ETag', asset.etag);
    // The snippet's URL carries no version, so caches must check back often for a new loader; the loader names
    // chunks by their content hash, so those never change and may be kept for a year.
    c.header('Cache-Control', name === LOADER ? 'public, max-age=300, must-revalidate' : 'public, max-age=31536000, immutable');
    // Module scripts from another origin are fetched with CORS; any page may embed the form.
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    // Pages may measure what the form costs them (Resource Timing's sizes and times); the files are public anyway.
    c.header('Timing-Allow-Origin', '*');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Vary', 'Accept-Encoding');
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    if (gzip) c.header('Content-Encoding', 'gzip');
    const body = gzip ? asset.gzipped : asset.body;
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
}
