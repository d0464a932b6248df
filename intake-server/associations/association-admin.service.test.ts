import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../admin/run-admin.js';
import { listAuditLog } from '../audit/audit.repository.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { cookieFor, get, post, submit } from '../workspace/kit/page-testing.js';
import { addCoordinatorAs, removeCoordinatorAs, saveAssociationAs, setLeadAs, validateAssociationText } from './association-admin.service.js';
import { findAssociationBySlug } from './associations.repository.js';
import { listCoordinators, replaceCoordinators } from './coordinators.repository.js';

const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const OLA = 'ola.koordinator@eksempelby-sanitet.example';

let dir: string;
let s: TestServer;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rv-association-admin-'));
  s = await createTestServer({ DATABASE_PATH: join(dir, 'intake.sqlite') });
});
afterEach(async () => {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const eksempelby = async () => (await findAssociationBySlug(s.ctx.db, 'eksempelby'))!;
const audit = async () => (await listAuditLog(s.ctx.db)).map((r) => ({ action: r.action, accountId: r.account_id, detail: JSON.parse(r.detail) as Record<string, unknown> }));

describe('validation', () => {
  it('names each bad field by its text name, with a message, and keeps nothing', () => {
    const result = validateAssociationText('ny', { email: 'ikke-epost', kommuner: '18', origins: 'https://x.no/sti', 'minimum-age': 'tjue', lang: 'de' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(['email', 'kommuner', 'lang', 'minimum-age', 'origins']);
    expect(result.problems.find((p) => p.field === 'kommuner')?.message).toContain('4-digit kommunenummer');
  });

  it('turns good text into changes: lists split, empty lists clear', () => {
    const result = validateAssociationText('ny', { kommuner: '5601, 5603', 'postal-ranges': '9500-9519', origins: '', active: 'false' });
    expect(result).toEqual({ ok: true, changes: { slug: 'ny', kommuner: ['5601', '5603'], postalRanges: [{ from: '9500', to: '9519' }], allowedOrigins: [], active: false } });
  });
});

describe('changes with their audit entries', () => {
  it('records who, and before and after of the fields that changed; creation records everything', async () => {
    const created = await saveAssociationAs(s.ctx.db, 'acc-1', { slug: 'alta', name: 'Alta sanitetsforening', contactEmail: 'post@alta.example', kommuner: ['5601'] }, s.clock.now);
    expect(created.created).toBe(true);
    await saveAssociationAs(s.ctx.db, 'acc-1', { slug: 'alta', contactPhone: '78 00 00 00', active: false }, s.clock.now);
    // Nothing changed, nothing recorded.
    await saveAssociationAs(s.ctx.db, 'acc-1', { slug: 'alta', active: false }, s.clock.now);
    const entries = (await audit()).filter((e) => e.action.startsWith('association.'));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ action: 'association.created', accountId: 'acc-1', detail: { before: null, after: { slug: 'alta', kommuner: ['5601'], active: true } } });
    expect(entries[1]).toEqual({
      action: 'association.changed',
      accountId: 'acc-1',
      detail: { before: { contactPhone: null, active: true }, after: { contactPhone: '78 00 00 00', active: false } },
    });
  });

  it('refuses to make an association national, or the national one local', async () => {
    await expect(saveAssociationAs(s.ctx.db, null, { slug: 'eksempelby', kind: 'national' }, s.clock.now)).rejects.toThrow(/national/);
    await expect(saveAssociationAs(s.ctx.db, null, { slug: 'nasjonal', kind: 'local' }, s.clock.now)).rejects.toThrow(/national/);
  });

  it('removing a coordinator signs her out and passes her open applications to a named colleague, or leaves them unassigned', async () => {
    const a = await eksempelby();
    const ola = await cookieFor(s, 'eksempelby'); // Kari's session
    const mine = await submit(s);
    expect((await post(s, `/koordinator/soknader/${mine}/ansvarlig`, ola, { handling: 'take' })).status).toBe(303);
    const kariAccount = (await s.ctx.db.selectFrom('accounts').select('id').where('email', '=', KARI).executeTakeFirstOrThrow()).id;
    expect((await s.ctx.db.selectFrom('applications').select('handled_by').where('id', '=', mine).executeTakeFirstOrThrow()).handled_by).toBe(kariAccount);

    const colleague = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === OLA)!;
    // Not a colleague: an id of another association's coordinator.
    const narvik = (await findAssociationBySlug(s.ctx.db, 'narvik'))!;
    const stranger = (await listCoordinators(s.ctx.db, narvik.id))[0]!;
    expect(await removeCoordinatorAs(s.ctx.db, 'acc-admin', a, KARI, stranger.id, s.clock.now)).toEqual({ ok: false, reason: 'bad_colleague' });

    const done = await removeCoordinatorAs(s.ctx.db, 'acc-admin', a, KARI.toUpperCase(), colleague.id, s.clock.now);
    expect(done).toMatchObject({ ok: true, applications: 1, left: 1 });
    const olaAccount = (await s.ctx.db.selectFrom('accounts').select('id').where('email', '=', OLA).executeTakeFirstOrThrow()).id;
    expect((await s.ctx.db.selectFrom('applications').select('handled_by').where('id', '=', mine).executeTakeFirstOrThrow()).handled_by).toBe(olaAccount);
    expect((await get(s, '/koordinator', ola)).status).toBe(303);
    const removed = (await audit()).find((e) => e.action === 'coordinator.removed');
    expect(removed).toEqual({
      action: 'coordinator.removed',
      accountId: 'acc-admin',
      detail: { before: { name: expect.any(String), email: KARI, active: true, lead: false }, after: null, applications: 1, passedTo: OLA },
    });

    // Ola leaves too, her applications staying with the association, unassigned.
    const left = await removeCoordinatorAs(s.ctx.db, null, a, OLA, null, s.clock.now);
    expect(left).toMatchObject({ ok: true, applications: 1, left: 0, passedTo: null });
    expect((await s.ctx.db.selectFrom('applications').select(['handled_by', 'association_id']).where('id', '=', mine).executeTakeFirstOrThrow())).toEqual({ handled_by: null, association_id: a.id });
  });

  it('a lead stays the lead when the list is replaced with her on it', async () => {
    const a = await eksempelby();
    const kari = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === KARI)!;
    expect(await setLeadAs(s.ctx.db, null, a, kari.id, true, s.clock.now)).toBe(true);
    await replaceCoordinators(s.ctx.db, a.id, [{ name: 'Kari', email: KARI }, { name: 'Siv', email: 'siv@eksempelby.example' }], s.clock.now);
    expect((await listCoordinators(s.ctx.db, a.id)).map((c) => [c.email, c.lead])).toEqual([[KARI, true], ['siv@eksempelby.example', false]]);
    expect((await audit()).find((e) => e.action === 'coordinator.lead_changed')?.detail).toMatchObject({ before: { lead: false }, after: { lead: true } });
  });

  it('reports bad coordinator input per field', async () => {
    expect(await addCoordinatorAs(s.ctx.db, null, await eksempelby(), { name: ' ', email: 'nei' }, s.clock.now, s.config.publicUrl)).toEqual({
      ok: false,
      problems: [
        { field: 'name', message: 'name must not be empty' },
        { field: 'email', message: '"nei" is not an email address' },
      ],
    });
  });
});

describe('the admin tool goes through the same service', () => {
  it('creates, adds and removes with audit entries that name no account', async () => {
    const url = s.config.databaseUrl;
    const tool = (...args: string[]) =>
      runAdmin(args, { env: { DATABASE_PATH: join(dir, 'intake.sqlite'), ...(url ? { DATABASE_URL: url } : {}) }, stdout: () => {}, stderr: () => {} });
    expect(await tool('associations', 'set', 'alta', '--name', 'Alta sanitetsforening', '--email', 'post@alta.example', '--kommuner', '5601')).toBe(0);
    expect(await tool('associations', 'set', 'alta', '--kommuner', '56')).toBe(2);
    expect(await tool('coordinators', 'add', 'alta', 'eva@alta.example', '--name', 'Eva')).toBe(0);
    expect(await tool('coordinators', 'remove', 'alta', 'eva@alta.example')).toBe(0);
    const entries = (await audit()).filter((e) => e.action.startsWith('association.') || e.action.startsWith('coordinator.'));
    expect(entries.map((e) => [e.action, e.accountId])).toEqual([
      ['association.created', null],
      ['coordinator.added', null],
      ['coordinator.removed', null],
    ]);
  });
});
