/**
 * Which web pages may post applications for an association: its allowed origins, checked on the server (a bot
 * ignores CORS). The intake server's own pages are always allowed. An association without a list accepts any origin.
 */
import type { Kysely } from 'kysely';
import type { Association } from '../associations/association.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';

export interface OriginPolicy {
  /** True when a page at `origin` (the request's Origin header, or undefined) may post for `slug`. */
  allows(slug: string, origin: string | undefined): Promise<boolean>;
}

/** Reads associations through a short cache, so an admin's change applies within `ttlMs` without a restart. */
export function createOriginPolicy(db: Kysely<Database>, ownOrigin: string, ttlMs = 10_000, now = () => Date.now()): OriginPolicy {
  const cache = new Map<string, { at: number; association: Association | undefined }>();
  async function lookup(slug: string): Promise<Association | undefined> {
    const hit = cache.get(slug);
    if (hit && now() - hit.at < ttlMs) return hit.association;
    const association = await findAssociationBySlug(db, slug);
    if (cache.size > 10_000) cache.clear();
    cache.set(slug, { at: now(), association });
    return association;
  }
  return {
    async allows(slug, origin) {
      if (origin === ownOrigin) return true;
      const association = await lookup(slug);
      const allowed = association?.allowedOrigins ?? [];
      if (allowed.length === 0) return true;
      return origin !== undefined && allowed.includes(origin);
    },
  };
}
