import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, PostalCodeLookup } from '../../contract/index.js';
import { addAssociation } from '../associations/testing.js';
import { createTestServer, type TestServer } from '../test-support.js';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

const lookup = (code: string) => s.app.request(`/api/v1/postal-codes/${code}`, { headers: { Origin: 'https://www.example.no' } });

describe('GET /api/v1/postal-codes/:code', () => {
  it('tells the widget which association serves a postal code', async () => {
    const res = await lookup('8514');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect((await res.json()) as PostalCodeLookup).toEqual({
      postalCode: '8514',
      place: 'NARVIK',
      kommune: { number: '1806', name: 'Narvik' },
      associations: [{ slug: 'narvik', name: 'Narvik sanitetsforening' }],
    });
  });

  it('lists every association of a kommune with several, and follows admin changes at once', async () => {
    await addAssociation(s.ctx.db, { slug: 'bjerkvik', name: 'Bjerkvik sanitetsforening', kommuner: ['1806'] });
    expect(((await (await lookup('8530')).json()) as PostalCodeLookup).associations.map((a) => a.slug)).toEqual(['bjerkvik', 'narvik']);
    await addAssociation(s.ctx.db, { slug: 'bjerkvik', active: false });
    expect(((await (await lookup('8530')).json()) as PostalCodeLookup).associations.map((a) => a.slug)).toEqual(['narvik']);
  });

  it('answers a known postal code nobody serves with no associations', async () => {
    expect(await (await lookup('5003')).json()).toEqual({ postalCode: '5003', place: 'BERGEN', kommune: { number: '4601', name: 'Bergen' }, associations: [] });
  });

  it('answers an unknown postal code with 200 and nothing found', async () => {
    const res = await lookup('0002');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ postalCode: '0002', place: null, kommune: null, associations: [] });
  });

  it('refuses anything but four digits with 400 invalid_request', async () => {
    for (const code of ['851', '85140', 'abcd', '85%2014']) {
      const res = await lookup(code);
      expect(res.status, code).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_request');
    }
  });

  it('logs the route pattern, never the postal code', async () => {
    await lookup('9008');
    const line = s.logs.find((l) => l.includes('"msg":"request"') && l.includes('postal-codes'));
    expect(line).toContain('/api/v1/postal-codes/:code');
    expect(s.logs.join('\n')).not.toContain('9008');
  });
});
