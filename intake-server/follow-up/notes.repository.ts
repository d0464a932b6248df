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
  /** The author's account: only she may correct or delete the note. */
  authorId: string;
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
    .select(['n.id', 'n.body', 'n.created_at', 'n.account_id', 'a.name'])
    .where('n.application_id', '=', applicationId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  return rows.map((r) => ({ id: r.id, body: r.body, createdAt: r.created_at, author: r.name, authorId: r.account_id }));
}

/** A note of the application written by `accountId`; undefined for anyone else's note or none at all. */
export async function findOwnNote(db: Db, applicationId: string, noteId: string, accountId: string): Promise<Note | undefined> {
  const row = await db
    .selectFrom('application_notes as n')
    .leftJoin('accounts as a', 'a.id', 'n.account_id')
    .select(['n.id', 'n.body', 'n.created_at', 'n.account_id', 'a.name'])
    .where('n.id', '=', noteId)
    .where('n.application_id', '=', applicationId)
    .where('n.account_id', '=', accountId)
    .executeTakeFirst();
  return row ? { id: row.id, body: row.body, createdAt: row.created_at, author: row.name, authorId: row.account_id } : undefined;
}

/** Replaces the text of a note (the author's correction); the old text is kept nowhere. */
export async function updateNote(db: Db, noteId: string, body: string): Promise<void> {
  await db.updateTable('application_notes').set({ body }).where('id', '=', noteId).execute();
}

/** Deletes a note. */
export async function deleteNote(db: Db, noteId: string): Promise<void> {
  await db.deleteFrom('application_notes').where('id', '=', noteId).execute();
}
