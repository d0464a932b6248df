/**
 * One code path for the three files the national admin imports, from the admin tool or the workspace: Bring's postal
 * code register, Kartverket's kommune list, and associations (CSV or JSON). Each is decoded (`decode-text.ts`),
 * parsed by its parser, compared with what is stored (added, changed, removed), checked for surprises, and applied
 * in the caller's transaction with the existing replace and save functions.
 */
import type { Kysely, Transaction } from 'kysely';
import { changedFields } from '../associations/association-differences.js';
import { parseAssociationFile } from '../associations/association-file.js';
import { listAssociations } from '../associations/associations.repository.js';
import type { AssociationChanges } from '../associations/associations.repository.js';
import { listCoordinators } from '../associations/coordinators.repository.js';
import { findCoverage } from '../associations/coverage.repository.js';
import { saveAssociations } from '../associations/import-associations.js';
import type { Database, Db } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { parseKommuner, type KommuneRecord } from './parse-kommuner.js';
import { parsePostalCodes, type PostalCodeRecord } from './parse-postal-codes.js';
import { kommunerNotListed, staleCoverage, type ReferenceWarning } from './reference-checks.js';
import { diffRows, type ReferenceDiff } from './reference-diff.js';
import { listKommuner, listPostalCodes, listRegisterKommuner, replaceKommuner, replacePostalCodes } from './reference-data.repository.js';

/** The kinds of file, as they appear in addresses and the audit log. */
export const REFERENCE_FILE_KINDS = ['postnummer', 'kommuner', 'foreninger'] as const;
export type ReferenceFileKind = (typeof REFERENCE_FILE_KINDS)[number];

const MB = 1024 * 1024;
/** The largest file of each kind: Bring's register is about 200 KB, the kommune list 15 KB. */
export const REFERENCE_FILE_LIMIT_BYTES: Readonly<Record<ReferenceFileKind, number>> = { postnummer: 5 * MB, kommuner: 1 * MB, foreninger: 2 * MB };

export function isReferenceFileKind(kind: string): kind is ReferenceFileKind {
  return (REFERENCE_FILE_KINDS as readonly string[]).includes(kind);
}

/** A file that can be applied: what it holds and what applying it would do. */
export interface ReferencePreview {
  kind: ReferenceFileKind;
  encoding: TextEncodingName;
  /** Rows (postal codes, kommuner or associations) in the file. */
  rows: number;
  /** Keys: postnummer, kommunenummer or slugs. An association counts as changed when a field it gives differs; an import never removes one. */
  diff: ReferenceDiff;
  warnings: ReferenceWarning[];
}

export type ReferencePreviewResult = ({ ok: true } & ReferencePreview) | { ok: false; problems: string[] };

type Parsed =
  | { kind: 'postnummer'; encoding: TextEncodingName; rows: PostalCodeRecord[] }
  | { kind: 'kommuner'; encoding: TextEncodingName; rows: KommuneRecord[] }
  | { kind: 'foreninger'; encoding: TextEncodingName; rows: AssociationChanges[] };

