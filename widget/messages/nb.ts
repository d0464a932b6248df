/** Bokmål: the default language of the form. */
import type { Messages } from './index.js';
import { tel } from './segments.js';

export const nb: Messages = {
  title: 'Meld deg som ressursvenn',
  intro:
    'Som ressursvenn er du en trygg støtte i hverdagen for en kvinne som har flyttet fra et krisesenter og skal bygge opp et nytt liv. Fyll ut skjemaet, så tar en sanitetsforening kontakt med deg.',
  requiredNote: 'Alle felt må fylles ut hvis det ikke står «valgfritt».',
  optional: 'valgfritt',
  yes: 'Ja',
  no: 'Nei',
  sections: {
    contact: 'Kontaktinformasjon',
    fit: 'Om oppdraget',
    fitIntro: 'Svar så ærlig du kan.',
    about: 'Litt om deg',
    privacy: 'Personvern',
  },
  labels: {
    firstName: 'Fornavn',
    lastName: 'Etternavn',
    email: 'E-post',
    phone: 'Telefonnummer',
    postalCode: 'Postnummer',
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
    phone: '8 siffer, for eksempel 412 34 567.',
    postalCode: 'Vi bruker postnummeret til å finne sanitetsforeningen nærmest deg.',
    willShowPoliceCertificate:
      'Du får en bekreftelse fra sanitetsforeningen som du bruker når du søker om politiattest på politiet.no. Vi tar ikke imot eller lagrer attesten, vi noterer bare at du har vist den fram.',
    languages: 'For eksempel norsk, engelsk og arabisk.',
  },
  motivationNote:
    'Ikke skriv om helse, egne erfaringer med vold, religion eller etnisk bakgrunn. Det trenger vi ikke å vite.',
  maxCharacters: (max) => `Du kan skrive opptil ${max} tegn.`,
  privacy: {
    notice:
      'Opplysningene går til Norske Kvinners Sanitetsforening og sanitetsforeningen som skal kontakte deg. Vi bruker dem bare til å følge opp søknaden din. Søknader som ikke fører til et oppdrag, blir slettet etter seks måneder. Du kan be om innsyn i og sletting av opplysningene dine.',
    versionLabel: 'Versjon av personvernerklæringen',
  },
  submit: 'Send søknad',
  sending: 'Sender …',
  retry: 'Prøv igjen',
  help: {
    summary: 'Trenger du hjelp selv?',
    intro:
      'Dette skjemaet er for deg som vil bli frivillig. Det er ikke et sted å be om hjelp, og det blir ikke lest med en gang. Her kan du få hjelp:',
    items: [
      { title: 'Vold- og overgrepslinjen', body: ['Ring ', tel('116 006'), '. Gratis og anonymt, hele døgnet.'] },
      { title: 'Ved akutt fare', body: ['Ring politiet på ', tel('112'), '. Trenger du ambulanse, ring ', tel('113'), '.'] },
      {
        title: 'Krisesentrene',
        body: ['Alle kan kontakte hvilket som helst av de 44 krisesentrene i landet, uansett hvilken kommune de bor i.'],
      },
      { title: 'Barn og unge', body: ['Ring Alarmtelefonen for barn og unge på ', tel('116 111'), '.'] },
    ],
  },
  errorSummaryHeading: 'For å sende søknaden må du rette opp dette:',
  errors: {
    required: {
      firstName: 'Skriv fornavnet ditt.',
      lastName: 'Skriv etternavnet ditt.',
      email: 'Skriv e-postadressen din.',
      phone: 'Skriv telefonnummeret ditt.',
      postalCode: 'Skriv postnummeret ditt.',
      age25OrOlder: 'Svar på om du er 25 år eller eldre.',
      canCommit: 'Svar på om du kan møtes 2–4 ganger i måneden i 9–12 måneder.',
      willTakeCourse: 'Svar på om du vil ta kurset.',
      willSignConfidentiality: 'Svar på om du vil skrive under på taushets- og etikkerklæringen.',
      willShowPoliceCertificate: 'Svar på om du vil vise fram politiattest.',
    },
    invalidEmail: 'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.',
    invalidPhone: 'Skriv et norsk telefonnummer med 8 siffer, for eksempel 412 34 567.',
    invalidPostalCode: 'Postnummeret må ha fire siffer, for eksempel 8514.',
    needsLetter: (label) => `«${label}» må inneholde minst én bokstav.`,
    tooLong: (label, max) => `«${label}» kan ha høyst ${max} tegn.`,
    forbiddenCharacters: (label) =>
      `«${label}» inneholder tegn vi ikke kan ta imot. Prøv å skrive teksten på nytt i stedet for å lime den inn.`,
    mustAcknowledge: 'Kryss av for at du har lest hvordan opplysningene dine blir brukt.',
    invalidValue: (label) => `Sjekk svaret ditt i «${label}».`,
    setup:
      'Skjemaet er ikke satt opp riktig på denne nettsiden, så søknaden kan ikke sendes herfra. Gi gjerne beskjed til sanitetsforeningen.',
  },
  status: {
    sending: 'Sender søknaden …',
    sent: 'Søknaden er sendt.',
    failed: 'Søknaden er ikke sendt ennå.',
  },
  receipt: {
    heading: 'Takk! Søknaden er sendt.',
    referenceLabel: 'Referansenummer',
    nextHeading: 'Hva skjer nå?',
    contact: (association) => `${association} tar kontakt med deg, vanligvis i løpet av noen dager.`,
    contactUnknown: 'Sanitetsforeningen tar kontakt med deg, vanligvis i løpet av noen dager.',
    questions: (email) => [
      'Har du spørsmål, eller har du ikke hørt noe innen to uker? Send en e-post til ',
      email,
      ' og oppgi referansenummeret.',
    ],
  },
  failure: {
    heading: 'Søknaden er ikke sendt ennå',
    reasons: {
      network_error: 'Vi fikk ikke kontakt med tjenesten. Sjekk at du er koblet til internett.',
      timeout: 'Det tok for lang tid å få svar fra tjenesten.',
      rate_limited: 'Det har kommet mange søknader på kort tid.',
      service_unavailable: 'Tjenesten er midlertidig utilgjengelig.',
      other: 'Noe gikk galt hos oss.',
    },
    wait: (minutes) => (minutes === 1 ? 'Vent ett minutt, og prøv igjen.' : `Vent ${minutes} minutter, og prøv igjen.`),
    later: 'Prøv igjen om litt.',
    kept: 'Det du har skrevet, ligger fortsatt i skjemaet.',
    persist: 'Går det fortsatt ikke, kan du ta kontakt med sanitetsforeningen.',
    requestId: (id) => `Feilreferanse: ${id}`,
  },
};
