/**
 * CORS for the public API. Any page may call it (`*`, no credentials): which pages may send an application is decided
 * by the server's own origin check, not by the browser.
 *
 * Preflights go through Hono's `cors`. Other requests get their headers through `c.header`, which the response is
 * built with: Hono's `cors` writes to `c.res.headers` instead, which builds a placeholder Response for every request
 * and then copies its headers into the real one (measured at about a tenth of the POST path's HTTP-thread time).
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export interface ApiCorsOptions {
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAgeSeconds: number;
}

export function apiCors(o: ApiCorsOptions): MiddlewareHandler {
  const preflight = cors({ origin: '*', allowMethods: o.allowMethods, allowHeaders: o.allowHeaders, exposeHeaders: o.exposeHeaders, maxAge: o.maxAgeSeconds });
  const expose = o.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    c.header('Access-Control-Allow-Origin', '*');
    if (expose) c.header('Access-Control-Expose-Headers', expose);
    await next();
  };
}
