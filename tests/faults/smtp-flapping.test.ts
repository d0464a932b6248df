import { afterAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createMailInbox } from '../../demo/mail-inbox/index.js';
import { readConfig } from '../../intake-server/config.js';
import { countByStatus } from '../../intake-server/outbox/outbox.repository.js';
import { startIntakeServer } from '../../intake-server/server.js';
import { createTempDir } from '../support/temp-dir.js';

const dir = createTempDir('rv-flap-');
afterAll(() => dir.remove());

describe('an SMTP server that keeps going down and coming back', () => {
  it('answers 201 throughout and delivers every mail once it stays up, none given up on', async () => {
    const inbox = await createMailInbox({ smtpPort: 0, httpPort: 0, keep: 10_000 });
    const server = await startIntakeServer(
      readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', SMTP_URL: inbox.smtpUrl, RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_ASSOCIATION: '0', OUTBOX_POLL_MS: '50', OUTBOX_BACKOFF_BASE_MS: '50', OUTBOX_BACKOFF_CAP_MS: '300', SMTP_TIMEOUT_MS: '500' }),
    );
    let flapping = true;
    const flapper = (async () => {
      while (flapping) {
        await inbox.stopSmtp();
        await new Promise((r) => setTimeout(r, 150));
        await inbox.startSmtp();
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        const res = await fetch(`${server.url}/api/v1/applications`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(validApplication({ email: `flap${i}@example.no`, elapsedMs: 60_000 })),
        });
        statuses.push(res.status);
        await new Promise((r) => setTimeout(r, 20));
      }
      flapping = false;
      await flapper;
      expect(new Set(statuses)).toEqual(new Set([201]));
      const distinct = () => new Set(inbox.messages().map((m) => m.headers['message-id'])).size;
      const deadline = Date.now() + 20_000;
      while (distinct() < 120 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(distinct()).toBe(120);
      await expect.poll(async () => countByStatus(server.context.db), { timeout: 5000 }).toEqual({ sent: 120 });
    } finally {
      flapping = false;
      await server.close();
      await inbox.close();
    }
  }, 60_000);
});
