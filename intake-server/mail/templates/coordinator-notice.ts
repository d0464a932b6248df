/** The notice to coordinators: minimal by design (it lives forever in personal mailboxes), never free text. */
import type { Language } from '../../../contract/index.js';
import type { SoftFlag } from '../../screening/soft-flags.js';
import type { CoordinatorNoticeData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';

const FLAG_TEXT: Record<Language, Record<SoftFlag, string>> = {
  nb: {
    under_25: 'Har svart nei på om søkeren er 25 år eller eldre.',
    cannot_commit: 'Har svart nei på å møtes 2–4 ganger i måneden i 9–12 måneder.',
    no_course: 'Har ikke sagt ja til å ta kurset.',
    no_confidentiality_declaration: 'Har ikke sagt ja til å signere taushets- og etikkerklæringen.',
    no_police_certificate: 'Har ikke sagt ja til å vise politiattest.',
  },
  nn: {
    under_25: 'Har svart nei på om søkjaren er 25 år eller eldre.',
    cannot_commit: 'Har svart nei på å møtast 2–4 gonger i månaden i 9–12 månader.',
    no_course: 'Har ikkje sagt ja til å ta kurset.',
    no_confidentiality_declaration: 'Har ikkje sagt ja til å skrive under teieplikt- og etikkfråsegna.',
    no_police_certificate: 'Har ikkje sagt ja til å vise politiattest.',
  },
  en: {
    under_25: 'Answered no to being 25 or older.',
    cannot_commit: 'Answered no to meeting 2–4 times a month for 9–12 months.',
    no_course: 'Has not agreed to take the course.',
    no_confidentiality_declaration: 'Has not agreed to sign the confidentiality and ethics declaration.',
    no_police_certificate: 'Has not agreed to show a police certificate.',
  },
};

/** Builds the coordinator notice in the association's language. */
export function coordinatorNotice(d: CoordinatorNoticeData, lang: Language): MailContent {
  const flags = d.flags.map((f) => FLAG_TEXT[lang][f]);
  switch (lang) {
    case 'nn':
      return {
        subject: `Ny søknad om å bli ressursven (${d.reference})`,
        blocks: [
          { type: 'p', text: `${d.firstName} (postnummer ${d.postalCode}) har søkt om å bli ressursven hos ${d.associationName}.` },
          ...(d.fallback ? [{ type: 'p' as const, text: 'Søknaden kom til den nasjonale kontakten fordi ingen lokalforeining kunne ta imot søknaden. Set søkjaren i kontakt med rett lokalforeining.' }] : []),
          ...(flags.length ? [{ type: 'p' as const, text: 'Ting å snakke om:' }, { type: 'list' as const, items: flags }] : []),
          { type: 'link', label: 'Opne søknaden', href: d.applicationUrl },
          { type: 'p', text: 'Ta kontakt med søkjaren innan tre arbeidsdagar. Referanse: ' + d.reference + '.' },
        ],
      };
    case 'en':
      return {
        subject: `New Ressursvenn application (${d.reference})`,
        blocks: [
          { type: 'p', text: `${d.firstName} (postcode ${d.postalCode}) has applied to become a Ressursvenn with ${d.associationName}.` },
          ...(d.fallback ? [{ type: 'p' as const, text: 'The application reached the national contact because no local association could take it. Please pass it to the right local association.' }] : []),
          ...(flags.length ? [{ type: 'p' as const, text: 'Things to talk through:' }, { type: 'list' as const, items: flags }] : []),
          { type: 'link', label: 'Open the application', href: d.applicationUrl },
          { type: 'p', text: 'Please contact the applicant within three working days. Reference: ' + d.reference + '.' },
        ],
      };
    default:
      return {
        subject: `Ny søknad om å bli ressursvenn (${d.reference})`,
        blocks: [
          { type: 'p', text: `${d.firstName} (postnummer ${d.postalCode}) har søkt om å bli ressursvenn hos ${d.associationName}.` },
          ...(d.fallback ? [{ type: 'p' as const, text: 'Søknaden kom til den nasjonale kontakten fordi ingen lokalforening kunne ta imot den. Sett søkeren i kontakt med riktig lokalforening.' }] : []),
          ...(flags.length ? [{ type: 'p' as const, text: 'Ting å snakke om:' }, { type: 'list' as const, items: flags }] : []),
          { type: 'link', label: 'Åpne søknaden', href: d.applicationUrl },
          { type: 'p', text: 'Ta kontakt med søkeren innen tre arbeidsdager. Referanse: ' + d.reference + '.' },
        ],
      };
  }
}
