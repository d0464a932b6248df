import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../outbox/outbox.table.js';
import type { FollowUpEscalationData, FollowUpReminderData } from './mail-kinds.js';
import { renderMail } from './render-mail.js';

function row(kind: string, language: string, payload: unknown): OutboxRow {
  return {
    id: 'x', application_id: 'a', kind, language, payload: JSON.stringify(payload), recipients: '["koordinator@example.no"]', reply_to: 'post@example.no',
    status: 'pending', attempts: 1, next_attempt_at: '', lease_until: null, last_error: null, created_at: '', sent_at: null,
  };
}

const applicant = {
  reference: 'RV-AAAA-BBBB',
  firstName: 'Kari',
  postalCode: '8514',
  kommuneName: 'Narvik',
  associationName: 'Narvik sanitetsforening',
  daysWaiting: 5,
  applicationUrl: 'https://intake.example/koordinator/soknader/1',
  fallback: false,
};
const reminder: FollowUpReminderData = { ...applicant, escalationDays: 14 };
const escalation: FollowUpEscalationData = { ...applicant, daysWaiting: 14, remindersSent: 7 };

describe('the follow-up reminder', () => {
  it('says who has waited how long, and links to the application, in the association’s language', () => {
    const nb = renderMail(row('follow_up_reminder', 'nb', reminder));
    expect(nb.subject).toBe('Påminnelse: en søker venter på å bli kontaktet (RV-AAAA-BBBB)');
    expect(nb.text).toBe(
      [
        'Kari (postnummer 8514, Narvik kommune) søkte om å bli ressursvenn hos Narvik sanitetsforening for 5 dager siden, og det er ikke registrert noen kontakt med søkeren ennå.',
        'Ta kontakt med søkeren og registrer det i søknaden, så stopper påminnelsene.',
        'Åpne søknaden:\nhttps://intake.example/koordinator/soknader/1',
        'Etter 14 dager uten kontakt får nasjonal kontaktperson beskjed. Referanse: RV-AAAA-BBBB.',
      ].join('\n\n') + '\n',
    );
    const nn = renderMail(row('follow_up_reminder', 'nn', reminder));
    expect(nn.subject).toBe('Påminning: ein søkjar ventar på å bli kontakta (RV-AAAA-BBBB)');
    expect(nn.text).toContain('søkte om å bli ressursvenn hos Narvik sanitetsforening for 5 dagar sidan');
    const en = renderMail(row('follow_up_reminder', 'en', { ...reminder, daysWaiting: 1, kommuneName: null }));
    expect(en.subject).toBe('Reminder: an applicant is waiting to be contacted (RV-AAAA-BBBB)');
    expect(en.text).toContain('Kari (postcode 8514) applied to become a Ressursvenn volunteer with Narvik sanitetsforening 1 day ago');
    expect(en.html).toContain('<html lang="en">');
  });

  it('asks the national contact to pass an unrouted application on', () => {
    expect(renderMail(row('follow_up_reminder', 'nb', { ...reminder, fallback: true })).text).toContain('Ingen lokalforening har søknaden. Sett søkeren i kontakt med riktig lokalforening.');
  });

  it('escapes every value in the HTML part', () => {
    const m = renderMail(row('follow_up_reminder', 'nb', { ...reminder, firstName: '<img src=x onerror=alert(1)>', kommuneName: 'A & B' }));
    expect(m.html).not.toContain('<img');
    expect(m.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(m.html).toContain('A &amp; B kommune');
  });
});

describe('the follow-up escalation', () => {
  it('tells the national contact how long and how many reminders, and where a reply goes', () => {
    const nb = renderMail(row('follow_up_escalation', 'nb', escalation));
    expect(nb.subject).toBe('Ingen kontakt etter 14 dager (RV-AAAA-BBBB)');
    expect(nb.text).toContain('Kari (postnummer 8514, Narvik kommune) søkte om å bli ressursvenn hos Narvik sanitetsforening for 14 dager siden');
    expect(nb.text).toContain('Koordinatorene har fått 7 påminnelser.');
    expect(nb.text).toContain('Ta kontakt med foreningen, eller send søknaden videre til en annen forening.');
    expect(nb.text).toContain('Et svar på denne e-posten går til Narvik sanitetsforening.');
    expect(renderMail(row('follow_up_escalation', 'nn', { ...escalation, remindersSent: 1 })).text).toContain('Koordinatorane har fått éi påminning.');
    expect(renderMail(row('follow_up_escalation', 'en', escalation)).subject).toBe('No contact after 14 days (RV-AAAA-BBBB)');
  });

  it('leaves out the reminders when there were none, and the reply line for an unrouted application', () => {
    const m = renderMail(row('follow_up_escalation', 'nb', { ...escalation, remindersSent: 0, fallback: true }));
    expect(m.text).not.toContain('påminnelse');
    expect(m.text).not.toContain('Et svar på denne e-posten');
    expect(m.text).toContain('Ingen lokalforening har søknaden.');
  });
});
