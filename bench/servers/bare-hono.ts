/** Baseline for the benchmark: Hono on @hono/node-server answering a small JSON POST without doing anything. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().post('/', (c) => c.json({ ok: true }, 201));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`READY ${JSON.stringify({ url: `http://127.0.0.1:${info.port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
