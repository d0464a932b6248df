import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { createLogger } from '../logger.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { findAssociationBySlug, listAssociations, saveAssociation } from './associations.repository.js';
import { addCoordinator, listCoordinators, removeCoordinator } from './coordinators.repository.js';
import { findCoverage } from './coverage.repository.js';
import { seedAssociations } from './seed.js';
import { addAssociation, createMigratedDb } from './testing.js';

const DEMO_SEED = new URL('../seed/associations.json', import.meta.url).pathname;

let db: Kysely<Database>;
let dir: string;
beforeEach(async () => {
  db = await createMigratedDb();
  dir = mkdtempSync(join(tmpdir(), 'rv-seed-'));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the seed file', () => {
  it('gives the demo associations their coverage and languages', async () => {
    await seedAssociations(db, DEMO_SEED);
    const coverage = async (slug: string) => findCoverage(db, (await findAssociationBySlug(db, slug))!.id);
    expect(await coverage('narvik')).toEqual({ kommuner: ['1806'], postalRanges: [] });
    expect(await coverage('tromso')).toEqual({ kommuner: ['5501'], postalRanges: [] });
    expect(await coverage('baerum')).toEqual({ kommuner: ['3201'], postalRanges: [] });
    expect(await coverage('eksempelby')).toEqual({ kommuner: [], postalRanges: [{ from: '2315', to: '2319' }] });
    expect((await coverage('fjordheim')).kommuner).toEqual(['4640']);
    expect((await findAssociationBySlug(db, 'fjordheim'))?.defaultLanguage).toBe('nn');
    expect((await findAssociationBySlug(db, 'nasjonal'))?.kind).toBe('national');
  });

  it('leaves associations it does not list alone at the next start', async () => {
    await seedAssociations(db, DEMO_SEED);
    await addAssociation(db, { slug: 'hammerfest', kommuner: ['5603'] });
    await seedAssociations(db, DEMO_SEED);
    const hammerfest = await findAssociationBySlug(db, 'hammerfest');
    expect(hammerfest?.active).toBe(true);
    expect((await findCoverage(db, hammerfest!.id)).kommuner).toEqual(['5603']);
    expect((await listAssociations(db)).map((a) => a.slug)).toContain('hammerfest');
  });

  it('names the place of a mistake', async () => {
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify({ national: { slug: 'n', name: 'N', contactEmail: 'n@x.no' }, associations: [{ slug: 'a', name: 'A', contactEmail: 'a@x.no', kommuner: ['123'], coordinators: [] }] }));
    await expect(seedAssociations(db, file)).rejects.toThrow(/at associations\.0\.kommuner\.0: must be a 4-digit kommunenummer/);
  });
});

/**
 * A restart against a database the operator has changed with the admin tool. The test server (SQLite, or PostgreSQL
 * under the PostgreSQL run) was started with the demo's seed; seeding again is what the next start does.
 */
describe('the seed file at the next start', () => {
  let server: TestServer;
  let logs: string[];
  const now = new Date('2026-11-28T10:00:00Z');
  const restart = () => seedAssociations(server.ctx.db, DEMO_SEED, now, createLogger('info', (l) => logs.push(l)));
  const idOf = async (slug: string) => (await findAssociationBySlug(server.ctx.db, slug))!.id;
  const emails = async (slug: string) => (await listCoordinators(server.ctx.db, await idOf(slug))).map((c) => c.email);

  beforeEach(async () => {
    server = await createTestServer();
    logs = [];
  });
  afterEach(async () => {
    await server.close();
  });

  it('finding 13.14: a coordinator removed with the admin tool stays removed, and one added stays', async () => {
    expect(await removeCoordinator(server.ctx.db, await idOf('narvik'), 'koordinator@narvik-sanitet.example')).toBe(true);
    await addCoordinator(server.ctx.db, await idOf('eksempelby'), { name: 'Siv Ny', email: 'siv.ny@eksempelby-sanitet.example' }, now);
    await restart();
    expect(await emails('narvik')).toEqual([]);
    expect(await emails('eksempelby')).toEqual(['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example', 'siv.ny@eksempelby-sanitet.example']);
  });

  it('finding 13.14: leaves an existing association as the operator set it: name, activity, coverage, settings', async () => {
    await withTransaction(server.ctx.db, (trx) =>
      saveAssociation(trx, { slug: 'baerum', name: 'Bærum Sanitet', active: false, kommuner: ['3201', '3203'], settings: { minimumAge: 30 }, allowedOrigins: ['https://baerum.example'] }, now),
    );
    await restart();
    const baerum = (await findAssociationBySlug(server.ctx.db, 'baerum'))!;
    expect(baerum).toMatchObject({ name: 'Bærum Sanitet', active: false, allowedOrigins: ['https://baerum.example'] });
    expect(baerum.settings.minimumAge).toBe(30);
    expect((await findCoverage(server.ctx.db, baerum.id)).kommuner).toEqual(['3201', '3203']);
  });

  it('finding 13.14: creates what does not exist yet and warns by slug and count about what differs, never with names or addresses', async () => {
    await removeCoordinator(server.ctx.db, await idOf('narvik'), 'koordinator@narvik-sanitet.example');
    await withTransaction(server.ctx.db, (trx) => saveAssociation(trx, { slug: 'fjordheim', contactEmail: 'ny-post@fjordheim.example' }, now));
    const dir = mkdtempSync(join(tmpdir(), 'rv-seed-'));
    try {
      const seed = JSON.parse(readFileSync(DEMO_SEED, 'utf8')) as { associations: unknown[] };
      seed.associations.push({ slug: 'hammerfest', name: 'Hammerfest sanitetsforening', contactEmail: 'post@hammerfest.example', kommuner: ['5603'], coordinators: [{ name: 'Hanne Hammer', email: 'hanne@hammerfest.example' }] });
      const file = join(dir, 'seed.json');
      writeFileSync(file, JSON.stringify(seed));
      const summary = await seedAssociations(server.ctx.db, file, now, createLogger('info', (l) => logs.push(l)));
      expect(summary).toEqual({ created: ['hammerfest'], unchanged: ['nasjonal', 'eksempelby', 'tromso', 'baerum'], differing: ['narvik', 'fjordheim'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await emails('hammerfest')).toEqual(['hanne@hammerfest.example']);
    expect((await findCoverage(server.ctx.db, await idOf('hammerfest'))).kommuner).toEqual(['5603']);
    expect(await emails('narvik')).toEqual([]);
    expect((await findAssociationBySlug(server.ctx.db, 'fjordheim'))?.contactEmail).toBe('ny-post@fjordheim.example');

    const warnings = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 'warn');
    expect(warnings).toEqual([expect.objectContaining({ msg: expect.stringContaining('differ'), count: 2, slugs: 'narvik,fjordheim' })]);
    const all = logs.join('\n');
    for (const personal of ['@', 'Koordinator', 'Hanne']) expect(all).not.toContain(personal);
  });
});
