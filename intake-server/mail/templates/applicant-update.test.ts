import { describe, expect, it } from 'vitest';
import { applicantClosed } from './applicant-closed.js';
import { applicantReassigned } from './applicant-reassigned.js';
import { renderText } from '../mail-content.js';

const data = { reference: 'RV-ABC123', associationName: 'Narvik sanitetsforening', contactEmail: 'post@narvik-sanitet.example', contactPhone: '76 00 00 00' };

describe('the mails to the applicant after a coordinator passed her application on or declined it', () => {
  it('say who contacts her now and how to reach them, in Bokmål, Nynorsk and English', () => {
    const texts = (['nb', 'nn', 'en'] as const).map((lang) => renderText(applicantReassigned(data, lang)));
    expect(texts[0]).toContain('Nå er det en koordinator i Narvik sanitetsforening som tar kontakt med deg.');
    expect(texts[1]).toContain('No er det ein koordinator i Narvik sanitetsforening som tek kontakt med deg.');
    expect(texts[2]).toContain('A coordinator at Narvik sanitetsforening will now contact you.');
    for (const text of texts) expect(text).toContain('post@narvik-sanitet.example, 76 00 00 00');
  });

  it('close kindly and briefly, with no reason, in each language', () => {
    expect(renderText(applicantClosed(data, 'nb'))).toContain('går ikke videre med søknaden din denne gangen');
    expect(renderText(applicantClosed(data, 'nn'))).toContain('går ikkje vidare med søknaden din denne gongen');
    const en = applicantClosed({ ...data, contactPhone: null }, 'en');
    expect(en.subject).toBe('Your Ressursvenn application (RV-ABC123)');
    expect(renderText(en)).toContain('contact Narvik sanitetsforening: post@narvik-sanitet.example.');
  });
});
