import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, PostalCodeLookup } from '../../contract/index.js';
import { addAssociation } from '../associations/testing.js';
import { createTestServer, type TestServer } from '../test-support.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const lookup = (code: string, page?: string) =>
  s.app.request(`/api/v1/postal-codes/${code}${page === undefined ? '' : `?page=${page}`}`, { headers: { Origin: 'https://www.example.no' } });
const NATIONAL = { slug: null, name: 'Norske Kvinners Sanitetsforening sentralt', email: 'ressursvenn@nks.example', phone: '21 00 00 00', kind: 'national' };

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
      associations: [{ slug: 'narvik', name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example' }],
      unknownPostalCode: false,
    });
  });

  it('lists every association of a kommune with several, and follows admin changes at once', async () => {
    await addAssociation(s.ctx.db, { slug: 'bjerkvik', name: 'Bjerkvik sanitetsforening', kommuner: ['1806'] });
    expect(((await (await lookup('8530')).json()) as PostalCodeLookup).associations.map((a) => a.slug)).toEqual(['bjerkvik', 'narvik']);
    await addAssociation(s.ctx.db, { slug: 'bjerkvik', active: false });
    expect(((await (await lookup('8530')).json()) as PostalCodeLookup).associations.map((a) => a.slug)).toEqual(['narvik']);
  });

  it('answers a known postal code nobody serves with no associations, and the national contact as the fallback without a page', async () => {
    expect(await (await lookup('5003')).json()).toEqual({
      postalCode: '5003',
      place: 'BERGEN',
      kommune: { number: '4601', name: 'Bergen' },
      associations: [],
      fallback: NATIONAL,
      unknownPostalCode: false,
    });
  });

  it('issue 16: names the fallback routing itself would use for the page: the page’s association, else a county association, else the national contact', async () => {
    const fallback = async (code: string, page?: string) => ((await (await lookup(code, page)).json()) as PostalCodeLookup).fallback;
    expect(await fallback('5003', 'eksempelby')).toEqual({
      slug: 'eksempelby',
      name: 'Eksempelby sanitetsforening',
      email: 'post@eksempelby-sanitet.example',
      phone: '400 00 000',
      kind: 'page',
    });
    // A page naming nobody we know, or in the wrong shape, is no association: routing ignores it too.
    expect(await fallback('5003', 'ukjent')).toEqual(NATIONAL);
    expect(await fallback('5003', 'Eksempelby%20')).toEqual(NATIONAL);
    await addAssociation(s.ctx.db, { slug: 'vestland', name: 'Vestland sanitetsforening', kind: 'county', countyNumber: '46' });
    expect(await fallback('5003', 'ukjent')).toMatchObject({ slug: 'vestland', name: 'Vestland sanitetsforening', kind: 'county' });
    // The page's own association comes before the county, as in routing.
    expect(await fallback('5003', 'eksempelby')).toMatchObject({ slug: 'eksempelby', kind: 'page' });
    // A local association serving the code: no fallback; the applicant confirms it.
    const served = (await (await lookup('8514', 'eksempelby')).json()) as PostalCodeLookup;
    expect(served.associations.map((a) => a.slug)).toEqual(['narvik']);
    expect(served.fallback).toBeUndefined();
  });

  it('says that a postal code the register does not have is unknown, and still names where it would go', async () => {
    const res = await lookup('0002', 'eksempelby');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      postalCode: '0002',
      place: null,
      kommune: null,
      associations: [],
      fallback: expect.objectContaining({ slug: 'eksempelby', kind: 'page' }),
      unknownPostalCode: true,
    });
  });

  it('does not call a code unknown that a postal range holds', async () => {
    // 0003 is not in the sample register; a new association's range holds it.
    expect(((await (await lookup('0003')).json()) as PostalCodeLookup).unknownPostalCode).toBe(true);
    await addAssociation(s.ctx.db, { slug: 'nyby', name: 'Nyby sanitetsforening', postalRanges: [{ from: '0003', to: '0004' }] });
    const body = (await (await lookup('0003')).json()) as PostalCodeLookup;
    expect(body.place).toBeNull();
    expect(body.unknownPostalCode).toBe(false);
    expect(body.associations.map((a) => a.slug)).toEqual(['nyby']);
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
