/** Coordinators' notes on an application: their own words, kept with it and erased with it. */
import { newId } from '../db/ids.js';
import type { Db } from '../db/schema.js';

/** Longest note, in characters. Notes are for the follow-up, not for a case file. */
export const NOTE_MAX_LENGTH = 1000;

export interface Note {
  id: string;
  body: string;
  createdAt: string;
  /** The author's name; null when the account is gone. */
  author: string | null;
}

/** Adds a note; returns its id. */
export async function addNote(db: Db, applicationId: string, accountId: string, body: string, at: Date): Promise<string> {
  const id = newId(at.getTime());
  await db.insertInto('application_notes').values({ id, application_id: applicationId, account_id: accountId, body, created_at: at.toISOString() }).execute();
  return id;
}

/** The notes of an application, oldest first. */
export async function listNotes(db: Db, applicationId: string): Promise<Note[]> {
  const rows = await db
    .selectFrom('application_notes as n')
    .leftJoin('accounts as a', 'a.id', 'n.account_id')
    .select(['n.id', 'n.body', 'n.created_at', 'a.name'])
    .where('n.application_id', '=', applicationId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  return rows.map((r) => ({ id: r.id, body: r.body, createdAt: r.created_at, author: r.name }));
}
