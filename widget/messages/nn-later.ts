/** Nynorsk: the texts of the later steps, the review and the receipt (loaded with the flow chunk). */
import type { LaterMessages } from './index.js';

export const nnLater: LaterMessages = {
  yes: 'Ja',
  no: 'Nei',
  sections: {
    fit: 'Om oppdraget',
    fitIntro: 'Svar så ærleg du kan. Eit nei stengjer ikkje døra: du og sanitetsforeininga snakkar om det i samtalen.',
    about: 'Litt om deg',
    privacy: 'Personvern',
  },
  labels: {
    age25OrOlder: 'Er du 25 år eller eldre?',
    canCommit: 'Kan du møtast 2–4 gonger i månaden i 9–12 månader?',
    willTakeCourse: 'Vil du ta kurset for ressursvenner (om lag 12 timar)?',
    willSignConfidentiality: 'Vil du skrive under på teieplikt- og etikkfråsegna?',
    willShowPoliceCertificate: 'Vil du vise fram politiattest?',
    motivation: 'Kvifor vil du bli ressursvenn?',
    languages: 'Kva språk snakkar du?',
    privacyAcknowledged: 'Eg har lese korleis opplysningane mine blir brukte.',
  },
  hints: {
    willShowPoliceCertificate:
      'Du får ei stadfesting frå sanitetsforeininga som du brukar når du søkjer om politiattest på politiet.no. Vi tek ikkje imot eller lagrar attesten, vi noterer berre at du har vist han fram.',
    languages: 'Til dømes norsk, engelsk og arabisk.',
  },
  motivationNote:
    'Ikkje skriv om helse, eigne erfaringar med vald, religion eller etnisk bakgrunn. Slike opplysningar treng vi ikkje i søknaden.',
  maxCharacters: (max) => `Du kan skrive inntil ${max} teikn.`,
  privacy: {
    notice:
      'Opplysningane går til Norske Kvinners Sanitetsforening og sanitetsforeininga som skal kontakte deg. Vi brukar dei berre til å følgje opp søknaden din. Søknader som ikkje fører til eit oppdrag, blir sletta etter seks månader. Du kan be sanitetsforeininga om å få sjå eller slette opplysningane dine.',
    versionLabel: 'Versjon av personvernerklæringa',
  },
  submit: 'Send søknad',
  sending: 'Sender …',
  steps: {
    review: 'Sjå over og send',
    backToReview: 'Tilbake til oppsummeringa',
  },
  routing: {
    heading: 'Kven får søknaden?',
    goesTo: ['', ' får søknaden. Stemmer det?'],
    where: (postalCode, kommune) => `Postnummer ${postalCode} ligg i ${kommune} kommune.`,
    confirm: 'Ja, det stemmer',
    pickAnother: 'Nei, vel ei anna',
    chooseLegend: 'Kva sanitetsforeining skal få søknaden?',
    thisPage: (name) => `${name} (denne nettsida)`,
    thisPageUnknown: 'Sanitetsforeininga som har denne nettsida',
    unknownPage: 'Denne nettsida er ikkje kopla til ei sanitetsforeining vi kjenner, så søknaden går etter postnummeret ditt.',
    continue: 'Gå vidare',
    changePostalCode: 'Endre postnummeret',
  },
  review: {
    intro: 'Sjå over svara dine før du sender søknaden. Det er ikkje bindande å sende han.',
    change: 'Endre',
    notGiven: 'Ikkje oppgitt',
    goesTo: 'Søknaden går til',
    routedLater: 'Vi fekk ikkje sjekka postnummeret ditt no. Kvitteringa viser kva sanitetsforeining som får søknaden.',
    fallback: {
      page: 'Inga sanitetsforeining dekkjer postnummeret ditt enno, så sanitetsforeininga som har denne nettsida, tek imot søknaden.',
      county: 'Inga lokal sanitetsforeining dekkjer postnummeret ditt enno, så fylkesforeininga tek imot søknaden.',
      national:
        'Inga sanitetsforeining dekkjer postnummeret ditt enno, så den nasjonale kontaktpersonen tek imot søknaden og finn ei sanitetsforeining som kan ta kontakt med deg.',
    },
  },
  unknownPostalCode: 'Postnummeret finst ikkje. Sjekk at du har skrive det rett.',
  answerRequired: {
    age25OrOlder: 'Svar på om du er 25 år eller eldre.',
    canCommit: 'Svar på om du kan møtast 2–4 gonger i månaden i 9–12 månader.',
    willTakeCourse: 'Svar på om du vil ta kurset.',
    willSignConfidentiality: 'Svar på om du vil skrive under på teieplikt- og etikkfråsegna.',
    willShowPoliceCertificate: 'Svar på om du vil vise fram politiattest.',
  },
  /** For problems the applicant cannot fix (only the server finds them): the page set up the element wrongly. */
  setupError:
    'Skjemaet er ikkje sett opp rett på denne nettsida, så søknaden kan ikkje sendast herifrå. Gje gjerne beskjed til sanitetsforeininga.',
  mustAcknowledge: 'Kryss av for at du har lese korleis opplysningane dine blir brukte.',
  containsLink: (label) =>
    `«${label}» kan ikkje innehalde nettadresser, e-postadresser eller teikna @, / og :. Har namnet eit punktum, skriv eit mellomrom etter det.`,
  errorSummaryHeading: 'For å sende søknaden må du rette opp dette:',
  status: {
    sending: 'Sender søknaden …',
    sent: 'Søknaden er sendt.',
  },
  receipt: {
    heading: 'Takk! Søknaden er sendt.',
    referenceLabel: 'Referansenummer',
    nextHeading: 'Kva skjer no?',
    contact: (association) => `${association} tek kontakt med deg, vanlegvis innan nokre dagar.`,
    contactUnknown: 'Sanitetsforeininga tek kontakt med deg, vanlegvis innan nokre dagar.',
    steps: ['Du og sanitetsforeininga avtaler ein samtale om kva oppdraget inneber.', 'Før du byrjar, tek du kurset og viser fram politiattest.'],
    questions: (email) => [
      'Har du spørsmål, eller har du ikkje høyrt noko innan to veker? Send ein e-post til ',
      email,
      ' og oppgje referansenummeret.',
    ],
  },
  retry: 'Prøv igjen',
  exitHint: 'Du kan òg trykkje Shift tre gonger for å forlate sida. Sida blir verande i nettlesarloggen: slett loggen dersom andre kan sjå han.',
  failureDetails: {
    reasons: {
      timeout: 'Det tok for lang tid å få svar frå tenesta.',
      rate_limited: 'Det har kome mange søknader på kort tid.',
      service_unavailable: 'Tenesta er mellombels utilgjengeleg.',
      other: 'Noko gjekk gale hos oss.',
    },
    wait: (minutes) => (minutes === 1 ? 'Vent eitt minutt, og prøv igjen.' : `Vent ${minutes} minutt, og prøv igjen.`),
    later: 'Prøv igjen om litt.',
    persist: 'Går det framleis ikkje, kan du ta kontakt med sanitetsforeininga.',
    persistTo: (name) => `Går det framleis ikkje, kan du kontakte ${name}:`,
    phone: 'telefon',
    requestId: (id) => `Feilreferanse: ${id}`,
  },
  errorSummaryHeadingNext: 'Før du kan gå vidare, må du rette opp dette:',
  errors: {
    required: {
      firstName: 'Skriv førenamnet ditt.',
      lastName: 'Skriv etternamnet ditt.',
      email: 'Skriv e-postadressa di.',
      phone: 'Skriv telefonnummeret ditt.',
      postalCode: 'Skriv postnummeret ditt.',
    },
    invalidEmail: 'Skriv ei gyldig e-postadresse, til dømes namn@eksempel.no.',
    invalidPhone: 'Skriv eit norsk nummer med 8 siffer, eller eit utanlandsk nummer med landskode, til dømes +46 70 123 45 67.',
    invalidPostalCode: 'Postnummeret må ha fire siffer, til dømes 8514.',
    needsLetter: (label) => `«${label}» må innehalde minst éin bokstav.`,
    tooLong: (label, max) => `«${label}» kan ha høgst ${max} teikn.`,
    forbiddenCharacters: (label) =>
      `«${label}» inneheld teikn vi ikkje kan ta imot. Prøv å skrive teksten på nytt i staden for å lime han inn.`,
    invalidValue: (label) => `Sjekk svaret ditt i «${label}».`,
  },
};
