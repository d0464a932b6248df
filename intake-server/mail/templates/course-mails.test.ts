import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../contract/index.js';
import { renderText } from '../mail-content.js';
import type { CourseSessionFacts } from '../mail-kinds.js';
import { courseBooked, courseInvitation, courseOffer, courseReminder } from './course-mails.js';

const session: CourseSessionFacts = {
  kind: 'course',
  startsAt: '2026-12-10T17:00:00.000Z',
  endsAt: '2026-12-10T20:00:00.000Z',
  place: 'Storgata 1',
  videoUrl: '',
  associationName: 'Eksempelby sanitetsforening',
};
const url = 'https://intake.example/kurs/abc.1.sig';

describe('the course mails', () => {
  it('say when and where in Norwegian time in every language, with her link', () => {
    const texts = LANGUAGES.map((lang) => renderText(courseReminder({ session, url, daysBefore: 1 }, lang)));
    expect(texts[0]).toContain('Tid: 10. desember 2026 kl. 18:00–21:00');
    expect(texts[1]).toContain('Stad: Storgata 1');
    expect(texts[2]).toContain('Place: Storgata 1');
    for (const text of texts) expect(text).toContain(url);
    expect(courseReminder({ session, url, daysBefore: 7 }, 'nn').subject).toBe('Påminning: kurset om ei veke');
  });

  it('attach a calendar file to her place, whose UID stays the same when the time changes', () => {
    const booked = courseBooked({ session, url, uid: 'b1', sequence: 3, reason: 'booked' }, 'nb');
    const changed = courseBooked({ session: { ...session, startsAt: '2026-12-10T16:00:00.000Z' }, url, uid: 'b1', sequence: 5, reason: 'changed' }, 'en');
    expect(booked.attachments?.[0]?.content).toContain('UID:b1@ressursvenn');
    expect(changed.attachments?.[0]?.content).toContain('UID:b1@ressursvenn');
    expect(changed.attachments?.[0]?.content).toContain('SEQUENCE:5');
    expect(changed.subject).toBe('New time or place for the course');
  });

  it('invite, ask for a new date after a no-show, and offer a freed place with the time it must be claimed by', () => {
    const invited = courseInvitation({ kind: 'info_meeting', associationName: 'Narvik sanitetsforening', url, expiresAt: '2027-01-26T10:00:00.000Z', reason: 'invited' }, 'nn');
    expect(invited.subject).toBe('Vel ein dato for informasjonsmøtet');
    expect(renderText(invited)).toContain('Narvik sanitetsforening inviterer deg til informasjonsmøtet');
    expect(courseInvitation({ kind: 'course', associationName: 'X', url, expiresAt: '2027-01-26T10:00:00.000Z', reason: 'rebook' }, 'en').subject).toBe('Choose a new date for the course');
    expect(renderText(courseOffer({ session, url, expiresAt: '2026-11-29T10:00:00.000Z' }, 'nb'))).toContain('ta den innen 29. november 2026 kl. 11:00');
  });
});
