/**
 * HTTP: `GET /api/v1/associations`, the active associations by slug and name (the embed-code builder offers them by
 * name), and `GET /api/v1/associations/:slug`, what the widget needs to know about the association its page names.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AssociationListEntry, AssociationLookup } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import { findAssociationBySlug, listAssociations } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * Public facts only (name, default language, whether a proof of work is asked for, and the association's own contact
 * email and phone, which the receipt shows too), the same for every visitor, so browsers and proxies may keep the
 * answer for 5 minutes. Unknown and inactive associations are 404 alike.
 */
export function createPublicAssociationRoutes(db: Kysely<Database>, options: { proofOfWork: boolean }) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      // Names and slugs are public (they stand on every association page); inactive ones take no applications.
      const body: AssociationListEntry[] = (await listAssociations(db))
        .filter((a) => a.active)
        .map(({ slug, name }) => ({ slug, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(body);
    })
    .get('/:slug', async (c) => {
      const slug = c.req.param('slug');
      const association = SLUG.test(slug) ? await findAssociationBySlug(db, slug) : undefined;
      if (!association?.active) throw new HttpError(404, 'not_found', 'No active association has this slug.');
      const body: AssociationLookup = {
        slug: association.slug,
        name: association.name,
        defaultLanguage: association.defaultLanguage,
        proofOfWork: options.proofOfWork,
        email: association.contactEmail,
        ...(association.contactPhone ? { phone: association.contactPhone } : {}),
      };
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(body);
    });
}
