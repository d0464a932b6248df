/** Test support for the workspace pages: who is who in the seed, submitting an application, and same-origin requests. */
import type { ApplicationInput } from '../../../contract/index.js';
import { validApplication } from '../../../contract/fixtures.js';
import { listAuditLog } from '../../audit/audit.repository.js';
import { findApplicationIdByReference, findApplicationRow } from '../../applications/application-queries.repository.js';
import { createTestServer, postApplication, type TestServer } from '../../test-support.js';
import { signInAs } from '../auth/testing.js';

/** Coordinators and the national lead from the seed file. Postal code 2317 routes to Eksempelby, 8514 to Narvik. */
const PEOPLE = {
  eksempelby: 'kari.koordinator@eksempelby-sanitet.example',
  narvik: 'koordinator@narvik-sanitet.example',
  admin: 'prosjektleder@nks.example',
} as const;

/** Submits an application through the public API and returns its id. */
export async function submit(s: TestServer, overrides: Partial<ApplicationInput> & { website?: string } = {}): Promise<string> {
  const res = await postApplication(s, { ...validApplication(), ...overrides });
  if (res.status !== 201) throw new Error(`submission failed with ${res.status}: ${await res.text()}`);
  const { reference } = (await res.json()) as { reference: string };
  const id = await findApplicationIdByReference(s.ctx.db, reference);
  if (!id) throw new Error(`no application has the reference ${reference}`);
  return id;
}

/** A session cookie for one of `PEOPLE` (the national lead as admin), valid at the test clock's time. */
export function cookieFor(s: TestServer, who: keyof typeof PEOPLE): Promise<string> {
  return signInAs(s.ctx.db, PEOPLE[who], { role: who === 'admin' ? 'admin' : 'coordinator', now: s.clock.now });
}

/** A GET as a signed-in person. */
export function get(s: TestServer, path: string, cookie: string): Promise<Response> {
  return Promise.resolve(s.app.request(path, { headers: { Cookie: cookie } }));
}

/** A form POST as a browser sends it from a workspace page (`Sec-Fetch-Site: same-origin`). */
export function post(s: TestServer, path: string, cookie: string, form: Record<string, string>, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }): Promise<Response> {
  return Promise.resolve(s.app.request(path, { method: 'POST', headers: { Cookie: cookie, ...headers }, body: new URLSearchParams(form) }));
}

/** The application row, for checking what a request did. */
export async function applicationRow(s: TestServer, id: string) {
  const row = await findApplicationRow(s.ctx.db, id);
  if (!row) throw new Error(`no application has the id ${id}`);
  return row;
}

/** The audit entries, oldest first, without their ids. */
export async function auditEntries(s: TestServer) {
  const rows = await listAuditLog(s.ctx.db);
  return rows.map((r) => ({ action: r.action, accountId: r.account_id, applicationId: r.application_id, associationId: r.association_id, detail: JSON.parse(r.detail) as unknown }));
}

/** A fresh test server and the national admin's session on it: `({ s, admin } = await serverWithAdmin())`. */
export async function serverWithAdmin(): Promise<{ s: TestServer; admin: string }> {
  const s = await createTestServer();
  return { s, admin: await cookieFor(s, 'admin') };
}
