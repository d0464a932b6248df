/** Starts the intake server on a port, with Node's timeouts lowered so slow clients cannot hold sockets. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createContext, type AppContext, type ContextOverrides } from './context.js';

export interface RunningServer {
  url: string;
  port: number;
  context: AppContext;
  /** Stops accepting connections, finishes requests in flight, then stops the context. */
  close(): Promise<void>;
}

export async function startIntakeServer(config: Config, overrides: ContextOverrides = {}): Promise<RunningServer> {
  const context = createContext(config, overrides);
  await context.start();
  const app = createApp(context);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: {
          headersTimeout: config.httpHeadersTimeoutMs,
          requestTimeout: config.httpRequestTimeoutMs,
          keepAliveTimeout: 5_000,
          // Node enforces the two timeouts above only when it checks its connections (every 30 s by default).
          connectionsCheckingInterval: Math.min(1_000, config.httpHeadersTimeoutMs),
        },
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const http = server as import('node:http').Server;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    context,
    async close() {
      context.markDraining();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      await context.stop();
    },
  };
}
