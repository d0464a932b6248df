import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { cookieFor, get, submit } from '../kit/page-testing.js';
import { followUpActionAt } from '../../follow-up/follow-up-schedule.js';
import { dueMoments } from './due-line.js';

let s: TestServer;
beforeEach(async () => {
  // Friday 27 November 2026, 11:00 in Norway; reminders after 3 working days, escalation after 14 days.
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

const DAY = 86_400_000;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const dueLine = async (id: string, lang = '') => {
  const html = await (await get(s, `/koordinator/soknader/${id}${lang}`, await cookieFor(s, 'eksempelby'))).text();
  const start = html.indexOf('<div class="due-line');
  return start < 0 ? null : text(html.slice(start, html.indexOf('</div>', start))).trim();
};

describe('when the first contact falls due, on the application page', () => {
  it('says to call by the day the reminder goes out, and when the national contact is told', async () => {
    const id = await submit(s);
    expect(await dueLine(id)).toBe(
      'Ring innen onsdag 2. desember. Da får koordinatorene en påminnelse på e-post. Har ingen tatt kontakt innen fredag 11. desember, får nasjonal kontaktperson beskjed.',
    );
    expect(await dueLine(id, '?lang=nn')).toContain('Ring innan onsdag 2. desember. Då får koordinatorane ei påminning på e-post.');
    expect(await dueLine(id, '?lang=en')).toContain('Call by Wednesday 2 December. Then the coordinators get a reminder by email. If nobody has been in contact by Friday 11 December');
  });

  it('counts from the last activity, in working days, as the reminder job does', async () => {
    const id = await submit(s);
    // A note on Monday 30 November at 10:00 restarts the clock: three working days on is Thursday 3 December.
    await s.ctx.db.updateTable('applications').set({ last_activity_at: '2026-11-30T09:00:00.000Z' }).where('id', '=', id).execute();
    expect(await dueLine(id)).toMatch(/^Ring innen torsdag 3\. desember\./);
    // The job reminds exactly from that moment, and not a moment before.
    const rules = s.ctx.config.followUp;
    const due = dueMoments({ createdAt: '2026-11-27T10:00:00.000Z', lastActivityAt: '2026-11-30T09:00:00.000Z' }, rules);
    const state = { createdAt: new Date('2026-11-27T10:00:00.000Z'), clockStartsAt: new Date('2026-11-30T09:00:00.000Z'), lastReminderAt: null, escalatedAt: null };
    expect(followUpActionAt(state, due.reminder, rules)).toBe('remind');
    expect(followUpActionAt(state, new Date(due.reminder.getTime() - 1), rules)).toBeNull();
  });

  it('says the day has passed, then that the national contact has been told', async () => {
    const id = await submit(s);
    s.clock.advance(5 * DAY);
    expect(await dueLine(id)).toMatch(/^Fristen for første kontakt var onsdag 2\. desember\. Ring så snart du kan\./);
    expect(await dueLine(id)).toContain('innen fredag 11. desember');
    s.clock.advance(9 * DAY);
    expect(await dueLine(id)).toBe('Nasjonal kontaktperson har fått beskjed fordi ingen har tatt kontakt.');
  });

  it('is gone once a first contact is recorded', async () => {
    const id = await submit(s);
    await s.ctx.db.updateTable('applications').set({ status: 'contacted', first_contact_at: s.clock.now.toISOString() }).where('id', '=', id).execute();
    expect(await dueLine(id)).toBeNull();
  });
});
