/**
 * `npm start`: everything a new user needs on one machine, with no setup. Builds the widget (and the workspace's
 * passkey script), starts a local mail inbox (unless SMTP_URL points at a real server), the intake server on an SQLite
 * file under ./data with the demo's associations, and the demo association page that embeds the widget with one
 * script tag. Prints where everything is.
 */
import type { AssociationListEntry } from '../contract/index.js';
import { findAssociationBySlug, saveAssociation } from '../intake-server/associations/associations.repository.js';
import { ConfigError, readConfig } from '../intake-server/config.js';
import { withTransaction } from '../intake-server/db/transaction.js';
import { startIntakeServer } from '../intake-server/server.js';
import { buildDemoAssets } from './build-assets.js';
import { createDemoSite } from './demo-site.js';
import { createMailInbox } from './mail-inbox/index.js';

const env = process.env;
const host = env.HOST ?? '127.0.0.1';
const port = Number(env.PORT ?? 8787);
// Browsers treat localhost as a secure context for passkeys (WebAuthn refuses a bare IP address such as 127.0.0.1).
const browserHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;

async function main() {
  // The end-to-end tests build once per run and say so (demo/build-assets.ts).
  if (env.DEMO_ASSETS_BUILT !== '1') await buildDemoAssets();

  const inbox = env.SMTP_URL
    ? undefined
    : await createMailInbox({ host, smtpPort: Number(env.INBOX_SMTP_PORT ?? 2525), httpPort: Number(env.INBOX_PORT ?? 8025) });

  const config = readConfig({
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://${browserHost}:${port}`,
    ...(inbox ? { SMTP_URL: inbox.smtpUrl } : {}),
  });
  const server = await startIntakeServer(config);
  const site = await createDemoSite({
    host,
    port: Number(env.DEMO_PORT ?? 8080),
    widgetUrl: `${config.publicUrl}/widget.js`,
    apiUrl: config.publicUrl,
    inboxUrl: inbox?.httpUrl ?? '',
    // The builder offers the associations the server's public list names (GET /api/v1/associations).
    listAssociations: async () => (await (await fetch(`${server.url}/api/v1/associations`)).json()) as AssociationListEntry[],
  });
  // Isolated mode frames the form only on the sites an association lists (README, "Isolated mode"), and a listing
  // association takes applications only from those sites and the server's own pages. The demo lists its page for
  // Eksempelby, and the server itself, under both names a browser may use for each (127.0.0.1 and localhost).
  const bothNames = (url: string) => {
    const u = new URL(url);
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') return [u.origin];
    return [`${u.protocol}//127.0.0.1:${u.port}`, `${u.protocol}//localhost:${u.port}`];
  };
  // Added to what is listed, so a page the user added with the admin tool stays.
  await withTransaction(server.context.db, async (trx) => {
    const eksempelby = await findAssociationBySlug(trx, 'eksempelby');
    if (!eksempelby) return; // started without the demo's seed
    const allowedOrigins = [...new Set([...eksempelby.allowedOrigins, ...bothNames(site.url), ...bothNames(config.publicUrl)])];
    await saveAssociation(trx, { slug: 'eksempelby', allowedOrigins }, new Date());
  });

  const rows: [string, string][] = [
    ['Demo page (Eksempelby sanitetsforening)', site.url + '/'],
    ['Embed-code builder for webmasters', site.url + '/embed'],
    ['Mail inbox (every email the service sends)', inbox ? inbox.httpUrl + '/' : `(sending through ${new URL(config.smtpUrl).host})`],
    ['Intake API', `${config.publicUrl}/api/v1/applications`],
    ['Widget script', `${config.publicUrl}/widget.js`],
    ['Database', config.databasePath],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(
    `\nRessursvenn intake is running.\n\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n\nStop with Ctrl+C.\n\n`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await site.close();
    await server.close();
    await inbox?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : (err as Error).message;
  const hint = (err as { code?: string }).code === 'EADDRINUSE' ? '\nA port is taken: stop the other program or set PORT, DEMO_PORT, INBOX_PORT or INBOX_SMTP_PORT.' : '';
  process.stderr.write(`Cannot start: ${message}${hint}\n`);
  process.exit(1);
});
