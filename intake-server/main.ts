/**
 * The production entry (`node dist/server/main.js` once built): read and check the config, start, stop gracefully
 * on SIGTERM/SIGINT. The demo (`npm start`) starts the same server in-process from `demo/start.ts`.
 */
import { ConfigError, readConfig } from './config.js';
import { startIntakeServer } from './server.js';

try {
  const config = readConfig(process.env, { production: true });
  const server = await startIntakeServer(config);
  server.context.logger.info('intake server listening', { url: server.url, publicUrl: config.publicUrl, storage: config.databaseUrl ? 'postgresql' : config.sqliteWriterThread ? 'sqlite, writer thread' : 'sqlite, commits in the HTTP thread' });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.context.logger.info('stopping', { signal });
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Cannot start: ${(err as Error).message}`}\n`);
  process.exit(1);
}
