/** Imports Bring's postal code register and Kartverket's kommune list: decode, validate, replace all in one transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { TextEncodingName } from './decode-text.js';
import { importReferenceFile, type ReferenceFileKind } from './reference-upload.js';

/** What an import did, or why it did nothing. */
export type ImportResult = { ok: true; count: number; encoding: TextEncodingName } | { ok: false; problems: string[] };

async function importFile(db: Kysely<Database>, kind: ReferenceFileKind, bytes: Uint8Array): Promise<ImportResult> {
  const result = await importReferenceFile(db, kind, bytes, '', new Date());
  return result.ok ? { ok: true, count: result.rows, encoding: result.encoding } : result;
}

/** Replaces the postal code register with the file's rows, or changes nothing when any line is invalid. */
export function importPostalCodes(db: Kysely<Database>, bytes: Uint8Array): Promise<ImportResult> {
  return importFile(db, 'postnummer', bytes);
}

/** Replaces the kommune list with the file's rows, or changes nothing when any line is invalid. */
export function importKommuner(db: Kysely<Database>, bytes: Uint8Array): Promise<ImportResult> {
  return importFile(db, 'kommuner', bytes);
}
