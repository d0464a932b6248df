import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationAccepted } from '../../contract/index.js';
import { validApplication } from '../../contract/fixtures.js';
import type { FollowUpEscalationData, FollowUpReminderData } from '../mail/mail-kinds.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';
import { runFollowUp } from './follow-up.job.js';
import { sameDatabaseEnv, startSecondInstance } from '../jobs/testing.js';

let s: TestServer;
beforeEach(async () => {
  // The test clock starts on Friday 27 November 2026, 10:00 UTC (11:00 in Norway).
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

const COORDINATORS = ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example'];
const NATIONAL = ['prosjektleder@nks.example'];

async function apply(overrides: Parameters<typeof validApplication>[0] = {}): Promise<string> {
  const res = await postApplication(s, validApplication(overrides));
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as ApplicationAccepted;
  return (await s.ctx.db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
}

/** Runs the periodic jobs with the clock at `iso`. */
async function runAt(iso: string): Promise<void> {
  s.clock.now = new Date(iso);
  await s.ctx.jobs.runDue();
}

const followUps = (kind: 'follow_up_reminder' | 'follow_up_escalation') =>
  s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', kind).orderBy('created_at').execute();
const events = (id: string) => s.ctx.db.selectFrom('application_events').select(['kind', 'at', 'detail']).where('application_id', '=', id).orderBy('at').execute();

describe('the follow-up of applications nobody has contacted', () => {
  it('reminds the coordinators three working days later: an application from Friday on Wednesday, not Monday', async () => {
    const id = await apply();
    for (const day of ['2026-11-30T10:00:00Z', '2026-12-01T10:00:00Z', '2026-12-02T09:45:00Z']) {
      await runAt(day);
      expect(await followUps('follow_up_reminder'), day).toHaveLength(0);
    }
    await runAt('2026-12-02T10:00:00Z');
    const [reminder, ...more] = await followUps('follow_up_reminder');
    expect(more).toHaveLength(0);
    expect(JSON.parse(reminder!.recipients)).toEqual(COORDINATORS);
    expect(reminder).toMatchObject({ application_id: id, language: 'nb', reply_to: 'post@eksempelby-sanitet.example', status: 'pending' });
    expect(JSON.parse(reminder!.payload) as FollowUpReminderData).toEqual({
      reference: expect.stringMatching(/^RV-/),
      firstName: 'Kari',
      postalCode: '2317',
      kommuneName: 'Hamar',
      associationName: 'Eksempelby sanitetsforening',
      daysWaiting: 5,
      applicationUrl: `https://intake.example/koordinator/soknader/${id}`,
      fallback: false,
      escalationDays: 14,
    });
    expect(await events(id)).toEqual([{ kind: 'reminder', at: '2026-12-02T10:00:00.000Z', detail: '{"days":5,"recipients":2}' }]);
    const row = await s.ctx.db.selectFrom('applications').select(['last_reminder_at', 'last_activity_at']).where('id', '=', id).executeTakeFirstOrThrow();
    // A reminder is not activity: an application nobody answers must still expire.
    expect(row).toEqual({ last_reminder_at: '2026-12-02T10:00:00.000Z', last_activity_at: '2026-11-27T10:00:00.000Z' });

    await s.ctx.worker.drainOnce();
    const sent = s.mailer.sent.find((m) => m.subject.startsWith('Påminnelse'))!;
    expect(sent.to).toEqual(COORDINATORS);
    expect(sent.text).toContain('Kari (postnummer 2317, Hamar kommune) søkte om å bli ressursvenn hos Eksempelby sanitetsforening for 5 dager siden');
    for (const secret of ['Nordmann', 'kari.nordmann@example.no', '41234567', 'turer', 'engelsk']) expect(sent.text + sent.html).not.toContain(secret);
  });

  it('reminds at most once a Norwegian calendar day, and only on working days', async () => {
    await apply();
    await runAt('2026-12-02T10:00:00Z');
    await runAt('2026-12-02T15:00:00Z');
    await runAt('2026-12-02T22:30:00Z'); // 23:30 in Norway, still Wednesday
    expect(await followUps('follow_up_reminder')).toHaveLength(1);
    await runAt('2026-12-02T23:30:00Z'); // 00:30 on Thursday in Norway
    expect(await followUps('follow_up_reminder')).toHaveLength(2);
    await runAt('2026-12-03T10:00:00Z');
    await runAt('2026-12-04T10:00:00Z'); // Friday
    await runAt('2026-12-05T10:00:00Z'); // Saturday
    await runAt('2026-12-06T10:00:00Z'); // Sunday
    expect(await followUps('follow_up_reminder')).toHaveLength(3);
    await runAt('2026-12-07T10:00:00Z');
    expect(await followUps('follow_up_reminder')).toHaveLength(4);
  });

  it('escalates to the national contact after 14 days, once, and then reminds no more', async () => {
    const id = await apply();
    for (let day = 1; day <= 14; day++) await runAt(new Date(Date.parse('2026-11-27T09:00:00Z') + day * 86_400_000).toISOString());
    expect(await followUps('follow_up_escalation')).toHaveLength(0);
    const reminders = (await followUps('follow_up_reminder')).length;
    // At 09:00 on Thursday 3 to Friday 11 December (on Wednesday, 09:00 is before 11:00 in Norway): seven working days.
    expect(reminders).toBe(7);

    await runAt('2026-12-11T10:00:00Z');
    const [escalation, ...more] = await followUps('follow_up_escalation');
    expect(more).toHaveLength(0);
    expect(JSON.parse(escalation!.recipients)).toEqual(NATIONAL);
    expect(escalation!.reply_to).toBe('post@eksempelby-sanitet.example');
    expect(JSON.parse(escalation!.payload) as FollowUpEscalationData).toMatchObject({ daysWaiting: 14, remindersSent: 7, associationName: 'Eksempelby sanitetsforening', fallback: false });
    expect((await events(id)).at(-1)).toEqual({ kind: 'escalated', at: '2026-12-11T10:00:00.000Z', detail: '{"days":14,"reminders":7}' });

    for (const day of ['2026-12-11T15:00:00Z', '2026-12-14T10:00:00Z', '2026-12-28T10:00:00Z']) await runAt(day);
    expect(await followUps('follow_up_escalation')).toHaveLength(1);
    expect(await followUps('follow_up_reminder')).toHaveLength(reminders);

    await s.ctx.worker.drainOnce();
    const sent = s.mailer.sent.find((m) => m.to.includes(NATIONAL[0]!) && m.subject.startsWith('Ingen kontakt'))!;
    expect(sent.subject).toMatch(/^Ingen kontakt etter 14 dager \(RV-/);
    expect(sent.text).toContain('Koordinatorene har fått 7 påminnelser.');
  });

  it('sends nothing once contact is recorded', async () => {
    const contacted = await apply({ email: 'a@example.no' });
    const noted = await apply({ email: 'b@example.no' });
    await runAt('2026-12-01T12:00:00Z');
    await s.ctx.db.updateTable('applications').set({ status: 'contacted', first_contact_at: s.clock.now.toISOString() }).where('id', '=', contacted).execute();
    // Contact recorded while the status is still new counts too.
    await s.ctx.db.updateTable('applications').set({ first_contact_at: s.clock.now.toISOString() }).where('id', '=', noted).execute();
    for (const day of ['2026-12-02T10:00:00Z', '2026-12-03T10:00:00Z', '2026-12-11T10:00:00Z', '2026-12-20T10:00:00Z']) await runAt(day);
    expect(await followUps('follow_up_reminder')).toHaveLength(0);
    expect(await followUps('follow_up_escalation')).toHaveLength(0);
  });

  it('reminds the national contact of an unrouted application', async () => {
    // Oslo (0150) has no association in the seed, and the page names none that exists.
    const id = await apply({ association: 'finnes-ikke', postalCode: '0150' });
    await runAt('2026-12-02T10:00:00Z');
    const [reminder] = await followUps('follow_up_reminder');
    expect(JSON.parse(reminder!.recipients)).toEqual(NATIONAL);
    expect(JSON.parse(reminder!.payload)).toMatchObject({ fallback: true, associationName: 'Norske Kvinners Sanitetsforening sentralt' });
    await s.ctx.worker.drainOnce();
    expect(s.mailer.sent.find((m) => m.subject.startsWith('Påminnelse'))!.text).toContain('Ingen lokalforening har søknaden.');
    expect((await events(id)).map((e) => e.kind)).toEqual(['reminder']);
  });

  it('starts the reminder clock again on recorded work, but not the escalation clock', async () => {
    const id = await apply();
    // Passed on to Narvik on Tuesday 1 December, as the workspace does it: its coordinators have until Friday 4 December.
    const narvik = await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'narvik').executeTakeFirstOrThrow();
    await s.ctx.db.updateTable('applications').set({ association_id: narvik.id, last_activity_at: '2026-12-01T12:00:00.000Z' }).where('id', '=', id).execute();
    await s.ctx.db.deleteFrom('application_associations').where('application_id', '=', id).execute();
    await s.ctx.db.insertInto('application_associations').values({ application_id: id, association_id: narvik.id }).execute();
    await runAt('2026-12-02T10:00:00Z');
    await runAt('2026-12-04T11:45:00Z');
    expect(await followUps('follow_up_reminder')).toHaveLength(0);
    await runAt('2026-12-04T12:00:00Z');
    const [reminder] = await followUps('follow_up_reminder');
    expect(JSON.parse(reminder!.recipients)).toEqual(['koordinator@narvik-sanitet.example']);
    expect(JSON.parse(reminder!.payload).associationName).toBe('Narvik sanitetsforening');

    // A note on Monday 7 December: the next reminder waits three working days from it, to Thursday 10 December.
    await s.ctx.db.updateTable('applications').set({ last_activity_at: '2026-12-07T08:00:00.000Z' }).where('id', '=', id).execute();
    await runAt('2026-12-07T10:00:00Z');
    await runAt('2026-12-09T10:00:00Z');
    expect(await followUps('follow_up_reminder')).toHaveLength(1);
    await runAt('2026-12-10T10:00:00Z');
    expect(await followUps('follow_up_reminder')).toHaveLength(2);

    // Fourteen days after arrival, whatever happened in between.
    await runAt('2026-12-11T10:00:00Z');
    expect(await followUps('follow_up_escalation')).toHaveLength(1);
  });

  it('writes each reminder once when two instances on one database run the jobs at the same moment', async () => {
    await apply();
    const other = await startSecondInstance(sameDatabaseEnv(s.config));
    try {
      for (const day of ['2026-12-02T10:00:00Z', '2026-12-03T10:00:00Z', '2026-12-04T10:00:00Z']) {
        s.clock.now = new Date(day);
        const results = await Promise.all([s.ctx.jobs.runDue(), other.runDue(s.clock.now)]);
        expect(results.flat().filter((r) => r.name === 'follow_up' && r.outcome === 'ran'), day).toHaveLength(1);
      }
      expect(await followUps('follow_up_reminder')).toHaveLength(3);
    } finally {
      await other.stop();
    }
  });

  it('writes each reminder once when two passes race past the job lock', async () => {
    await apply();
    const at = new Date('2026-12-02T10:00:00Z');
    const deps = { db: s.ctx.db, publicUrl: s.config.publicUrl, rules: s.config.followUp, onQueued: () => {} };
    // Both passes read the application as due before either writes; the conditional update lets one through.
    const counts = await Promise.all([runFollowUp(deps, at), runFollowUp(deps, at), runFollowUp(deps, at)]);
    expect(counts.map((c) => c.reminders).sort()).toEqual([0, 0, 1]);
    expect(await followUps('follow_up_reminder')).toHaveLength(1);
    expect((await s.ctx.db.selectFrom('application_events').select('kind').execute()).map((e) => e.kind)).toEqual(['reminder']);
  });
});
