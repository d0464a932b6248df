import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../outbox/outbox.table.js';
import { renderMail } from './render-mail.js';

function row(kind: string, language: string, payload: unknown): OutboxRow {
  return {
    id: 'x', application_id: null, kind, language, payload: JSON.stringify(payload), recipients: '["a@example.no"]', reply_to: null,
    status: 'pending', attempts: 1, next_attempt_at: '', lease_until: null, last_error: null, created_at: '', sent_at: null,
  };
}

const notice = { reference: 'RV-AAAA-BBBB', firstName: '<script>alert(1)</script>', postalCode: '8514', associationName: 'Narvik & omegn', flags: ['under_25'], applicationUrl: 'https://intake.example/koordinator/soknader/1?a=1&b="2"', fallback: false };

describe('rendering mail', () => {
  it('escapes every value in the HTML part and keeps the text part plain', () => {
    const m = renderMail(row('coordinator_notice', 'nb', notice));
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.html).toContain('Narvik &amp; omegn');
    expect(m.html).toContain('href="https://intake.example/koordinator/soknader/1?a=1&amp;b=&quot;2&quot;"');
    expect(m.text).toContain('<script>alert(1)</script> (postnummer 8514)');
    expect(m.text).toContain('Har svart nei på om søkeren er 25 år eller eldre.');
  });

  it('writes the receipt in the applicant’s language', () => {
    const data = { reference: 'RV-AAAA-BBBB', associationName: 'Fjordheim sanitetslag', contactEmail: 'post@fjordheim.example', contactPhone: null };
    expect(renderMail(row('applicant_receipt', 'nb', data)).subject).toBe('Vi har mottatt søknaden din om å bli ressursvenn (RV-AAAA-BBBB)');
    expect(renderMail(row('applicant_receipt', 'nn', data)).subject).toBe('Vi har fått søknaden din om å bli ressursven (RV-AAAA-BBBB)');
    expect(renderMail(row('applicant_receipt', 'en', data)).subject).toBe('We have received your Ressursvenn application (RV-AAAA-BBBB)');
    expect(renderMail(row('applicant_receipt', 'en', data)).html).toContain('<html lang="en">');
  });

  it('refuses an unknown kind or a broken payload with a render error', () => {
    expect(() => renderMail(row('love_letter', 'nb', {}))).toThrow(/unknown mail kind/);
    expect(() => renderMail({ ...row('applicant_receipt', 'nb', {}), payload: '{' })).toThrow(/cannot render/);
  });
});
