import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../contract/index.js';
import { renderText } from '../mail-content.js';
import type { MailKind } from '../mail-kinds.js';
import { deadLetterAlert } from './dead-letter-alert.js';

/** Every mail kind; typed so that a new kind in `MailData` fails to compile here until it is listed. */
const EVERY_KIND: Record<MailKind, true> = {
  coordinator_notice: true,
  reassigned_notice: true,
  applicant_receipt: true,
  application_withdrawn: true,
  applicant_reassigned: true,
  applicant_closed: true,
  dead_letter_alert: true,
  smtp_auth_alert: true,
  association_limit_alert: true,
  coordinator_changed: true,
  sign_in_link: true,
  passkey_changed: true,
  follow_up_reminder: true,
  follow_up_escalation: true,
  course_invitation: true,
  course_booked: true,
  course_reminder: true,
  course_offer: true,
};
const kinds = Object.keys(EVERY_KIND) as MailKind[];

describe('the dead-letter alert', () => {
  it('names every mail kind in words in every language, never its code', () => {
    for (const lang of LANGUAGES) {
      const text = renderText(deadLetterAlert({ count: kinds.length, kinds, reasons: ['550'], breakdown: kinds.map((kind) => ({ kind, reason: 'EENVELOPE 550', count: 1 })) }, lang));
      for (const kind of kinds) expect(text, `${kind} in ${lang}`).not.toContain(kind);
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      const apart = renderText(deadLetterAlert({ count: kinds.length, kinds, reasons: ['EMESSAGE'] }, lang));
      for (const kind of kinds) expect(apart, `${kind} in ${lang}`).not.toContain(kind);
    }
    const nb = renderText(deadLetterAlert({ count: 1, kinds: ['sign_in_link'], reasons: [], breakdown: [{ kind: 'sign_in_link', reason: 'EENVELOPE 550', count: 1 }] }, 'nb'));
    expect(nb).toContain('1 × innloggingslenke: mottakerens e-posttjener avviste den (550)');
    expect(nb).toContain('Søknadene de gjelder, er lagret.');
    const nn = renderText(deadLetterAlert({ count: 1, kinds: ['passkey_changed'], reasons: [], breakdown: [{ kind: 'passkey_changed', reason: 'ERECIPIENT', count: 1 }] }, 'nn'));
    expect(nn).toContain('1 × melding om endra passnøkkel: ugyldig mottakaradresse, vart aldri sendt');
    const en = renderText(deadLetterAlert({ count: 2, kinds: ['follow_up_reminder'], reasons: [], breakdown: [{ kind: 'follow_up_reminder', reason: 'max_attempts 421', count: 2 }] }, 'en'));
    expect(en).toContain('2 × reminder to a coordinator: gave up after too many attempts (last: 421)');
  });

  it('shows a kind this version does not know as stored, rather than nothing', () => {
    const text = renderText(deadLetterAlert({ count: 1, kinds: ['retired_kind'], reasons: ['EMESSAGE'] }, 'en'));
    expect(text).toContain('retired_kind');
  });
});
