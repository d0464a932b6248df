/**
 * A file the national admin uploaded in the workspace, kept between its preview and her decision: a private file
 * (0600, in a 0700 folder `uploads/` of the data folder) named by a random id, bound to her account, expiring after
 * an hour (swept when the page is shown or the next file is uploaded). Applying takes it (an atomic rename, so a
 * second apply of the same upload finds nothing); cancelling deletes it. Only the newest upload of each admin is kept.
 * With several instances behind one address (PostgreSQL), preview and apply must reach the same instance.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files.js';
import { isReferenceFileKind, type ReferenceFileKind } from './reference-upload.js';

/** How long an upload waits for the admin to apply or cancel it. */
export const STAGED_UPLOAD_TTL_MS = 60 * 60 * 1000;

const ID = /^[0-9a-f]{32}$/;

export interface StagedUpload {
  id: string;
  accountId: string;
  kind: ReferenceFileKind;
  /** As the browser named it, for the page and the association parser (.json or .csv). */
  fileName: string;
  /** Of the bytes: the apply form carries it, so the apply is of the very upload the admin saw. */
  sha256: string;
  createdAt: string;
  expiresAt: string;
  bytes: Buffer;
}

interface Stored extends Omit<StagedUpload, 'bytes'> {
  base64: string;
}

function folder(dataDir: string): string {
  const dir = join(dataDir, 'uploads');
  ensurePrivateDir(dir);
  return dir;
}

function read(path: string): StagedUpload | undefined {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
  } catch {
    return undefined;
  }
  if (!isReferenceFileKind(stored.kind)) return undefined;
  const { base64, ...meta } = stored;
  return { ...meta, bytes: Buffer.from(base64, 'base64') };
}

/** Removes expired uploads, and every upload of `accountId` when given. */
function sweep(dir: string, now: Date, accountId?: string): void {
  for (const name of readdirSync(dir)) {
    const upload = read(join(dir, name));
    if (!upload || upload.expiresAt <= now.toISOString() || upload.accountId === accountId) rmSync(join(dir, name), { force: true });
  }
}

/** Deletes every expired upload (an admin who neither applied nor cancelled); run when the upload page is shown. */
export function sweepStagedUploads(dataDir: string, now: Date): void {
  sweep(folder(dataDir), now);
}

/** Keeps the bytes for the admin's decision, replacing her earlier upload; returns the new upload. */
export function stageUpload(dataDir: string, input: { accountId: string; kind: ReferenceFileKind; fileName: string; bytes: Uint8Array }, now: Date): StagedUpload {
  const dir = folder(dataDir);
  sweep(dir, now, input.accountId);
  const bytes = Buffer.from(input.bytes);
  const upload: StagedUpload = {
    id: randomBytes(16).toString('hex'),
    accountId: input.accountId,
    kind: input.kind,
    fileName: input.fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + STAGED_UPLOAD_TTL_MS).toISOString(),
    bytes,
  };
  const { bytes: _bytes, ...meta } = upload;
  writeFileSync(join(dir, `${upload.id}.json`), JSON.stringify({ ...meta, base64: bytes.toString('base64') } satisfies Stored), { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  return upload;
}

/** The admin's own, unexpired upload with this id; undefined for any other id (whoever's it is). */
export function findStagedUpload(dataDir: string, id: string, accountId: string, now: Date): StagedUpload | undefined {
  if (!ID.test(id)) return undefined;
  const upload = read(join(folder(dataDir), `${id}.json`));
  return upload && upload.accountId === accountId && upload.expiresAt > now.toISOString() ? upload : undefined;
}

/**
 * Takes the upload for applying when it is hers, unexpired and has the hash she saw: it is renamed away at once, so
 * a second apply (another tab, a double click) finds nothing. Call `done()` after the apply, `putBack()` when the
 * apply failed for a reason she can fix.
 */
export function takeStagedUpload(dataDir: string, id: string, accountId: string, sha256: string, now: Date): { upload: StagedUpload; done(): void; putBack(): void } | undefined {
  const upload = findStagedUpload(dataDir, id, accountId, now);
  if (!upload || upload.sha256 !== sha256) return undefined;
  const dir = folder(dataDir);
  const path = join(dir, `${id}.json`);
  const taken = join(dir, `${id}.applying`);
  try {
    renameSync(path, taken);
  } catch {
    return undefined; // another request took it first
  }
  return { upload, done: () => rmSync(taken, { force: true }), putBack: () => renameSync(taken, path) };
}

/** Deletes the admin's upload; false when there is no such upload of hers. */
export function discardStagedUpload(dataDir: string, id: string, accountId: string, now: Date): boolean {
  if (!findStagedUpload(dataDir, id, accountId, now)) return false;
  rmSync(join(folder(dataDir), `${id}.json`), { force: true });
  return true;
}
