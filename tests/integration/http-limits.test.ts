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

/** A POST over a real socket, its body written in the chunks given. */
function send(path: string, chunks: Buffer[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

/** An application POST as the widget sends it. */
const post = (chunks: Buffer[], headers: Record<string, string>) =>
  send('/api/v1/applications', chunks, { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers });

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

/** A POST to the workspace's sign-in page, which needs no session, as a browser's form would send it. */
const postForm = (path: string, chunks: Buffer[], headers: Record<string, string>) =>
  send(path, chunks, { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers });

describe('finding 13.3: workspace request bodies have a limit', () => {
  it('finding 13.3: refuses an oversized sign-in POST by its Content-Length, before reading it', async () => {
    const res = await postForm('/koordinator/logg-inn', [Buffer.alloc(300_000, 0x61)], { 'Content-Length': '300000' });
    expect(res.status).toBe(413);
  });

  it('finding 13.3: stops reading an endless chunked sign-in POST at 32 KB, without the process growing by its size', async () => {
    const before = process.memoryUsage().rss;
    // 64 MB offered in 64 KB chunks; the server must answer 413 long before, having read at most 32 KB.
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const res = await postForm('/koordinator/logg-inn', Array.from({ length: 1024 }, () => chunk), { 'Transfer-Encoding': 'chunked' });
    expect(res.status).toBe(413);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('finding 13.3: still takes a sign-in form of ordinary size', async () => {
    const res = await postForm('/koordinator/logg-inn', [Buffer.from('email=nobody%40example.no')], {});
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html');
  });
});

describe('slow request bodies', () => {
  it('finding 13.3: closes a connection whose body trickles in past HTTP_REQUEST_TIMEOUT_MS', async () => {
    const slow = await startIntakeServer(readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9', HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '600' }), { startWorker: false });
    try {
      const { connect } = await import('node:net');
      const socket = connect(slow.port, '127.0.0.1');
      const started = Date.now();
      const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
      socket.on('error', () => {});
      socket.write('POST /koordinator/logg-inn HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\nemail=');
      const trickle = setInterval(() => socket.writable && socket.write('a'), 100);
      const ms = await closed;
      clearInterval(trickle);
      expect(ms).toBeLessThan(5_000);
    } finally {
      await slow.close();
    }
  });
});
