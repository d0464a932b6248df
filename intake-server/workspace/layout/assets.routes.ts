/** HTTP: the workspace's own stylesheets and scripts, read once at start. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { WORKSPACE_ASSET_DIRS } from '../../install-paths.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };

/**
 * Serves every .css, .js and .svg file of the asset folders under its own name; nothing else. Among them is
 * `simplewebauthn-browser.js`, the WebAuthn browser library that `npm run build` bundles from the package's exported
 * entry (global `SimpleWebAuthnBrowser`).
 */
export function createWorkspaceAssetRoutes(dirs: readonly URL[] = WORKSPACE_ASSET_DIRS) {
  const files = new Map<string, { body: string; type: string }>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const type = TYPES[name.slice(name.lastIndexOf('.'))];
      if (type && !files.has(name) && /^[a-z0-9-]+\.[a-z]+$/.test(name)) files.set(name, { body: readFileSync(new URL(name, dir), 'utf8'), type });
    }
  }
  return new Hono<WorkspaceEnv>().get('/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=300' });
  });
}
