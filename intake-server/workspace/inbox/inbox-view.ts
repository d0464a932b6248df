/** How the inbox is narrowed and ordered beyond its status filter: who follows up, the order, the search. */
import type { InboxFilter } from '../../applications/application-queries.repository.js';

/** The longest search the inbox accepts (names, addresses and references are all shorter). */
export const SEARCH_MAX = 100;

/** How the inbox is narrowed and ordered beyond the status, as the address says it. */
export interface InboxView {
  /** `?hvem=`: `mine` (I follow it up), `ingen` (nobody has taken it), or '' (everyone). */
  who: '' | 'mine' | 'ingen';
  /** `?rekkefolge=`: `venter` (longest waiting first; the default for open applications) or `nyeste`. */
  order: 'venter' | 'nyeste';
  /** `?sok=` as typed (cut to a length the page can show again). */
  search: string;
  /** Set when the search is longer than SEARCH_MAX: it is not run. */
  searchTooLong: boolean;
}

/** Reads the view from the address; unknown values fall back to the defaults. */
export function parseView(query: (name: string) => string | undefined, filter: InboxFilter): InboxView {
  const who = query('hvem');
  const order = query('rekkefolge');
  const search = query('sok') ?? '';
  return {
    who: who === 'mine' || who === 'ingen' ? who : '',
    order: order === 'venter' || order === 'nyeste' ? order : filter === 'open' ? 'venter' : 'nyeste',
    search: search.slice(0, SEARCH_MAX * 2),
    searchTooLong: search.length > SEARCH_MAX,
  };
}
