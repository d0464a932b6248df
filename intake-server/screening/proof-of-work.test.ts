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

// A quarantined submission keeps her first name but not her address (finding 13.16): rows are told apart by first name.
const statuses = async () =>
  (await s.ctx.db.selectFrom('applications').select(['first_name', 'status', 'quarantine_reason']).orderBy('first_name').execute()).map((r) => [r.first_name, r.status, r.quarantine_reason]);

describe('proof of work (ALTCHA)', () => {
  it('accepts a solved challenge once and quarantines a replay, a missing and a forged one', async () => {
    s = await createTestServer({ ALTCHA_SECRET: SECRET });
    const altcha = await solvedPayload();
    for (const [firstName, email, extra] of [
      ['Anne', 'a-solved@example.no', { altcha }],
      ['Berit', 'b-replay@example.no', { altcha }],
      ['Cecilie', 'c-missing@example.no', {}],
      ['Dina', 'd-forged@example.no', { altcha: Buffer.from(JSON.stringify({ challenge: { parameters: { nonce: 'ab', algorithm: 'SHA-256' }, signature: 'x' }, solution: { counter: 1 } })).toString('base64') }],
      ['Eva', 'e-garbage@example.no', { altcha: '%%%' }],
    ] as const) {
      expect((await postApplication(s, validApplication({ firstName, email, ...extra }))).status).toBe(201);
    }
    expect(await statuses()).toEqual([
      ['Anne', 'new', null],
      ['Berit', 'quarantined', 'proof_of_work_replay'],
      ['Cecilie', 'quarantined', 'proof_of_work'],
      ['Dina', 'quarantined', 'proof_of_work'],
      ['Eva', 'quarantined', 'proof_of_work'],
    ]);
  });

  it('judges expiry by the service clock: a challenge solved in time is accepted, one sent after 20 minutes is not', async () => {
    s = await createTestServer({ ALTCHA_SECRET: SECRET });
    const inTime = await solvedPayload();
    const late = await solvedPayload();
    s.clock.advance(19 * 60_000);
    expect((await postApplication(s, validApplication({ firstName: 'Anne', email: 'a-in-time@example.no', altcha: inTime }))).status).toBe(201);
    s.clock.advance(2 * 60_000);
    expect((await postApplication(s, validApplication({ firstName: 'Berit', email: 'b-late@example.no', altcha: late }))).status).toBe(201);
    expect(await statuses()).toEqual([
      ['Anne', 'new', null],
      ['Berit', 'quarantined', 'proof_of_work'],
    ]);
  });

  it('offers no challenge when the operator has not turned it on, and does not ask for one', async () => {
    s = await createTestServer();
    expect((await s.app.request('/api/v1/challenge')).status).toBe(204);
    await postApplication(s, validApplication());
    expect(await statuses()).toEqual([['Kari', 'new', null]]);
  });
});
