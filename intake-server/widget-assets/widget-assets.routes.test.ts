import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.js';
import { createWidgetAssetRoutes } from './widget-assets.routes.js';

let dir: string;
let app: Hono<AppEnv>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rv-widget-'));
  writeFileSync(join(dir, 'widget.js'), 'console.log("loader");'.repeat(20));
  writeFileSync(join(dir, 'signup-Bx3k9aZq.js'), 'export const element = 1;');
  writeFileSync(join(dir, 'nb-later-a_b-C9d0.js'), 'export const nb = 1;');
  writeFileSync(join(dir, 'notes.txt'), 'private');
  writeFileSync(join(dir, 'widget.js.map'), '{}');
  mkdirSync(join(dir, 'folder-Abcdefgh.js'));
  app = new Hono<AppEnv>().route('/', createWidgetAssetRoutes(dir));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the widget files', () => {
  it('serves the loader for any page, to be checked again within minutes', async () => {
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, must-revalidate');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('Timing-Allow-Origin')).toBe('*');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await res.text()).toContain('loader');
    const again = await app.request('/widget.js', { headers: { 'If-None-Match': res.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('serves content-hashed chunks from the same folder, cacheable for a year', async () => {
    for (const name of ['signup-Bx3k9aZq.js', 'nb-later-a_b-C9d0.js']) {
      const res = await app.request(`/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
  });

  it('compresses for clients that accept gzip', async () => {
    const res = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.byteLength).toBeLessThan(100);
    expect(gunzipSync(body).toString()).toContain('loader');
  });

  it('serves nothing else: other names, files that are not there, folders, paths', async () => {
    for (const path of ['/notes.txt', '/widget.js.map', '/signup-missing0.js', '/folder-Abcdefgh.js', '/..%2Fwidget.js', '/signup.js', '/sub/widget.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
    }
  });
});
