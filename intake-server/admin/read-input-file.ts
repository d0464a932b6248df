/** Reads a file named on the command line, turning "no such file" into a sentence. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AdminError } from './admin-command.js';

/** The file's bytes and its absolute path. */
export async function readInputFile(file: string): Promise<{ bytes: Buffer; path: string }> {
  const path = resolve(file);
  try {
    return { bytes: await readFile(path), path };
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new AdminError(`Cannot read ${path}: ${why}.`);
  }
}
