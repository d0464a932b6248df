/** The server's secret: from SECRET_KEY, or generated once and kept in the data folder so `npm start` needs no setup. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Several instances must share SECRET_KEY; a single instance may rely on `DATA_DIR/secret.key`, created with
 * mode 0600 on first start.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'secret.key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const key = randomBytes(32).toString('hex');
    // `wx`: if another process created it meanwhile, fail and read theirs.
    try {
      writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
      return key;
    } catch {
      return readFileSync(file, 'utf8').trim();
    }
  }
}
