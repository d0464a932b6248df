/** The inbox: the applications of some associations, with what a coordinator needs to pick the next one. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SoftFlag } from '../../screening/soft-flags.js';
import { OPEN_STATUSES, type ApplicationStatus } from './statuses.js';
import { parseFlags } from './workspace-application.js';

/** `open` (what someone still has to act on), `all`, or one status. */
export type InboxFilter = 'open' | 'all' | ApplicationStatus;

/** A later application from the same person, joined to her first one. */
export interface Repeat {
  id: string;
  createdAt: string;
}

export interface InboxEntry {
  id: string;
  reference: string;
  status: ApplicationStatus;
  firstName: string;
  lastName: string;
  postalCode: string;
  kommuneName: string | null;
  associationName: string;
  flags: SoftFlag[];
  createdAt: string;
  firstContactAt: string | null;
  /** The name of the person handling it; null when nobody has taken it. */
  handlerName: string | null;
  /** Set on a repeat whose first application is not in this list. */
  duplicateOf: string | null;
  repeats: Repeat[];
}

type Query = ReturnType<typeof baseQuery>;

function baseQuery(db: Kysely<Database>, associationIds: string[]) {
  return db
    .selectFrom('applications as a')
    .innerJoin('associations as s', 's.id', 'a.association_id')
    .leftJoin('accounts as h', 'h.id', 'a.handled_by')
    .leftJoin('kommuner as k', 'k.number', 'a.kommune_number')
    .select([
      'a.id',
      'a.reference',
      'a.status',
      'a.first_name',
      'a.last_name',
      'a.postal_code',
      'a.flags',
      'a.created_at',
      'a.first_contact_at',
      'a.duplicate_of',
      's.name as association_name',
      'k.name as kommune_name',
      'h.name as handler_name',
    ])
    .where((eb) =>
      eb.or([
        eb('a.association_id', 'in', associationIds),
        eb('a.id', 'in', eb.selectFrom('application_associations').select('application_id').where('association_id', 'in', associationIds)),
      ]),
    )
    .where('a.status', '!=', 'quarantined');
}

function toEntry(r: Awaited<ReturnType<Query['execute']>>[number]): InboxEntry {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status as ApplicationStatus,
    firstName: r.first_name,
    lastName: r.last_name,
    postalCode: r.postal_code,
    kommuneName: r.kommune_name,
    associationName: r.association_name,
    flags: parseFlags(r.flags),
    createdAt: r.created_at,
    firstContactAt: r.first_contact_at,
    handlerName: r.handler_name,
    duplicateOf: r.duplicate_of,
    repeats: [],
  };
}

/**
 * The applications of these associations that match the filter, newest first; never quarantined ones. A repeat
 * application is joined to its first one when that is listed; otherwise it stands on its own under `open` and `all`.
 */
export async function listInbox(db: Kysely<Database>, associationIds: string[], filter: InboxFilter): Promise<InboxEntry[]> {
  if (associationIds.length === 0) return [];
  let main = baseQuery(db, associationIds).where('a.status', '!=', 'duplicate');
  if (filter === 'open') main = main.where('a.status', 'in', [...OPEN_STATUSES]);
  else if (filter !== 'all') main = main.where('a.status', '=', filter);
  const entries = (await main.orderBy('a.created_at', 'desc').execute()).map(toEntry);
  const repeats = (await baseQuery(db, associationIds).where('a.status', '=', 'duplicate').orderBy('a.created_at').execute()).map(toEntry);

  const byId = new Map(entries.map((e) => [e.id, e]));
  const orphans: InboxEntry[] = [];
  for (const r of repeats) {
    const first = r.duplicateOf ? byId.get(r.duplicateOf) : undefined;
    if (first) first.repeats.push({ id: r.id, createdAt: r.createdAt });
    else if (filter === 'open' || filter === 'all' || filter === 'duplicate') orphans.push(r);
  }
  return [...entries, ...orphans].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** How many submissions screening holds back in these associations (the admin sees the count, never the people). */
export async function countQuarantined(db: Kysely<Database>, associationIds: string[]): Promise<number> {
  if (associationIds.length === 0) return 0;
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'quarantined')
    .where('association_id', 'in', associationIds)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
