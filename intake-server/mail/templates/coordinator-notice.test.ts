import { describe, expect, it } from 'vitest';
import type { Language } from '../../../contract/index.js';
import { renderText } from '../mail-content.js';
import type { CoordinatorNoticeData } from '../mail-kinds.js';
import { coordinatorNotice } from './coordinator-notice.js';

const base: CoordinatorNoticeData = {
  reference: 'RV-AAAA-BBBB',
  firstName: 'Kari',
  postalCode: '8514',
  kommuneName: 'Narvik',
  associationName: 'Narvik sanitetsforening',
  flags: [],
  applicationUrl: 'https://intake.example/koordinator/soknader/1',
  fallback: false,
};

const text = (data: Partial<CoordinatorNoticeData>, lang: Language = 'nb') => {
  const content = coordinatorNotice({ ...base, ...data }, lang);
  return { subject: content.subject, text: renderText(content) };
};

describe('the coordinator notice', () => {
  it('finding 13.5: shows what the applicant typed as her name only, quoted after a label, and never a link from her', () => {
    // Before names were checked (mail still in the outbox) a name could carry a link: it is left out of the notice.
    const phishing = 'VIKTIG: ny innlogging kreves på https://nav-login.example';
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const notice = text({ firstName: phishing, details: { lastName: 'www.nav-login.example', email: 'kari@example.no', phone: '+4741234567' } }, lang);
      expect(notice.text).not.toMatch(/nav-login|www\.|VIKTIG/);
      expect(notice.subject).not.toMatch(/nav-login|VIKTIG/);
    }
    expect(text({ firstName: phishing }).text).toContain('- Fornavn, slik søkeren skrev det: (står i søknaden)\n');
    expect(text({ firstName: 'Kari» Logg inn her «Kari' }).text).toContain('- Fornavn, slik søkeren skrev det: (står i søknaden)\n');

    // A real name stands in its own labelled line, in quotation marks, never at the head of a sentence of ours.
    const notice = text({ firstName: 'Kari' }).text;
    expect(notice.startsWith('Ny søknad om å bli ressursvenn hos Narvik sanitetsforening.\n')).toBe(true);
    expect(notice).toContain('- Fornavn, slik søkeren skrev det: «Kari»\n');
    expect([...notice.matchAll(/Kari/g)].every((m) => notice[m.index - 1] === '«')).toBe(true);
    expect(text({ firstName: 'Kari' }, 'nn').text).toContain('- Førenamn, slik søkjaren skreiv det: «Kari»\n');
    expect(text({ firstName: 'Kari' }, 'en').text).toContain('- First name, as the applicant typed it: “Kari”\n');
    for (const name of ['Åse', "O'Neil", 'Anne-Marit', 'Nguyễn']) {
      expect(text({ firstName: name }).text).toContain(`- Fornavn, slik søkeren skrev det: «${name}»\n`);
    }
    expect(text({ firstName: 'Anne-Marit', details: { lastName: "O'Neil", email: 'a@example.no', phone: '+4741234567' } }).text).toContain(
      "- Navn, slik søkeren skrev det: «Anne-Marit O'Neil»\n",
    );
  });

  it('says which language the applicant wrote in when it is not the notice’s own, and nothing when it is or is unknown', () => {
    expect(text({ applicantLanguage: 'en' }).text).toContain('Søknaden er skrevet på engelsk, og søkeren får e-post fra oss på engelsk.');
    expect(text({ applicantLanguage: 'nb' }, 'nn').text).toContain('Søknaden er skriven på bokmål, og søkjaren får e-post frå oss på bokmål.');
    expect(text({ applicantLanguage: 'nn' }, 'en').text).toContain('The application is written in Norwegian (Nynorsk), and the applicant gets our emails in Norwegian (Nynorsk).');
    expect(text({ applicantLanguage: 'nb' }).text).not.toContain('skrevet på');
    expect(text({}).text).not.toContain('skrevet på');
  });

  it('uses the glossary’s words: «ressursvenn» in Nynorsk too, and «skrive under på» the declaration', () => {
    expect(text({}, 'nn').subject).toBe('Ny søknad om å bli ressursvenn (RV-AAAA-BBBB)');
    expect(text({ flags: ['no_confidentiality_declaration'] }).text).toContain('Har ikke sagt ja til å skrive under på taushets- og etikkerklæringen.');
    expect(text({ flags: ['no_confidentiality_declaration'] }, 'nn').text).toContain('Har ikkje sagt ja til å skrive under på teieplikt- og etikkfråsegna.');
  });
});
