/** Starts a Hono app on a loopback port for the demo servers and stops it again without waiting for idle clients. */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';

/** A running HTTP server: where it listens and how to stop it. */
export interface HttpServer {
  port: number;
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8025`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Listens with `app` on `host:port` (port 0 picks a free one) and resolves once the socket is bound.
 * Rejects when the port is taken, instead of crashing the process with an unhandled `error` event.
 */
export function serveHttp(app: Hono<any, any, any>, host: string, port: number): Promise<HttpServer> {
  return new Promise((resolve, reject) => {
    // serve() always creates a node:http server when no http2/https options are given.
    const server = serve({ fetch: app.fetch, hostname: host, port }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      resolve({ port: bound, url: `http://${urlHost(host)}:${bound}`, close: () => closeServer(server) });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Browsers keep connections alive; without this, close() waits for them to time out.
    server.closeAllConnections();
  });
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
