/** The notice to coordinators: minimal by design (it lives forever in personal mailboxes), never free text. */
import { isLinkLike, type Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { SoftFlag } from '../../screening/soft-flags.js';
import type { CoordinatorNoticeData } from '../mail-kinds.js';
import type { Block, MailContent } from '../mail-content.js';
import { joinNames } from './join-names.js';

const FLAG_TEXT: LanguageTexts<Record<SoftFlag, string>> = {
  nb: {
    under_25: 'Svarte nei på «Er du 25 år eller eldre?».',
    cannot_commit: 'Svarte nei på «Kan du møtes 2–4 ganger i måneden i 9–12 måneder?».',
    no_course: 'Har ikke sagt ja til å ta kurset.',
    no_confidentiality_declaration: 'Har ikke sagt ja til å skrive under på taushets- og etikkerklæringen.',
    no_police_certificate: 'Har ikke sagt ja til å vise politiattest.',
  },
  nn: {
    under_25: 'Svarte nei på «Er du 25 år eller eldre?».',
    cannot_commit: 'Svarte nei på «Kan du møtast 2–4 gonger i månaden i 9–12 månader?».',
    no_course: 'Har ikkje sagt ja til å ta kurset.',
    no_confidentiality_declaration: 'Har ikkje sagt ja til å skrive under på teieplikt- og etikkfråsegna.',
    no_police_certificate: 'Har ikkje sagt ja til å vise politiattest.',
  },
  en: {
    under_25: 'Answered no to “Are you 25 or older?”.',
    cannot_commit: 'Answered no to “Can you meet 2–4 times a month for 9–12 months?”.',
    no_course: 'Has not agreed to take the course.',
    no_confidentiality_declaration: 'Has not agreed to sign the confidentiality and ethics declaration.',
    no_police_certificate: 'Has not agreed to show a police certificate.',
  },
};

interface Wording {
  subject: (reference: string) => string;
  /** "Ny søknad om å bli ressursvenn hos Narvik sanitetsforening." */
  applied: (association: string) => string;
  /** The label of the first name, which says that the applicant typed it. */
  firstName: string;
  /** The label of the place. */
  where: string;
  /** "Søknaden er skrevet på engelsk …", when she applied in another language than the notice's. */
  language: (name: string) => string;
  languageNames: Record<Language, string>;
  /** "postnummer 8514" or "postnummer 8514, Narvik kommune". */
  place: (postalCode: string, kommune: string | null) => string;
  /** A name in this language's quotation marks. */
  quote: (name: string) => string;
  /** In place of a name that looks like anything but a name (written before names were checked for it). */
  withheld: string;
  fallback: string;
  shared: (others: string) => string;
  and: string;
  talkAbout: string;
  details: string;
  name: string;
  email: string;
  phone: string;
  open: string;
  respond: (reference: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Ny søknad om å bli ressursvenn (${r})`,
    applied: (a) => `Ny søknad om å bli ressursvenn hos ${a}.`,
    firstName: 'Fornavn, slik søkeren skrev det',
    where: 'Sted',
    language: (n) => `Søknaden er skrevet på ${n}, og søkeren får e-post fra oss på ${n}.`,
    languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
    place: (p, k) => (k ? `postnummer ${p}, ${k} kommune` : `postnummer ${p}`),
    quote: (n) => `«${n}»`,
    withheld: '(står i søknaden)',
    fallback: 'Søknaden kom til deg som nasjonal kontaktperson fordi ingen lokalforening kunne ta imot den. Sett søkeren i kontakt med riktig lokalforening.',
    shared: (others) => `Søknaden er sendt til dere og til ${others}. Avtal hvem som tar kontakt med søkeren.`,
    and: 'og',
    talkAbout: 'Ting å snakke om:',
    details: 'Kontaktopplysninger (foreningen har valgt å få dem i varselet):',
    name: 'Navn, slik søkeren skrev det',
    email: 'E-post',
    phone: 'Telefon',
    open: 'Åpne søknaden',
    respond: (r) => `Ta kontakt med søkeren innen tre arbeidsdager. Referanse: ${r}.`,
  },
  nn: {
    subject: (r) => `Ny søknad om å bli ressursvenn (${r})`,
    applied: (a) => `Ny søknad om å bli ressursvenn hos ${a}.`,
    firstName: 'Førenamn, slik søkjaren skreiv det',
    where: 'Stad',
    language: (n) => `Søknaden er skriven på ${n}, og søkjaren får e-post frå oss på ${n}.`,
    languageNames: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
    place: (p, k) => (k ? `postnummer ${p}, ${k} kommune` : `postnummer ${p}`),
    quote: (n) => `«${n}»`,
    withheld: '(står i søknaden)',
    fallback: 'Søknaden kom til deg som nasjonal kontaktperson fordi inga lokalforeining kunne ta imot han. Set søkjaren i kontakt med rett lokalforeining.',
    shared: (others) => `Søknaden er sendt til dykk og til ${others}. Avtal kven som tek kontakt med søkjaren.`,
    and: 'og',
    talkAbout: 'Ting å snakke om:',
    details: 'Kontaktopplysningar (foreininga har valt å få dei i varselet):',
    name: 'Namn, slik søkjaren skreiv det',
    email: 'E-post',
    phone: 'Telefon',
    open: 'Opne søknaden',
    respond: (r) => `Ta kontakt med søkjaren innan tre arbeidsdagar. Referanse: ${r}.`,
  },
  en: {
    subject: (r) => `New Ressursvenn application (${r})`,
    applied: (a) => `New application to become a Ressursvenn volunteer with ${a}.`,
    firstName: 'First name, as the applicant typed it',
    where: 'Place',
    language: (n) => `The application is written in ${n}, and the applicant gets our emails in ${n}.`,
    languageNames: { nb: 'Norwegian (Bokmål)', nn: 'Norwegian (Nynorsk)', en: 'English' },
    place: (p, k) => (k ? `postcode ${p}, ${k} municipality` : `postcode ${p}`),
    quote: (n) => `“${n}”`,
    withheld: '(see the application)',
    fallback: 'The application came to you as the national contact because no local association could take it. Please put the applicant in touch with the right local association.',
    shared: (others) => `The application was sent to you and to ${others}. Agree on who contacts the applicant.`,
    and: 'and',
    talkAbout: 'Things to talk through:',
    details: 'Contact details (your association chose to receive them in notices):',
    name: 'Name, as the applicant typed it',
    email: 'Email',
    phone: 'Phone',
    open: 'Open the application',
    respond: (r) => `Please contact the applicant within three working days. Reference: ${r}.`,
  },
};

/**
 * A name as the notice shows it: quoted, after a label that says the applicant typed it, so that whatever it says
 * reads as her name and never as the service speaking. A name with link-like text or quotation marks in it (the
 * contract refuses them, but mail queued before it did may hold one) is not shown: the application has it.
 */
function shownName(w: Wording, name: string): string {
  return name.trim() === '' || isLinkLike(name) || /[«»“”„"<>]/.test(name) ? w.withheld : w.quote(name);
}

/**
 * Builds the coordinator notice in the association's language: first name, postal code and kommune, soft flags, a
 * link; the other associations when the application was shared; contact details only when `details` is present
 * (associations that chose them). Never free text. What the applicant typed stands only in labelled, quoted lines.
 */
export function coordinatorNotice(d: CoordinatorNoticeData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const flags = d.flags.map((f) => textsFor(FLAG_TEXT, lang)[f]);
  const others = (d.sharedWith ?? []).filter((name) => name.trim() !== '');
  const blocks: Block[] = [
    { type: 'p', text: w.applied(d.associationName) },
    { type: 'list', items: [`${w.firstName}: ${shownName(w, d.firstName)}`, `${w.where}: ${w.place(d.postalCode, d.kommuneName ?? null)}`] },
  ];
  if (d.applicantLanguage && d.applicantLanguage !== lang) blocks.push({ type: 'p', text: w.language(w.languageNames[d.applicantLanguage]) });
  if (d.fallback) blocks.push({ type: 'p', text: w.fallback });
  if (others.length > 0) blocks.push({ type: 'p', text: w.shared(joinNames(others, w.and)) });
  if (flags.length > 0) blocks.push({ type: 'p', text: w.talkAbout }, { type: 'list', items: flags });
  if (d.details) {
    blocks.push(
      { type: 'p', text: w.details },
      {
        type: 'list',
        items: [`${w.name}: ${shownName(w, `${d.firstName} ${d.details.lastName}`)}`, `${w.email}: ${d.details.email}`, `${w.phone}: ${d.details.phone}`],
      },
    );
  }
  blocks.push({ type: 'link', label: w.open, href: d.applicationUrl }, { type: 'p', text: w.respond(d.reference) });
  return { subject: w.subject(d.reference), blocks };
}
