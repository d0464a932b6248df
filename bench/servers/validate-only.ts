/** Benchmark step between bare Hono and the full POST: read the body and validate it with the contract, store nothing. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { validateApplication } from '../../contract/index.js';
import { readJsonBody } from '../../intake-server/applications/read-json-body.js';

const app = new Hono().post('/', async (c) => {
  const body = await readJsonBody(c);
  const result = validateApplication(body.value);
  return c.json({ ok: result.ok }, result.ok ? 201 : 422);
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`READY ${JSON.stringify({ url: `http://127.0.0.1:${info.port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
