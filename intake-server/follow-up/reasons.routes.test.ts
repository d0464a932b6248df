/**
 * Second attack, finding 2: a reason given for passing an application on or declining it is a coordinator's words
 * about the applicant. It is kept with the application (its history: in her access export, erased with her), and the
 * audit log records only that a reason was given.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support.js';
import { cookieFor, get, post, submit } from '../workspace/kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const REASON = 'Kari Nordmann flyttet til Narvik, ring 412 34 567';
const auditText = async () => JSON.stringify(await s.ctx.db.selectFrom('audit_log').selectAll().execute());

describe('a reason with personal data', () => {
  it('second attack 2: passing on keeps the reason in her history and export, not in the audit log, and erasure takes it', async () => {
    const id = await submit(s);
    const coordinator = await cookieFor(s, 'eksempelby');
    const res = await post(s, `/koordinator/soknader/${id}/flytt`, coordinator, { forening: 'narvik', confirmed: 'yes', reason: REASON });
    expect(res.status).toBe(303);
    expect(await auditText()).not.toContain('412 34 567');
    const entry = await s.ctx.db.selectFrom('audit_log').select('detail').where('action', '=', 'application.reassigned').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail)).toMatchObject({ reasonGiven: true });

    const admin = await cookieFor(s, 'admin');
    const exported = await (await get(s, `/koordinator/personvern/eksport/${id}`, admin)).text();
    expect(exported).toContain('412 34 567');

    expect((await post(s, `/koordinator/personvern/slett/${id}`, admin, { bekreft: 'yes' })).status).toBe(303);
    expect(JSON.stringify(await s.ctx.db.selectFrom('application_events').selectAll().execute())).not.toContain('412 34 567');
    expect(await auditText()).not.toContain('412 34 567');
  });

  it('second attack 2: declining keeps the reason in her history and export, not in the audit log, and erasure takes it', async () => {
    const id = await submit(s);
    const coordinator = await cookieFor(s, 'eksempelby');
    expect((await post(s, `/koordinator/soknader/${id}/avsla`, coordinator, { confirmed: 'yes', reason: REASON })).status).toBe(303);
    expect(await auditText()).not.toContain('412 34 567');
    const entry = await s.ctx.db.selectFrom('audit_log').select('detail').where('action', '=', 'application.status_changed').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail)).toEqual({ from: 'new', to: 'declined', reasonGiven: true });

    const admin = await cookieFor(s, 'admin');
    expect(await (await get(s, `/koordinator/personvern/eksport/${id}`, admin)).text()).toContain('412 34 567');
    expect((await post(s, `/koordinator/personvern/slett/${id}`, admin, { bekreft: 'yes' })).status).toBe(303);
    expect(JSON.stringify(await s.ctx.db.selectFrom('application_events').selectAll().execute())).not.toContain('412 34 567');
  });
});
