/** The counter the database raises on every change to what routing reads (migration 0010). */
import type { Db } from '../db/schema.js';

/** The current routing generation. */
export async function readRoutingGeneration(db: Db): Promise<number> {
  const row = await db.selectFrom('routing_generation').select('generation').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.generation);
}
