import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../outbox/outbox.table.js';
import { renderMail, type RenderError } from './render-mail.js';

function row(kind: string, language: string, payload: unknown): OutboxRow {
  return {
    id: 'x', application_id: null, kind, language, payload: JSON.stringify(payload), recipients: '["a@example.no"]', reply_to: null,
    status: 'pending', attempts: 1, next_attempt_at: '', lease_until: null, last_error: null, created_at: '', sent_at: null,
  };
}

const notice = { reference: 'RV-AAAA-BBBB', firstName: 'Kari', postalCode: '8514', kommuneName: '<script>alert(1)</script>', associationName: 'Narvik & omegn', flags: ['under_25'], applicationUrl: 'https://intake.example/koordinator/soknader/1?a=1&b="2"', fallback: false };

describe('rendering mail', () => {
  it('escapes every value in the HTML part and keeps the text part plain', () => {
    const m = renderMail(row('coordinator_notice', 'nb', notice));
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.html).toContain('Narvik &amp; omegn');
    expect(m.html).toContain('href="https://intake.example/koordinator/soknader/1?a=1&amp;b=&quot;2&quot;"');
    expect(m.text).toContain('Sted: postnummer 8514, <script>alert(1)</script> kommune');
    expect(m.text).toContain('Svarte nei på «Er du 25 år eller eldre?».');
  });

  it('writes the receipt in the applicant’s language', () => {
    const data = { reference: 'RV-AAAA-BBBB', associationName: 'Fjordheim sanitetslag', contactEmail: 'post@fjordheim.example', contactPhone: null };
    expect(renderMail(row('applicant_receipt', 'nb', data)).subject).toBe('Vi har mottatt søknaden din om å bli ressursvenn (RV-AAAA-BBBB)');
    expect(renderMail(row('applicant_receipt', 'nn', data)).subject).toBe('Vi har fått søknaden din om å bli ressursvenn (RV-AAAA-BBBB)');
    expect(renderMail(row('applicant_receipt', 'en', data)).subject).toBe('We have received your Ressursvenn application (RV-AAAA-BBBB)');
    expect(renderMail(row('applicant_receipt', 'en', data)).html).toContain('<html lang="en">');
  });

  it('refuses an unknown kind or a broken payload with a render error', () => {
    expect(() => renderMail(row('love_letter', 'nb', {}))).toThrow(/unknown mail kind/);
    expect(() => renderMail({ ...row('applicant_receipt', 'nb', {}), payload: '{' })).toThrow(/cannot render/);
  });

  it('refuses recipients and reply-to addresses that are not one plain address each', () => {
    const receipt = row('applicant_receipt', 'nb', { reference: 'RV-AAAA-BBBB', associationName: 'A', contactEmail: 'post@a.example', contactPhone: null });
    const code = (r: OutboxRow) => {
      try {
        renderMail(r);
        return 'rendered';
      } catch (err) {
        return (err as RenderError).code;
      }
    };
    expect(code(receipt)).toBe('rendered');
    for (const recipients of ['["a@example.no, b@example.no"]', '["Eve <eve@example.no>"]', '["a@example.no\\r\\nBcc: eve@example.no"]', '[]', '"a@example.no"', '[1]', 'nope']) {
      expect(code({ ...receipt, recipients }), recipients).toBe('ERECIPIENT');
    }
    expect(code({ ...receipt, reply_to: 'post@a.example, eve@example.no' })).toBe('ERECIPIENT');
    expect(renderMail({ ...receipt, recipients: '["a@example.no","A@example.no","b@example.no"]' }).to).toEqual(['a@example.no', 'b@example.no']);
  });
});

