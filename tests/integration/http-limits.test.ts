import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer, type RunningServer } from '../../intake-server/server.js';
import { createTempDir } from '../support/temp-dir.js';

// Over a real socket: the body is read from Node's request stream, with the limit enforced while reading.
let server: RunningServer;
const dir = createTempDir();
beforeAll(async () => {
  server = await startIntakeServer(readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9', RATE_LIMIT_PER_IP: '0' }), { startWorker: false });
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

function post(chunks: Buffer[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/api/v1/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const count = async () => Number((await server.context.db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('request bodies over HTTP', () => {
  it('stores a body sent in small chunks', async () => {
    const json = Buffer.from(JSON.stringify(validApplication()));
    const chunks = Array.from({ length: Math.ceil(json.length / 7) }, (_, i) => json.subarray(i * 7, i * 7 + 7));
    expect((await post(chunks, { 'Transfer-Encoding': 'chunked' })).status).toBe(201);
  });

  it('refuses a declared Content-Length over 16 KB before reading it', async () => {
    const res = await post([Buffer.alloc(20_000, 0x20)], { 'Content-Length': '20000' });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
  });

  it('stops reading a chunked body once it passes 16 KB, and stores nothing', async () => {
    const before = await count();
    const res = await post(Array.from({ length: 40 }, () => Buffer.alloc(1000, 0x20)), { 'Transfer-Encoding': 'chunked' });
    expect(res.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it('refuses bytes that are not UTF-8 with 400', async () => {
    const res = await post([Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])], {});
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('invalid_request');
  });
});