/** Decodes and parses a file of the kind; nothing is read from the database. */
function parseFile(kind: ReferenceFileKind, bytes: Uint8Array, fileName: string): { ok: true; parsed: Parsed } | { ok: false; problems: string[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded;
  if (kind === 'postnummer') {
    const r = parsePostalCodes(text);
    return r.ok ? { ok: true, parsed: { kind, encoding, rows: r.rows } } : r;
  }
  if (kind === 'kommuner') {
    const r = parseKommuner(text);
    return r.ok ? { ok: true, parsed: { kind, encoding, rows: r.rows } } : r;
  }
  const r = parseAssociationFile(text, fileName);
  return r.ok ? { ok: true, parsed: { kind, encoding, rows: r.associations } } : r;
}

async function coverageOfAll(db: Db): Promise<{ slug: string; kommuner: string[] }[]> {
  const all: { slug: string; kommuner: string[] }[] = [];
  for (const a of await listAssociations(db)) all.push({ slug: a.slug, kommuner: (await findCoverage(db, a.id)).kommuner });
  return all;
}

/** What applying the parsed file would change, and its warnings, against the data in `db` now. */
async function compare(db: Db, parsed: Parsed): Promise<ReferencePreviewResult> {
  const base = { ok: true as const, kind: parsed.kind, encoding: parsed.encoding, rows: parsed.rows.length };
  if (parsed.kind === 'postnummer') {
    const diff = diffRows(await listPostalCodes(db), parsed.rows, { current: (r) => r.code, next: (r) => r.code }, (a, b) => a.place === b.place && a.kommuneNumber === b.kommuneNumber && a.category === b.category);
    const listed = new Set((await listKommuner(db)).map((k) => k.number));
    return { ...base, diff, warnings: kommunerNotListed(new Set(parsed.rows.map((r) => r.kommuneNumber)), listed) };
  }
  if (parsed.kind === 'kommuner') {
    const diff = diffRows(await listKommuner(db), parsed.rows, { current: (r) => r.number, next: (r) => r.number }, (a, b) => a.name === b.name && a.countyNumber === b.countyNumber && a.countyName === b.countyName);
    const listed = new Set(parsed.rows.map((r) => r.number));
    return { ...base, diff, warnings: [...staleCoverage(await coverageOfAll(db), listed), ...kommunerNotListed(await listRegisterKommuner(db), listed)] };
  }
  const stored = new Map((await listAssociations(db)).map((a) => [a.slug, a]));
  const problems = parsed.rows.filter((a) => !stored.has(a.slug) && (!a.name || !a.contactEmail)).map((a) => `"${a.slug}" is new, so it needs a name and a contact email`);
  if (problems.length > 0) return { ok: false, problems };
  const diff: ReferenceDiff = { added: [], changed: [], removed: [], unchanged: stored.size };
  const active = new Map<string, boolean>();
  for (const a of parsed.rows) {
    const before = stored.get(a.slug);
    if (!before) {
      diff.added.push(a.slug);
      continue;
    }
    const coordinators = await listCoordinators(db, before.id);
    active.set(a.slug, coordinators.some((c) => c.active));
    if (changedFields(before, await findCoverage(db, before.id), coordinators, a).length > 0) {
      diff.changed.push(a.slug);
      diff.unchanged--;
    }
  }
  const listed = new Set((await listKommuner(db)).map((k) => k.number));
  const covered = parsed.rows.flatMap((a) => (a.kommuner ? [{ slug: a.slug, kommuner: a.kommuner }] : []));
  const warnings: ReferenceWarning[] = staleCoverage(covered, listed);
  for (const a of parsed.rows) {
    const hasCoordinators = a.coordinators ? a.coordinators.length > 0 : (active.get(a.slug) ?? false);
    if (!hasCoordinators && (a.kind ?? stored.get(a.slug)?.kind ?? 'local') !== 'national') warnings.push({ code: 'no_coordinators', slug: a.slug });
  }
  return { ...base, diff, warnings };
}

/** Decodes, parses and compares a file with the stored data; changes nothing. */
export async function previewReferenceFile(db: Db, kind: ReferenceFileKind, bytes: Uint8Array, fileName: string): Promise<ReferencePreviewResult> {
  const parsed = parseFile(kind, bytes, fileName);
  return parsed.ok ? compare(db, parsed.parsed) : parsed;
}

/**
 * Applies a file inside the caller's transaction: the whole register or kommune list is replaced, or the file's
 * associations created and updated. Parses and compares again (the data may have changed since the preview);
 * when the result is not ok nothing has been written.
 */
export async function applyReferenceFile(trx: Transaction<Database>, kind: ReferenceFileKind, bytes: Uint8Array, fileName: string, now: Date): Promise<ReferencePreviewResult> {
  const parsed = parseFile(kind, bytes, fileName);
  if (!parsed.ok) return parsed;
  const preview = await compare(trx, parsed.parsed);
  if (!preview.ok) return preview;
  const p = parsed.parsed;
  if (p.kind === 'postnummer') await replacePostalCodes(trx, p.rows);
  else if (p.kind === 'kommuner') await replaceKommuner(trx, p.rows);
  else {
    const saved = await saveAssociations(trx, p.rows, now);
    if (!saved.ok) return saved;
  }
  return preview;
}

/** For the admin tool: previews, then applies in one transaction of its own. */
export async function importReferenceFile(db: Kysely<Database>, kind: ReferenceFileKind, bytes: Uint8Array, fileName: string, now: Date): Promise<ReferencePreviewResult> {
  return withTransaction(db, (trx) => applyReferenceFile(trx, kind, bytes, fileName, now));
}
