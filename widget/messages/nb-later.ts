/** Bokmål: the texts of the later steps, the review and the receipt (loaded with the flow chunk). */
import type { LaterMessages } from './index.js';

export const nbLater: LaterMessages = {
  yes: 'Ja',
  no: 'Nei',
  sections: {
    fit: 'Om oppdraget',
    fitIntro: 'Svar så ærlig du kan. Et nei stenger ikke døra: du og sanitetsforeningen snakker om det i samtalen.',
    about: 'Litt om deg',
    privacy: 'Personvern',
  },
  labels: {
    age25OrOlder: 'Er du 25 år eller eldre?',
    canCommit: 'Kan du møtes 2–4 ganger i måneden i 9–12 måneder?',
    willTakeCourse: 'Vil du ta kurset for ressursvenner (omtrent 12 timer)?',
    willSignConfidentiality: 'Vil du skrive under på en taushets- og etikkerklæring?',
    willShowPoliceCertificate: 'Vil du vise fram politiattest?',
    motivation: 'Hvorfor vil du bli ressursvenn?',
    languages: 'Hvilke språk snakker du?',
    privacyAcknowledged: 'Jeg har lest hvordan opplysningene mine blir brukt.',
  },
  hints: {
    willShowPoliceCertificate:
      'Du får en bekreftelse fra sanitetsforeningen som du bruker når du søker om politiattest på politiet.no. Vi tar ikke imot eller lagrer attesten, vi noterer bare at du har vist den fram.',
    languages: 'For eksempel norsk, engelsk og arabisk.',
  },
  motivationNote:
    'Ikke skriv om helse, egne erfaringer med vold, religion eller etnisk bakgrunn. Slike opplysninger trenger vi ikke i søknaden.',
  maxCharacters: (max) => `Du kan skrive opptil ${max} tegn.`,
  privacy: {
    notice:
      'Opplysningene går til Norske Kvinners Sanitetsforening og sanitetsforeningen som skal kontakte deg. Vi bruker dem bare til å følge opp søknaden din. Søknader som ikke fører til et oppdrag, blir slettet etter seks måneder. Du kan be sanitetsforeningen om å få se eller slette opplysningene dine.',
    versionLabel: 'Versjon av personvernerklæringen',
  },
  submit: 'Send søknad',
  sending: 'Sender …',
  steps: {
    review: 'Se over og send',
    backToReview: 'Tilbake til oppsummeringen',
  },
  routing: {
    heading: 'Hvem får søknaden?',
    goesTo: ['', ' får søknaden. Stemmer det?'],
    where: (postalCode, kommune) => `Postnummer ${postalCode} ligger i ${kommune} kommune.`,
    confirm: 'Ja, det stemmer',
    pickAnother: 'Nei, velg en annen',
    chooseLegend: 'Hvilken sanitetsforening skal få søknaden?',
    thisPage: (name) => `${name} (denne nettsiden)`,
    thisPageUnknown: 'Sanitetsforeningen som har denne nettsiden',
    unknownPage: 'Denne nettsiden er ikke koblet til en sanitetsforening vi kjenner, så søknaden går etter postnummeret ditt.',
    continue: 'Gå videre',
    changePostalCode: 'Endre postnummeret',
  },
  review: {
    intro: 'Se over svarene dine før du sender søknaden. Det er ikke bindende å sende den.',
    change: 'Endre',
    notGiven: 'Ikke oppgitt',
    goesTo: 'Søknaden går til',
    routedLater: 'Vi fikk ikke sjekket postnummeret ditt nå. Kvitteringen viser hvilken sanitetsforening som får søknaden.',
    fallback: {
      page: 'Ingen sanitetsforening dekker postnummeret ditt ennå, så sanitetsforeningen som har denne nettsiden, tar imot søknaden.',
      county: 'Ingen lokal sanitetsforening dekker postnummeret ditt ennå, så fylkesforeningen tar imot søknaden.',
      national:
        'Ingen sanitetsforening dekker postnummeret ditt ennå, så den nasjonale kontaktpersonen tar imot søknaden og finner en sanitetsforening som kan ta kontakt med deg.',
    },
  },
  unknownPostalCode: 'Postnummeret finnes ikke. Sjekk at du har skrevet det riktig.',
  answerRequired: {
    age25OrOlder: 'Svar på om du er 25 år eller eldre.',
    canCommit: 'Svar på om du kan møtes 2–4 ganger i måneden i 9–12 måneder.',
    willTakeCourse: 'Svar på om du vil ta kurset.',
    willSignConfidentiality: 'Svar på om du vil skrive under på taushets- og etikkerklæringen.',
    willShowPoliceCertificate: 'Svar på om du vil vise fram politiattest.',
  },
  /** For problems the applicant cannot fix (only the server finds them): the page set up the element wrongly. */
  setupError:
    'Skjemaet er ikke satt opp riktig på denne nettsiden, så søknaden kan ikke sendes herfra. Gi gjerne beskjed til sanitetsforeningen.',
  mustAcknowledge: 'Kryss av for at du har lest hvordan opplysningene dine blir brukt.',
  containsLink: (label) =>
    `«${label}» kan ikke inneholde nettadresser, e-postadresser eller tegnene @, / og :. Har navnet et punktum, skriv et mellomrom etter det.`,
  errorSummaryHeading: 'For å sende søknaden må du rette opp dette:',
  status: {
    sending: 'Sender søknaden …',
    sent: 'Søknaden er sendt.',
  },
  receipt: {
    heading: 'Takk! Søknaden er sendt.',
    referenceLabel: 'Referansenummer',
    nextHeading: 'Hva skjer nå?',
    contact: (association) => `${association} tar kontakt med deg, vanligvis i løpet av noen dager.`,
    contactUnknown: 'Sanitetsforeningen tar kontakt med deg, vanligvis i løpet av noen dager.',
    steps: ['Du og sanitetsforeningen avtaler en samtale om hva oppdraget innebærer.', 'Før du begynner, tar du kurset og viser fram politiattest.'],
    questions: (email) => [
      'Har du spørsmål, eller har du ikke hørt noe innen to uker? Send en e-post til ',
      email,
      ' og oppgi referansenummeret.',
    ],
  },
  retry: 'Prøv igjen',
  exitHint: 'Du kan også trykke Shift tre ganger for å forlate siden. Siden blir liggende i nettleserloggen: slett loggen hvis andre kan se den.',
  failureDetails: {
    reasons: {
      timeout: 'Det tok for lang tid å få svar fra tjenesten.',
      rate_limited: 'Det har kommet mange søknader på kort tid.',
      service_unavailable: 'Tjenesten er midlertidig utilgjengelig.',
      other: 'Noe gikk galt hos oss.',
    },
    wait: (minutes) => (minutes === 1 ? 'Vent ett minutt, og prøv igjen.' : `Vent ${minutes} minutter, og prøv igjen.`),
    later: 'Prøv igjen om litt.',
    persist: 'Går det fortsatt ikke, kan du ta kontakt med sanitetsforeningen.',
    persistTo: (name) => `Går det fortsatt ikke, kan du kontakte ${name}:`,
    phone: 'telefon',
    requestId: (id) => `Feilreferanse: ${id}`,
  },
  errorSummaryHeadingNext: 'Før du kan gå videre, må du rette opp dette:',
  errors: {
    required: {
      firstName: 'Skriv fornavnet ditt.',
      lastName: 'Skriv etternavnet ditt.',
      email: 'Skriv e-postadressen din.',
      phone: 'Skriv telefonnummeret ditt.',
      postalCode: 'Skriv postnummeret ditt.',
    },
    invalidEmail: 'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.',
    invalidPhone: 'Skriv et norsk nummer med 8 siffer, eller et utenlandsk nummer med landskode, for eksempel +46 70 123 45 67.',
    invalidPostalCode: 'Postnummeret må ha fire siffer, for eksempel 8514.',
    needsLetter: (label) => `«${label}» må inneholde minst én bokstav.`,
    tooLong: (label, max) => `«${label}» kan ha høyst ${max} tegn.`,
    forbiddenCharacters: (label) =>
      `«${label}» inneholder tegn vi ikke kan ta imot. Prøv å skrive teksten på nytt i stedet for å lime den inn.`,
    invalidValue: (label) => `Sjekk svaret ditt i «${label}».`,
  },
};
