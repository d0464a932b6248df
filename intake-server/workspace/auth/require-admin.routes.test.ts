import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { cookieFor, get, post } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

describe('an admin-only page asked for by a coordinator', () => {
  it('second attack 13: answers the workspace’s one 404 page, byte for byte the same as for an association not hers', async () => {
    const narvik = await cookieFor(s, 'narvik');
    const notHers = await get(s, '/koordinator?forening=eksempelby', narvik);
    expect(notHers.status).toBe(404);
    const expected = await notHers.text();
    for (const res of [await get(s, '/koordinator/passnokkelkrav', narvik), await post(s, '/koordinator/passnokkelkrav', narvik, { krav: 'ja' })]) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toBe(expected);
    }
    expect((await get(s, '/koordinator/passnokkelkrav', await cookieFor(s, 'admin'))).status).toBe(200);
  });
});
