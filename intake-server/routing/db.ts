/** The database handle routing reads through: the pool, or the transaction an application is stored in. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Kysely or a transaction: routing runs inside the transaction that stores the application. */
export type Db = Kysely<Database> | Transaction<Database>;
