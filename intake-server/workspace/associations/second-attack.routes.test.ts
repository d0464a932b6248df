/**
 * Second attack, findings 3, 4, 5 and 12: what a lead coordinator (and the admin) can do with the association pages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLeadAs } from '../../associations/association-admin.service.js';
import { findAssociationBySlug } from '../../associations/associations.repository.js';
import { listCoordinators } from '../../associations/coordinators.repository.js';
import { renderMail } from '../../mail/render-mail.js';
import type { TestServer } from '../../test-support.js';
import { cookieFor, get, post, serverWithAdmin } from '../kit/page-testing.js';

const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const ADMIN = 'prosjektleder@nks.example';

let s: TestServer;
let admin: string;
beforeEach(async () => ({ s, admin } = await serverWithAdmin()));
afterEach(() => s.close());

const association = async (slug: string) => (await findAssociationBySlug(s.ctx.db, slug))!;

async function kariAsLead(): Promise<string> {
  const a = await association('eksempelby');
  const kari = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === KARI)!;
  await setLeadAs(s.ctx.db, null, a, kari.id, true, s.clock.now);
  return cookieFor(s, 'eksempelby');
}

describe('a lead adding and removing someone who coordinates elsewhere', () => {
  it('second attack 3: does not sign the national admin out, and the person is mailed both times', async () => {
    const lead = await kariAsLead();
    expect((await post(s, '/koordinator/foreninger/eksempelby/koordinatorer', lead, { name: 'Ikke admin', email: ADMIN })).status).toBe(303);
    const a = await association('eksempelby');
    const added = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === ADMIN)!;
    expect((await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${added.id}/fjern`, lead, { til: '' })).status).toBe(303);

    // The admin's session still works.
    expect((await get(s, '/koordinator/personvern', admin)).status).toBe(200);

    const mails = await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'coordinator_changed').orderBy('created_at').execute();
    expect(mails.map((m) => [JSON.parse(m.recipients), JSON.parse(m.payload).change])).toEqual([
      [[ADMIN], 'added'],
      [[ADMIN], 'removed'],
    ]);
    const welcome = renderMail(mails[0]!).text;
    expect(welcome).toContain('Du ble lagt til som koordinator for Eksempelby sanitetsforening');
    expect(welcome).toContain(`Logg inn på koordinatorsidene med denne e-postadressen:\n${new URL('/koordinator', s.config.publicUrl).href}`);
    const text = renderMail(mails[1]!).text;
    expect(text).toContain('Du ble fjernet som koordinator for Eksempelby sanitetsforening');
    expect(text).not.toContain('/koordinator');
  });

  it('second attack 3: someone who coordinates nothing any more is still signed out at once', async () => {
    const lead = await kariAsLead();
    const ola = await cookieFor(s, 'eksempelby'); // a second session of an Eksempelby coordinator
    const a = await association('eksempelby');
    const others = (await listCoordinators(s.ctx.db, a.id)).filter((c) => c.email !== KARI);
    for (const c of others) await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${c.id}/fjern`, lead, { til: '' });
    // Kari removes herself last: she coordinates nothing now, so her sessions end.
    const kari = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === KARI)!;
    await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${kari.id}/fjern`, lead, { til: '' });
    const res = await get(s, '/koordinator', ola);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/koordinator/logg-inn');
  });
});

describe('allowed origins', () => {
  it('second attack 4: a wildcard is refused as a field error, for a lead and the admin', async () => {
    const lead = await kariAsLead();
    for (const origins of ['https://*', 'http://*', 'https://*.example.no']) {
      const res = await post(s, '/koordinator/foreninger/eksempelby', lead, { email: 'post@eksempelby-sanitet.example', phone: '', origins });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Skriv nettadresser uten sti og uten *');
    }
    expect((await post(s, '/koordinator/foreninger/narvik', admin, { name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', origins: 'https://*', sprak: 'nb', kind: 'local', active: 'ja' })).status).toBe(422);
    expect((await association('eksempelby')).allowedOrigins).not.toContain('https://*');
    // A real host name, an IP address and localhost with a port are still fine.
    const ok = await post(s, '/koordinator/foreninger/eksempelby', lead, { email: 'post@eksempelby-sanitet.example', phone: '', origins: 'https://www.eksempelby.no http://localhost:5173 https://10.0.0.1' });
    expect(ok.status).toBe(303);
    expect((await association('eksempelby')).allowedOrigins).toEqual(['https://www.eksempelby.no', 'http://localhost:5173', 'https://10.0.0.1']);
  });
});

describe('the association’s name and phone', () => {
  it('second attack 5: a phone number with a line break or a link is refused', async () => {
    const lead = await kariAsLead();
    for (const phone of ['4\n\nBankID: https://evil.no/x', 'ring www.evil.no']) {
      const res = await post(s, '/koordinator/foreninger/eksempelby', lead, { email: 'post@eksempelby-sanitet.example', phone, origins: '' });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Skriv telefonnummeret med sifre, mellomrom og + - ( ), høyst 30 tegn.');
    }
    expect((await association('eksempelby')).contactPhone).not.toContain('evil');
    expect((await post(s, '/koordinator/foreninger/eksempelby', lead, { email: 'post@eksempelby-sanitet.example', phone: '+47 (21) 00-00-00', origins: '' })).status).toBe(303);
  });

  it('second attack 5: a name on several lines or with a link is refused', async () => {
    const values = { email: 'post@narvik-sanitet.example', sprak: 'nb', kind: 'local', active: 'ja' };
    for (const name of ['Narvik\n\nBankID: https://evil.no/x', 'Narvik sanitetsforening www.evil.no', 'Narvik\u202Eevil']) {
      const res = await post(s, '/koordinator/foreninger/narvik', admin, { ...values, name });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Skriv navnet på én linje, høyst 200 tegn, uten nettadresse eller e-postadresse.');
    }
    expect((await association('narvik')).name).toBe('Narvik sanitetsforening');
    const created = await post(s, '/koordinator/foreninger/ny', admin, { ...values, name: 'Alta\nhttps://evil.no', slug: 'alta', email: 'post@alta.example' });
    expect(created.status).toBe(422);
  });
});

describe('the admin creating an association', () => {
  it('second attack 12: kind=national is a field error, not a 500', async () => {
    const res = await post(s, '/koordinator/foreninger/ny', admin, { name: 'Alta sanitetsforening', slug: 'alta', email: 'post@alta.example', sprak: 'nb', active: 'ja', kind: 'national' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('<a href="#f-kind">Velg lokalforening eller fylkesforening.</a>');
    expect(await findAssociationBySlug(s.ctx.db, 'alta')).toBeUndefined();
    const change = await post(s, '/koordinator/foreninger/narvik', admin, { name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', sprak: 'nb', kind: 'national', active: 'ja' });
    expect(change.status).toBe(422);
    expect((await association('narvik')).kind).toBe('local');
  });
});
