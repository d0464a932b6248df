/**
 * Files that hold personal data or secrets are the service user's alone: the data folder 0700; the SQLite file, its
 * -wal and -shm, the key file, backups and anything the admin tool writes 0600. Created so from the start (not
 * created and then narrowed), and checked at every start, so a folder or file left open by an older release, a
 * restore or a careless copy is tightened before anything is read or written.
 */
import { chmodSync, closeSync, fchmodSync, fstatSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Group and other permission bits: none may be set on a private file or folder. */
const OPEN_BITS = 0o077;
/** A sticky folder (/tmp) is shared on purpose: never narrow it. */
const STICKY = 0o1000;

/** Throws a plain sentence when a mode cannot be changed (a folder or file owned by another user). */
function chmodOrExplain(path: string, mode: number, what: string): void {
  try {
    chmodSync(path, mode);
  } catch (err) {
    throw new Error(`Cannot make the ${what} ${path} private (mode ${mode.toString(8)}): ${(err as Error).message}. Give it to the user the service runs as.`, { cause: err });
  }
}

/**
 * Creates the folder (and missing parents) as 0700, or narrows an existing one to 0700 when group or others may
 * read, write or enter it. Use for the data folder only: a folder the service does not own by definition (the
 * folder of a DATABASE_PATH elsewhere) is created private but never changed.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const { mode } = statSync(dir);
  if ((mode & OPEN_BITS) !== 0 && (mode & STICKY) === 0) chmodOrExplain(dir, PRIVATE_DIR_MODE, 'data folder');
}

/** Creates missing folders on the way to `dir` as 0700; leaves existing ones as they are. */
function ensureDirCreatedPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** Narrows an existing file to 0600 when group or others have any access; a missing file is fine. */
export function tightenFile(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if ((mode & OPEN_BITS) !== 0) chmodOrExplain(path, PRIVATE_FILE_MODE, 'file');
}

/**
 * Makes sure `path` exists as a private file: created 0600 when missing (`exclusive`: and refused with EEXIST when it
 * is not), narrowed to 0600 when it exists. The file is left empty or as it was.
 */
export function createPrivateFile(path: string, options: { exclusive?: boolean } = {}): void {
  const fd = openSync(path, options.exclusive ? 'wx' : 'a', PRIVATE_FILE_MODE);
  try {
    if ((fstatSync(fd).mode & OPEN_BITS) !== 0) fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
}

/** The files SQLite keeps beside a database: the write-ahead log, its index, and a rollback journal. */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/**
 * Prepares an SQLite file before it is opened: missing folders are created 0700, the file is created 0600 when
 * missing and narrowed when it exists, and so are a -wal, -shm or -journal left beside it. SQLite gives the files it
 * creates later (the WAL and its index, after a checkpoint or a restart) the database file's own mode, so they stay
 * private too.
 */
export function preparePrivateSqliteFile(path: string): void {
  ensureDirCreatedPrivate(dirname(path));
  createPrivateFile(path);
  for (const suffix of SQLITE_COMPANIONS) tightenFile(`${path}${suffix}`);
}

