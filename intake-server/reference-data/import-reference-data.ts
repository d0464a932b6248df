/** Imports Bring's postal code register and Kartverket's kommune list: decode, validate, replace all in one transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { parseKommuner } from './parse-kommuner.js';
import { parsePostalCodes } from './parse-postal-codes.js';
import { replaceKommuner, replacePostalCodes } from './reference-data.repository.js';

/** What an import did, or why it did nothing. */
export type ImportResult = { ok: true; count: number; encoding: TextEncodingName } | { ok: false; problems: string[] };

/** Replaces the postal code register with the file's rows, or changes nothing when any line is invalid. */
export async function importPostalCodes(db: Kysely<Database>, bytes: Uint8Array): Promise<ImportResult> {
  const { text, encoding } = decodeText(bytes);
  const parsed = parsePostalCodes(text);
  if (!parsed.ok) return parsed;
  await withTransaction(db, (trx) => replacePostalCodes(trx, parsed.rows));
  return { ok: true, count: parsed.rows.length, encoding };
}

/** Replaces the kommune list with the file's rows, or changes nothing when any line is invalid. */
export async function importKommuner(db: Kysely<Database>, bytes: Uint8Array): Promise<ImportResult> {
  const { text, encoding } = decodeText(bytes);
  const parsed = parseKommuner(text);
  if (!parsed.ok) return parsed;
  await withTransaction(db, (trx) => replaceKommuner(trx, parsed.rows));
  return { ok: true, count: parsed.rows.length, encoding };
}
