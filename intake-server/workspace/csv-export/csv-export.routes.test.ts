import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

describe('GET /koordinator/eksport.csv', () => {
  it('downloads the association’s applications as CSV that Excel opens safely', async () => {
    const id = await submit(s, { firstName: '=SUM(A1+A2)', lastName: '+Nordmann', motivation: 'Mine egne ord' });
    await submit(s, { firstName: 'Spambot', email: 'spam@example.no', website: 'https://spam.example' });
    await submit(s, { firstName: 'Nora', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    const cookie = await cookieFor(s, 'eksempelby');
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { course_completed: '2026-11-27' });
    await submit(s, { firstName: 'Igjen', email: 'kari.nordmann@example.no' });

    const res = await get(s, '/koordinator/eksport.csv?forening=eksempelby', cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ressursvenn-eksempelby-2026-11-27.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^"Referanse";"Status";"Søkte";"Fornavn";"Etternavn";"E-post";"Telefon"/);
    const cells = lines[1]!.split(';');
    expect(cells.every((c) => c.startsWith('"') && c.endsWith('"'))).toBe(true);
    expect(cells.slice(1, 7)).toEqual(['"Ny"', '"2026-11-27"', `"'=SUM(A1+A2)"`, `"'+Nordmann"`, '"kari.nordmann@example.no"', '"412 34 567"']);
    expect(cells[12]).toBe('"2026-11-27"');
    expect(lines[2]).toBe('');
    const text = new TextDecoder().decode(bytes);
    for (const absent of ['Mine egne ord', 'Spambot', 'Nora', 'Igjen']) expect(text).not.toContain(absent);
  });

  it('records the download in the audit log, with the association and the number of rows', async () => {
    await submit(s);
    await get(s, '/koordinator/eksport.csv?forening=eksempelby', await cookieFor(s, 'eksempelby'));
    const eksempelby = await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'eksempelby').executeTakeFirstOrThrow();
    expect((await auditEntries(s)).at(-1)).toMatchObject({ action: 'association.exported', associationId: eksempelby.id, applicationId: null, detail: { rows: 1 } });
  });

  it('writes the column names in English for an English page', async () => {
    const res = await get(s, '/koordinator/eksport.csv?forening=eksempelby&lang=en', await cookieFor(s, 'eksempelby'));
    expect(await res.text()).toMatch(/^"Reference";"Status";"Applied";"First name"/);
  });

  it('lets the admin download any association', async () => {
    await submit(s, { firstName: 'Nora', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    const res = await get(s, '/koordinator/eksport.csv?forening=narvik', await cookieFor(s, 'admin'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('"Nora"');
  });

  it('answers 404 without an association', async () => {
    expect((await get(s, '/koordinator/eksport.csv', await cookieFor(s, 'eksempelby'))).status).toBe(404);
  });
});
