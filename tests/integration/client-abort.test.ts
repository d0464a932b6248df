import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../intake-server/config.js';
import { createLogger } from '../../intake-server/logger.js';
import { startIntakeServer, type RunningServer } from '../../intake-server/server.js';
import { createTempDir } from '../support/temp-dir.js';

// Over a real socket: a client that sends half a body and hangs up.
let server: RunningServer;
const lines: string[] = [];
const dir = createTempDir();
beforeAll(async () => {
  const config = readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'info', SMTP_URL: 'smtp://127.0.0.1:9', RATE_LIMIT_PER_IP: '0' });
  server = await startIntakeServer(config, { startWorker: false, logger: createLogger('info', (l) => void lines.push(l)) });
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

describe('a client that aborts its body', () => {
  it('second attack 11: is logged at info as a client abort, not as storage unavailable at error level', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      ['POST /api/v1/applications HTTP/1.1', 'Host: localhost', 'Content-Type: application/json', `Idempotency-Key: ${crypto.randomUUID()}`, 'Content-Length: 5000', '', '{"firstName":"Ka'].join('\r\n'),
    );
    await new Promise((r) => setTimeout(r, 150));
    socket.destroy();
    // The request log line comes once the handler has settled.
    for (let i = 0; i < 50 && !lines.some((l) => l.includes('"msg":"request"')); i++) await new Promise((r) => setTimeout(r, 50));
    const logged = lines.map((l) => JSON.parse(l) as { level: string; msg: string; status?: number });
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(logged.find((l) => l.msg === 'client aborted the request')?.level).toBe('info');
    expect(logged.find((l) => l.msg === 'request')?.status).toBe(400);
  });
});
