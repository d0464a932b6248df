import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { createLogger } from '../logger.js';
import { AssociationChangeError, findAssociationBySlug, saveAssociation } from './associations.repository.js';
import { addCoordinator, listCoordinators, removeCoordinator } from './coordinators.repository.js';
import { findCoverage } from './coverage.repository.js';
import { importAssociations } from './import-associations.js';
import { seedAssociations } from './seed.js';
import { addAssociation, createMigratedDb } from './testing.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await createMigratedDb();
});
afterEach(async () => {
  await db.destroy();
});

const now = new Date('2026-11-27T12:00:00Z');
const save = (changes: Parameters<typeof saveAssociation>[1]) => withTransaction(db, (trx) => saveAssociation(trx, changes, now));

describe('saving associations', () => {
  it('changes only the fields given and merges settings', async () => {
    const id = await addAssociation(db, { slug: 'narvik', contactPhone: '76 00 00 00', kommuner: ['1806'], settings: { minimumAge: 23 } });
    await save({ slug: 'narvik', settings: { fullDetailsInNotice: true }, allowedOrigins: ['https://narvik.example'] });
    const a = await findAssociationBySlug(db, 'narvik');
    expect(a).toMatchObject({
      name: 'Narvik sanitetsforening',
      contactPhone: '76 00 00 00',
      allowedOrigins: ['https://narvik.example'],
      settings: { minimumAge: 23, fullDetailsInNotice: true },
    });
    expect(await findCoverage(db, id)).toEqual({ kommuner: ['1806'], postalRanges: [] });
    expect(await listCoordinators(db, id)).toHaveLength(1);
  });

  it('replaces kommuner and postal ranges when given, and clears the phone with null', async () => {
    const id = await addAssociation(db, { slug: 'narvik', contactPhone: '76 00 00 00', kommuner: ['1806'] });
    await save({ slug: 'narvik', contactPhone: null, kommuner: ['1853', '1806', '1853'], postalRanges: [{ from: '8500', to: '8519' }] });
    expect(await findCoverage(db, id)).toEqual({ kommuner: ['1806', '1853'], postalRanges: [{ from: '8500', to: '8519' }] });
    expect((await findAssociationBySlug(db, 'narvik'))?.contactPhone).toBeNull();
  });

  it('needs a name and an email to create an association', async () => {
    await expect(save({ slug: 'ny', kommuner: ['1806'] })).rejects.toBeInstanceOf(AssociationChangeError);
    expect(await findAssociationBySlug(db, 'ny')).toBeUndefined();
  });

  it('keeps coverage and coordinators set by the admin tool when the seed lists the association again', async () => {
    const id = await addAssociation(db, { slug: 'narvik', kommuner: ['1806', '1853'] });
    const dir = mkdtempSync(join(tmpdir(), 'rv-seed-'));
    try {
      const file = join(dir, 'seed.json');
      const narvik = { slug: 'narvik', name: 'Narvik sanitetsforening', contactEmail: 'post@narvik.example', coordinators: [] };
      writeFileSync(file, JSON.stringify({ national: { slug: 'nasjonal', name: 'Nasjonal', contactEmail: 'post@nasjonal.example' }, associations: [narvik] }));
      // The seed is insert-only: Narvik exists, so the file's empty list does not wipe the coordinator the tool added.
      await seedAssociations(db, file, now, createLogger('silent'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await findCoverage(db, id)).kommuner).toEqual(['1806', '1853']);
    expect(await listCoordinators(db, id)).toEqual([expect.objectContaining({ name: 'Koordinator narvik', email: 'koordinator@narvik.example', active: true, lead: false })]);
  });

  it('imports all or nothing: one new slug without a name stops the whole file', async () => {
    await addAssociation(db, { slug: 'narvik' });
    const result = await importAssociations(db, [{ slug: 'narvik', kommuner: ['1806'] }, { slug: 'ny', kommuner: ['5501'] }], now);
    expect(result).toEqual({ ok: false, problems: ['"ny" is new, so it needs a name and a contact email'] });
    const narvik = await findAssociationBySlug(db, 'narvik');
    expect((await findCoverage(db, narvik!.id)).kommuner).toEqual([]);

    const ok = await importAssociations(db, [{ slug: 'narvik', kommuner: ['1806'] }, { slug: 'ny', name: 'Ny', contactEmail: 'ny@example.no' }], now);
    expect(ok).toEqual({ ok: true, created: ['ny'], updated: ['narvik'] });
  });
});

describe('coordinators', () => {
  it('adds, renames (matching the address without case) and removes', async () => {
    const id = await addAssociation(db, { slug: 'narvik', coordinators: [] });
    expect(await addCoordinator(db, id, { name: 'Kari', email: 'Kari@Narvik.example' }, now)).toBe('added');
    expect(await addCoordinator(db, id, { name: 'Kari Nordmann', email: 'kari@narvik.example' }, now)).toBe('updated');
    expect(await listCoordinators(db, id)).toEqual([expect.objectContaining({ name: 'Kari Nordmann', email: 'kari@narvik.example', active: true, lead: false })]);
    expect(await removeCoordinator(db, id, 'KARI@narvik.example')).toBe(true);
    expect(await removeCoordinator(db, id, 'kari@narvik.example')).toBe(false);
    expect(await listCoordinators(db, id)).toEqual([]);
  });
});
