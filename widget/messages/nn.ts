/** Nynorsk. */
import type { Messages } from './index.js';
import { tel } from './segments.js';

export const nn: Messages = {
  title: 'Meld deg som ressursvenn',
  intro:
    'Som ressursvenn er du ei trygg støtte i kvardagen for ei kvinne som har flytta frå eit krisesenter og skal byggje opp eit nytt liv. Fyll ut skjemaet, så tek ei sanitetsforeining kontakt med deg.',
  requiredNote: 'Alle felt må fyllast ut dersom det ikkje står «valfritt».',
  optional: 'valfritt',
  yes: 'Ja',
  no: 'Nei',
  sections: {
    contact: 'Kontaktinformasjon',
    fit: 'Om oppdraget',
    fitIntro: 'Svar så ærleg du kan.',
    about: 'Litt om deg',
    privacy: 'Personvern',
  },
  labels: {
    firstName: 'Førenamn',
    lastName: 'Etternamn',
    email: 'E-post',
    phone: 'Telefonnummer',
    postalCode: 'Postnummer',
    age25OrOlder: 'Er du 25 år eller eldre?',
    canCommit: 'Kan du møtast 2–4 gonger i månaden i 9–12 månader?',
    willTakeCourse: 'Vil du ta kurset for ressursvener (om lag 12 timar)?',
    willSignConfidentiality: 'Vil du skrive under på ei erklæring om teieplikt og etikk?',
    willShowPoliceCertificate: 'Vil du vise fram politiattest?',
    motivation: 'Kvifor vil du bli ressursvenn?',
    languages: 'Kva språk snakkar du?',
    privacyAcknowledged: 'Eg har lese korleis opplysningane mine blir brukte.',
  },
  hints: {
    phone: '8 siffer, til dømes 412 34 567.',
    postalCode: 'Vi brukar postnummeret til å finne sanitetsforeininga nærast deg.',
    willShowPoliceCertificate:
      'Du får ei stadfesting frå sanitetsforeininga som du brukar når du søkjer om politiattest på politiet.no. Vi tek ikkje imot eller lagrar attesten, vi noterer berre at du har vist han fram.',
    languages: 'Til dømes norsk, engelsk og arabisk.',
  },
  motivationNote:
    'Ikkje skriv om helse, eigne erfaringar med vald, religion eller etnisk bakgrunn. Det treng vi ikkje å vite.',
  maxCharacters: (max) => `Du kan skrive inntil ${max} teikn.`,
  privacy: {
    notice:
      'Opplysningane går til Norske Kvinners Sanitetsforening og sanitetsforeininga som skal kontakte deg. Vi brukar dei berre til å følgje opp søknaden din. Søknader som ikkje fører til eit oppdrag, blir sletta etter seks månader. Du kan be om innsyn i og sletting av opplysningane dine.',
    versionLabel: 'Versjon av personvernerklæringa',
  },
  submit: 'Send søknad',
  sending: 'Sender …',
  retry: 'Prøv igjen',
  help: {
    summary: 'Treng du hjelp sjølv?',
    intro:
      'Dette skjemaet er for deg som vil bli frivillig. Det er ikkje ein stad å be om hjelp, og det blir ikkje lese med ein gong. Her kan du få hjelp:',
    items: [
      { title: 'Vold- og overgrepslinjen', body: ['Ring ', tel('116 006'), '. Gratis og anonymt, heile døgnet.'] },
      { title: 'Ved akutt fare', body: ['Ring politiet på ', tel('112'), '. Treng du ambulanse, ring ', tel('113'), '.'] },
      {
        title: 'Krisesentera',
        body: ['Alle kan ta kontakt med kva som helst av dei 44 krisesentera i landet, same kva kommune dei bur i.'],
      },
      { title: 'Barn og unge', body: ['Ring Alarmtelefonen for barn og unge på ', tel('116 111'), '.'] },
    ],
  },
  errorSummaryHeading: 'For å sende søknaden må du rette opp dette:',
  errors: {
    required: {
      firstName: 'Skriv førenamnet ditt.',
      lastName: 'Skriv etternamnet ditt.',
      email: 'Skriv e-postadressa di.',
      phone: 'Skriv telefonnummeret ditt.',
      postalCode: 'Skriv postnummeret ditt.',
      age25OrOlder: 'Svar på om du er 25 år eller eldre.',
      canCommit: 'Svar på om du kan møtast 2–4 gonger i månaden i 9–12 månader.',
      willTakeCourse: 'Svar på om du vil ta kurset.',
      willSignConfidentiality: 'Svar på om du vil skrive under på erklæringa om teieplikt og etikk.',
      willShowPoliceCertificate: 'Svar på om du vil vise fram politiattest.',
    },
    invalidEmail: 'Skriv ei gyldig e-postadresse, til dømes namn@eksempel.no.',
    invalidPhone: 'Skriv eit norsk telefonnummer med 8 siffer, til dømes 412 34 567.',
    invalidPostalCode: 'Postnummeret må ha fire siffer, til dømes 8514.',
    needsLetter: (label) => `«${label}» må innehalde minst éin bokstav.`,
    tooLong: (label, max) => `«${label}» kan ha høgst ${max} teikn.`,
    forbiddenCharacters: (label) =>
      `«${label}» inneheld teikn vi ikkje kan ta imot. Prøv å skrive teksten på nytt i staden for å lime han inn.`,
    mustAcknowledge: 'Kryss av for at du har lese korleis opplysningane dine blir brukte.',
    invalidValue: (label) => `Sjekk svaret ditt i «${label}».`,
    setup:
      'Skjemaet er ikkje sett opp rett på denne nettsida, så søknaden kan ikkje sendast herifrå. Gje gjerne beskjed til sanitetsforeininga.',
  },
  status: {
    sending: 'Sender søknaden …',
    sent: 'Søknaden er sendt.',
    failed: 'Søknaden er ikkje sendt enno.',
  },
  receipt: {
    heading: 'Takk! Søknaden er sendt.',
    referenceLabel: 'Referansenummer',
    nextHeading: 'Kva skjer no?',
    contact: (association) => `${association} tek kontakt med deg, vanlegvis innan nokre dagar.`,
    contactUnknown: 'Sanitetsforeininga tek kontakt med deg, vanlegvis innan nokre dagar.',
    questions: (email) => [
      'Har du spørsmål, eller har du ikkje høyrt noko innan to veker? Send ein e-post til ',
      email,
      ' og oppgje referansenummeret.',
    ],
  },
  failure: {
    heading: 'Søknaden er ikkje sendt enno',
    reasons: {
      network_error: 'Vi fekk ikkje kontakt med tenesta. Sjekk at du er kopla til internett.',
      timeout: 'Det tok for lang tid å få svar frå tenesta.',
      rate_limited: 'Det har kome mange søknader på kort tid.',
      service_unavailable: 'Tenesta er mellombels utilgjengeleg.',
      other: 'Noko gjekk gale hos oss.',
    },
    wait: (minutes) => (minutes === 1 ? 'Vent eitt minutt, og prøv igjen.' : `Vent ${minutes} minutt, og prøv igjen.`),
    later: 'Prøv igjen om litt.',
    kept: 'Det du har skrive, ligg framleis i skjemaet.',
    persist: 'Går det framleis ikkje, kan du ta kontakt med sanitetsforeininga.',
    requestId: (id) => `Feilreferanse: ${id}`,
  },
};
