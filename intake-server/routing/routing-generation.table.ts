/** One row: how many changes the tables routing reads have had (raised by triggers, migration 0010). */
export interface RoutingGenerationTable {
  id: number;
  generation: number;
}