describe('the coordinator notice', () => {
  const base = { reference: 'RV-AAAA-BBBB', firstName: 'Kari', postalCode: '8514', associationName: 'Narvik sanitetsforening', flags: [], applicationUrl: 'https://intake.example/koordinator/soknader/1', fallback: false };

  it('names the kommune when the register knows it, in every language', () => {
    const withKommune = { ...base, kommuneName: 'Narvik' };
    expect(renderMail(row('coordinator_notice', 'nb', withKommune)).text).toContain(
      'Ny søknad om å bli ressursvenn hos Narvik sanitetsforening.\n\n- Fornavn, slik søkeren skrev det: «Kari»\n- Sted: postnummer 8514, Narvik kommune',
    );
    expect(renderMail(row('coordinator_notice', 'nn', withKommune)).text).toContain(
      'Ny søknad om å bli ressursvenn hos Narvik sanitetsforening.\n\n- Førenamn, slik søkjaren skreiv det: «Kari»\n- Stad: postnummer 8514, Narvik kommune',
    );
    expect(renderMail(row('coordinator_notice', 'en', withKommune)).text).toContain(
      'New application to become a Ressursvenn volunteer with Narvik sanitetsforening.\n\n- First name, as the applicant typed it: “Kari”\n- Place: postcode 8514, Narvik municipality',
    );
    expect(renderMail(row('coordinator_notice', 'nb', { ...base, kommuneName: null })).text).toContain('- Sted: postnummer 8514\n');
  });

  it('names the other associations that got the same application', () => {
    const shared = (sharedWith: string[], lang = 'nb') => renderMail(row('coordinator_notice', lang, { ...base, sharedWith })).text;
    expect(shared(['Ankenes sanitetsforening', 'Bjerkvik sanitetsforening'])).toContain(
      'Søknaden er sendt til dere og til Ankenes sanitetsforening og Bjerkvik sanitetsforening. Avtal hvem som tar kontakt med søkeren.',
    );
    expect(shared(['A', 'B', 'C'], 'nn')).toContain('Søknaden er sendt til dykk og til A, B og C. Avtal kven som tek kontakt med søkjaren.');
    expect(shared(['A'], 'en')).toContain('The application was sent to you and to A. Agree on who contacts the applicant.');
    expect(shared([])).not.toContain('Søknaden er sendt til dere');
  });

  it('carries contact details only when the association chose them, and never free text', () => {
    const details = { lastName: 'Nordmann', email: 'kari.nordmann@example.no', phone: '+4741234567' };
    const full = renderMail(row('coordinator_notice', 'nb', { ...base, details }));
    expect(full.text).toContain('Kontaktopplysninger (foreningen har valgt å få dem i varselet):\n\n- Navn, slik søkeren skrev det: «Kari Nordmann»\n- E-post: kari.nordmann@example.no\n- Telefon: +4741234567');
    expect(renderMail(row('coordinator_notice', 'en', { ...base, details })).text).toContain('- Email: kari.nordmann@example.no');
    const minimal = renderMail(row('coordinator_notice', 'nb', { ...base, details: null }));
    expect(minimal.text + minimal.html).not.toMatch(/Nordmann|kari\.nordmann|41234567|Kontaktopplysninger/);
  });

  it('escapes the kommune, the shared associations and the details in HTML', () => {
    const m = renderMail(
      row('coordinator_notice', 'nb', {
        ...base,
        kommuneName: '<b>Narvik</b>',
        sharedWith: ['A & B <script>'],
        details: { lastName: 'Nordmann', email: '"><img src=x onerror=alert(1)>@example.no', phone: '1' },
      }),
    );
    expect(m.html).not.toMatch(/<b>|<script>|<img/);
    expect(m.html).toContain('&lt;b&gt;Narvik&lt;/b&gt; kommune');
    expect(m.html).toContain('A &amp; B &lt;script&gt;');
    expect(m.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('alerts to the national contact', () => {
  it('writes a dead-letter alert with counts, kinds and reasons in words, and nothing personal', () => {
    const data = {
      count: 4,
      kinds: ['applicant_receipt', 'coordinator_notice'],
      reasons: ['EENVELOPE 550', 'max_attempts ETIMEDOUT'],
      breakdown: [
        { kind: 'applicant_receipt', reason: 'EENVELOPE 550', count: 3 },
        { kind: 'coordinator_notice', reason: 'max_attempts ETIMEDOUT', count: 1 },
      ],
    };
    const nb = renderMail(row('dead_letter_alert', 'nb', data));
    expect(nb.subject).toBe('Ressursvenn: 4 e-poster kunne ikke leveres');
    expect(nb.text).toContain('- 3 × kvittering til søker: mottakerens e-posttjener avviste den (550)');
    expect(nb.text).toContain('- 1 × varsel om ny søknad til koordinator: ga opp etter for mange forsøk (sist: ETIMEDOUT)');
    expect(nb.text).toContain('høyst ett slikt varsel i timen');
    const en = renderMail(row('dead_letter_alert', 'en', { ...data, count: 1 }));
    expect(en.subject).toBe('Ressursvenn: 1 email could not be delivered');
    expect(en.html).toContain('<html lang="en">');
  });

  it('lists kinds and reasons apart when an alert has no breakdown, escaping unknown codes', () => {
    const m = renderMail(row('dead_letter_alert', 'nb', { count: 2, kinds: ['applicant_receipt'], reasons: ['ERECIPIENT', '<odd>'] }));
    expect(m.text).toContain('- kvittering til søker\n\n- ugyldig mottakeradresse, ble aldri sendt\n- annen feil (<odd>)');
    expect(m.html).toContain('annen feil (&lt;odd&gt;)');
  });

  it('writes the SMTP login alert with the time in Norway, saying it could only be sent afterwards', () => {
    const nb = renderMail(row('smtp_auth_alert', 'nb', { since: '2026-11-27T10:00:00.000Z' }));
    expect(nb.subject).toBe('Ressursvenn: e-posttjeneren avviste påloggingen');
    expect(nb.text).toContain('Fra 27. november 2026 kl. 11:00 avviste e-posttjeneren');
    expect(nb.text).toContain('Dette varselet kunne ikke sendes før påloggingen virket igjen.');
    expect(renderMail(row('smtp_auth_alert', 'en', { since: '2026-07-01T10:00:00.000Z' })).text).toContain('From 1 July 2026 at 12:00 the mail server');
    expect(renderMail(row('smtp_auth_alert', 'nn', { since: 'not a time' })).text).toContain('Frå not a time avviste');
  });
});
