/** The server's secret: from SECRET_KEY, or generated once and kept in the data folder so `npm start` needs no setup. */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE, tightenFile } from '../db/private-files.js';

/**
 * Several instances must share SECRET_KEY; a single instance may rely on `DATA_DIR/secret.key`, created with
 * mode 0600 in a 0700 folder on first start. At every start an existing folder or key file that others may read is
 * narrowed to those modes first.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'secret.key');
  ensurePrivateDir(dataDir);
  tightenFile(file);
  let existing: string;
  try {
    existing = readFileSync(file, 'utf8').trim();
  } catch {
    const key = randomBytes(32).toString('hex');
    // `wx`: if another process created it meanwhile, fail and read theirs.
    try {
      writeFileSync(file, `${key}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
      return key;
    } catch {
      existing = readFileSync(file, 'utf8').trim();
    }
  }
  // An emptied or truncated file (a full disk, a bad restore) would key every hash with next to nothing.
  if (Buffer.byteLength(existing) < 32) throw new Error(`The key file ${file} is empty or shorter than 32 bytes: restore it, delete it to have a new one made, or set SECRET_KEY.`);
  return existing;
}
