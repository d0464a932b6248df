/** HTTP: the workspace's own stylesheets and scripts, from `workspace/assets/`, read once at start. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';

/** The WebAuthn browser library as one UMD file (global `SimpleWebAuthnBrowser`); the package's `exports` hide it. */
function webauthnBrowserBundle(): string {
  const main = createRequire(import.meta.url).resolve('@simplewebauthn/browser'); // <package>/script/index.js
  return readFileSync(join(dirname(main), '..', 'dist', 'bundle', 'index.umd.min.js'), 'utf8');
}

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };

/**
 * Serves every .css, .js and .svg file of the assets folder under its own name, and the WebAuthn browser library as
 * `simplewebauthn-browser.js`; nothing else.
 */
export function createWorkspaceAssetRoutes(dir = new URL('../assets/', import.meta.url)) {
  const files = new Map<string, { body: string; type: string }>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (type && /^[a-z0-9-]+\.[a-z]+$/.test(name)) files.set(name, { body: readFileSync(new URL(name, dir), 'utf8'), type });
  }
  files.set('simplewebauthn-browser.js', { body: webauthnBrowserBundle(), type: TYPES['.js']! });
  return new Hono<WorkspaceEnv>().get('/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=300' });
  });
}
