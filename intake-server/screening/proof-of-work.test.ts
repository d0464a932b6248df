import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

async function solvedPayload(): Promise<string> {
  const res = await s.app.request('/api/v1/challenge');
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const challenge = (await res.json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  expect(solution).not.toBeNull();
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

const statuses = async () =>
  (await s.ctx.db.selectFrom('applications').select(['email', 'status', 'quarantine_reason']).orderBy('email').execute()).map((r) => [r.email, r.status, r.quarantine_reason]);

describe('proof of work (ALTCHA)', () => {
  it('accepts a solved challenge once and quarantines a replay, a missing and a forged one', async () => {
    s = await createTestServer({ ALTCHA_SECRET: SECRET });
    const altcha = await solvedPayload();
    for (const [email, extra] of [
      ['a-solved@example.no', { altcha }],
      ['b-replay@example.no', { altcha }],
      ['c-missing@example.no', {}],
      ['d-forged@example.no', { altcha: Buffer.from(JSON.stringify({ challenge: { parameters: { nonce: 'ab', algorithm: 'SHA-256' }, signature: 'x' }, solution: { counter: 1 } })).toString('base64') }],
      ['e-garbage@example.no', { altcha: '%%%' }],
    ] as const) {
      expect((await postApplication(s, validApplication({ email, ...extra }))).status).toBe(201);
    }
    expect(await statuses()).toEqual([
      ['a-solved@example.no', 'new', null],
      ['b-replay@example.no', 'quarantined', 'proof_of_work_replay'],
      ['c-missing@example.no', 'quarantined', 'proof_of_work'],
      ['d-forged@example.no', 'quarantined', 'proof_of_work'],
      ['e-garbage@example.no', 'quarantined', 'proof_of_work'],
    ]);
  });

  it('judges expiry by the service clock: a challenge solved in time is accepted, one sent after 20 minutes is not', async () => {
    s = await createTestServer({ ALTCHA_SECRET: SECRET });
    const inTime = await solvedPayload();
    const late = await solvedPayload();
    s.clock.advance(19 * 60_000);
    expect((await postApplication(s, validApplication({ email: 'a-in-time@example.no', altcha: inTime }))).status).toBe(201);
    s.clock.advance(2 * 60_000);
    expect((await postApplication(s, validApplication({ email: 'b-late@example.no', altcha: late }))).status).toBe(201);
    expect(await statuses()).toEqual([
      ['a-in-time@example.no', 'new', null],
      ['b-late@example.no', 'quarantined', 'proof_of_work'],
    ]);
  });

  it('offers no challenge when the operator has not turned it on, and does not ask for one', async () => {
    s = await createTestServer();
    expect((await s.app.request('/api/v1/challenge')).status).toBe(204);
    await postApplication(s, validApplication());
    expect(await statuses()).toEqual([['kari.nordmann@example.no', 'new', null]]);
  });
});
