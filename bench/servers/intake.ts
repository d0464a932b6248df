/** The real intake server for the benchmark: a fresh SQLite file, a local SMTP inbox, the outbox worker running. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailInbox } from '../../demo/mail-inbox/index.js';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer } from '../../intake-server/server.js';

const inbox = await createMailInbox({ smtpPort: 0, httpPort: 0 });
const dir = mkdtempSync(join(tmpdir(), 'rv-bench-'));
const server = await startIntakeServer(readConfig({ PORT: '0', DATA_DIR: dir, SMTP_URL: inbox.smtpUrl, LOG_LEVEL: 'silent' }));
process.stdout.write(`READY ${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', async () => {
  await server.close();
  await inbox.close();
  process.exit(0);
});
