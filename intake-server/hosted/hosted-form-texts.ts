/**
 * The words of the hosted page's plain HTML form (the form without JavaScript): the widget's own labels, hints and
 * error texts (widget/messages/*), kept here as the server's record so the two forms read the same.
 */
import type { FieldErrorCode } from '../../contract/index.js';
import type { LanguageTexts } from '../texts.js';

export type TextField = 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode' | 'languages';
export type YesNoField = 'age25OrOlder' | 'canCommit' | 'willTakeCourse' | 'willSignConfidentiality' | 'willShowPoliceCertificate';
export type FormField = TextField | YesNoField | 'motivation' | 'privacyAcknowledged';

export interface HostedFormTexts {
  title: string;
  intro: string;
  requiredNote: string;
  optional: string;
  yes: string;
  no: string;
  sections: { contact: string; fit: string; fitIntro: string; about: string; privacy: string };
  labels: Record<FormField, string>;
  hints: Partial<Record<FormField, string>>;
  motivationNote: string;
  maxCharacters: (max: number) => string;
  privacyNotice: string;
  submit: string;
  errorSummaryHeading: string;
  /** The sentence for a field's problem (the contract's code), as the widget words it. */
  errors: {
    required: Record<FormField, string>;
    invalidEmail: string;
    invalidPhone: string;
    invalidPostalCode: string;
    needsLetter: (label: string) => string;
    tooLong: (label: string, max: number) => string;
    forbiddenCharacters: (label: string) => string;
    containsLink: (label: string) => string;
    invalidValue: (label: string) => string;
  };
  receipt: {
    heading: string;
    referenceLabel: string;
    nextHeading: string;
    contact: (association: string) => string;
    steps: readonly string[];
    questions: (email: string) => readonly [string, string, string];
  };
  /** The form could not be taken now (too many from this address, or the service is down). */
  notSentTitle: string;
  notSent: string;
  tryAgain: string;
}

export const HOSTED_FORM_TEXTS: LanguageTexts<HostedFormTexts> = {
  nb: {
    title: 'Søk om å bli ressursvenn',
    intro:
      'Som ressursvenn er du en trygg støtte i hverdagen for en kvinne som har flyttet fra et krisesenter og skal bygge opp et nytt liv. Fyll ut skjemaet, så tar en sanitetsforening kontakt med deg.',
    requiredNote: 'Alle felt må fylles ut hvis det ikke står «valgfritt».',
    optional: 'valgfritt',
    yes: 'Ja',
    no: 'Nei',
    sections: {
      contact: 'Kontaktopplysninger',
      fit: 'Om oppdraget',
      fitIntro: 'Svar så ærlig du kan. Et nei stenger ikke døra: du og sanitetsforeningen snakker om det i samtalen.',
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
      phone: '8 siffer, eller med landskode, for eksempel 412 34 567 eller +46 70 123 45 67.',
      postalCode: 'Vi bruker postnummeret til å finne sanitetsforeningen nærmest deg.',
      willShowPoliceCertificate:
        'Du får en bekreftelse fra sanitetsforeningen som du bruker når du søker om politiattest på politiet.no. Vi tar ikke imot eller lagrer attesten, vi noterer bare at du har vist den fram.',
      languages: 'For eksempel norsk, engelsk og arabisk.',
    },
    motivationNote:
      'Ikke skriv om helse, egne erfaringer med vold, religion eller etnisk bakgrunn. Slike opplysninger trenger vi ikke i søknaden.',
    maxCharacters: (max) => `Du kan skrive opptil ${max} tegn.`,
    privacyNotice:
      'Opplysningene går til Norske Kvinners Sanitetsforening og sanitetsforeningen som skal kontakte deg. Vi bruker dem bare til å følge opp søknaden din. Søknader som ikke fører til et oppdrag, blir slettet etter seks måneder. Du kan be sanitetsforeningen om å få se eller slette opplysningene dine.',
    submit: 'Send søknad',
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
        motivation: 'Sjekk svaret ditt i «Hvorfor vil du bli ressursvenn?».',
        languages: 'Sjekk svaret ditt i «Hvilke språk snakker du?».',
        privacyAcknowledged: 'Kryss av for at du har lest hvordan opplysningene dine blir brukt.',
      },
      invalidEmail: 'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.',
      invalidPhone: 'Skriv et norsk nummer med 8 siffer, eller et utenlandsk nummer med landskode, for eksempel +46 70 123 45 67.',
      invalidPostalCode: 'Postnummeret må ha fire siffer, for eksempel 8514.',
      needsLetter: (label) => `«${label}» må inneholde minst én bokstav.`,
      tooLong: (label, max) => `«${label}» kan ha høyst ${max} tegn.`,
      forbiddenCharacters: (label) =>
        `«${label}» inneholder tegn vi ikke kan ta imot. Prøv å skrive teksten på nytt i stedet for å lime den inn.`,
      containsLink: (label) =>
        `«${label}» kan ikke inneholde nettadresser, e-postadresser eller tegnene @, / og :. Har navnet et punktum, skriv et mellomrom etter det.`,
      invalidValue: (label) => `Sjekk svaret ditt i «${label}».`,
    },
    receipt: {
      heading: 'Takk! Søknaden er sendt.',
      referenceLabel: 'Referansenummer',
      nextHeading: 'Hva skjer nå?',
      contact: (association) => `${association} tar kontakt med deg, vanligvis i løpet av noen dager.`,
      steps: ['Du og sanitetsforeningen avtaler en samtale om hva oppdraget innebærer.', 'Før du begynner, tar du kurset og viser fram politiattest.'],
      questions: (email) => ['Har du spørsmål, eller har du ikke hørt noe innen to uker? Send en e-post til ', email, ' og oppgi referansenummeret.'],
    },
    notSentTitle: 'Søknaden er ikke sendt ennå',
    notSent: 'Det har kommet mange søknader på kort tid, eller tjenesten er midlertidig utilgjengelig. Det du har skrevet, ligger fortsatt i skjemaet.',
    tryAgain: 'Vent noen minutter, og send skjemaet på nytt.',
  },
  nn: {
    title: 'Søk om å bli ressursvenn',
    intro:
      'Som ressursvenn er du ei trygg støtte i kvardagen for ei kvinne som har flytta frå eit krisesenter og skal byggje opp eit nytt liv. Fyll ut skjemaet, så tek ei sanitetsforeining kontakt med deg.',
    requiredNote: 'Alle felt må fyllast ut dersom det ikkje står «valfritt».',
    optional: 'valfritt',
    yes: 'Ja',
    no: 'Nei',
    sections: {
      contact: 'Kontaktopplysningar',
      fit: 'Om oppdraget',
      fitIntro: 'Svar så ærleg du kan. Eit nei stengjer ikkje døra: du og sanitetsforeininga snakkar om det i samtalen.',
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
      willTakeCourse: 'Vil du ta kurset for ressursvenner (om lag 12 timar)?',
      willSignConfidentiality: 'Vil du skrive under på teieplikt- og etikkfråsegna?',
      willShowPoliceCertificate: 'Vil du vise fram politiattest?',
      motivation: 'Kvifor vil du bli ressursvenn?',
      languages: 'Kva språk snakkar du?',
      privacyAcknowledged: 'Eg har lese korleis opplysningane mine blir brukte.',
    },
    hints: {
      phone: '8 siffer, eller landskode og nummer, til dømes 412 34 567 eller +46 70 123 45 67.',
      postalCode: 'Vi brukar postnummeret til å finne sanitetsforeininga nærast deg.',
      willShowPoliceCertificate:
        'Du får ei stadfesting frå sanitetsforeininga som du brukar når du søkjer om politiattest på politiet.no. Vi tek ikkje imot eller lagrar attesten, vi noterer berre at du har vist han fram.',
      languages: 'Til dømes norsk, engelsk og arabisk.',
    },
    motivationNote:
      'Ikkje skriv om helse, eigne erfaringar med vald, religion eller etnisk bakgrunn. Slike opplysningar treng vi ikkje i søknaden.',
    maxCharacters: (max) => `Du kan skrive inntil ${max} teikn.`,
    privacyNotice:
      'Opplysningane går til Norske Kvinners Sanitetsforening og sanitetsforeininga som skal kontakte deg. Vi brukar dei berre til å følgje opp søknaden din. Søknader som ikkje fører til eit oppdrag, blir sletta etter seks månader. Du kan be sanitetsforeininga om å få sjå eller slette opplysningane dine.',
    submit: 'Send søknad',
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
        willSignConfidentiality: 'Svar på om du vil skrive under på teieplikt- og etikkfråsegna.',
        willShowPoliceCertificate: 'Svar på om du vil vise fram politiattest.',
        motivation: 'Sjekk svaret ditt i «Kvifor vil du bli ressursvenn?».',
        languages: 'Sjekk svaret ditt i «Kva språk snakkar du?».',
        privacyAcknowledged: 'Kryss av for at du har lese korleis opplysningane dine blir brukte.',
      },
      invalidEmail: 'Skriv ei gyldig e-postadresse, til dømes namn@eksempel.no.',
      invalidPhone: 'Skriv eit norsk nummer med 8 siffer, eller eit utanlandsk nummer med landskode, til dømes +46 70 123 45 67.',
      invalidPostalCode: 'Postnummeret må ha fire siffer, til dømes 8514.',
      needsLetter: (label) => `«${label}» må innehalde minst éin bokstav.`,
      tooLong: (label, max) => `«${label}» kan ha høgst ${max} teikn.`,
      forbiddenCharacters: (label) =>
        `«${label}» inneheld teikn vi ikkje kan ta imot. Prøv å skrive teksten på nytt i staden for å lime han inn.`,
      containsLink: (label) =>
        `«${label}» kan ikkje innehalde nettadresser, e-postadresser eller teikna @, / og :. Har namnet eit punktum, skriv eit mellomrom etter det.`,
      invalidValue: (label) => `Sjekk svaret ditt i «${label}».`,
    },
    receipt: {
      heading: 'Takk! Søknaden er sendt.',
      referenceLabel: 'Referansenummer',
      nextHeading: 'Kva skjer no?',
      contact: (association) => `${association} tek kontakt med deg, vanlegvis innan nokre dagar.`,
      steps: ['Du og sanitetsforeininga avtaler ein samtale om kva oppdraget inneber.', 'Før du byrjar, tek du kurset og viser fram politiattest.'],
      questions: (email) => ['Har du spørsmål, eller har du ikkje høyrt noko innan to veker? Send ein e-post til ', email, ' og oppgje referansenummeret.'],
    },
    notSentTitle: 'Søknaden er ikkje send enno',
    notSent: 'Det har kome mange søknader på kort tid, eller tenesta er mellombels utilgjengeleg. Det du har skrive, ligg framleis i skjemaet.',
    tryAgain: 'Vent nokre minutt, og send skjemaet på nytt.',
  },
  en: {
    title: 'Apply to become a Ressursvenn volunteer',
    intro:
      'As a Ressursvenn (resource friend), you are a steady support in everyday life for a woman who has moved out of a crisis shelter and is building a new life. Fill in the form and your local branch of Norske Kvinners Sanitetsforening (Norwegian Women’s Public Health Association) will get in touch with you.',
    requiredNote: 'All fields are required unless they are marked “optional”.',
    optional: 'optional',
    yes: 'Yes',
    no: 'No',
    sections: {
      contact: 'Contact details',
      fit: 'About the role',
      fitIntro: 'Please answer as honestly as you can. A no does not close the door: you and the association talk it through when you meet.',
      about: 'A little about you',
      privacy: 'Privacy',
    },
    labels: {
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email',
      phone: 'Phone number',
      postalCode: 'Postcode',
      age25OrOlder: 'Are you 25 or older?',
      canCommit: 'Can you meet 2–4 times a month for 9–12 months?',
      willTakeCourse: 'Are you willing to take the Ressursvenn course (about 12 hours)?',
      willSignConfidentiality: 'Are you willing to sign a confidentiality and ethics declaration?',
      willShowPoliceCertificate: 'Are you willing to show a police certificate (politiattest)?',
      motivation: 'Why would you like to become a Ressursvenn volunteer?',
      languages: 'Which languages do you speak?',
      privacyAcknowledged: 'I have read how my details will be used.',
    },
    hints: {
      phone: 'Eight digits, or a country code and number, for example 412 34 567 or +46 70 123 45 67.',
      postalCode: 'We use your postcode to find the association nearest to you.',
      willShowPoliceCertificate:
        'The association gives you a confirmation to use when you apply for the certificate at politiet.no. We never receive or store the certificate itself; we only note that you have shown it.',
      languages: 'For example Norwegian, English and Arabic.',
    },
    motivationNote:
      'Please do not write about health, your own experience of violence, religion or ethnicity. We do not need such information in your application.',
    maxCharacters: (max) => `You can write up to ${max} characters.`,
    privacyNotice:
      'Your details go to Norske Kvinners Sanitetsforening and the local association that will contact you. We use them only to follow up your application. Applications that do not lead to a volunteer role are deleted after six months. You can ask the association to show you or delete your details.',
    submit: 'Send application',
    errorSummaryHeading: 'To send your application, please correct the following:',
    errors: {
      required: {
        firstName: 'Enter your first name.',
        lastName: 'Enter your last name.',
        email: 'Enter your email address.',
        phone: 'Enter your phone number.',
        postalCode: 'Enter your postcode.',
        age25OrOlder: 'Answer whether you are 25 or older.',
        canCommit: 'Answer whether you can meet 2–4 times a month for 9–12 months.',
        willTakeCourse: 'Answer whether you are willing to take the course.',
        willSignConfidentiality: 'Answer whether you are willing to sign the confidentiality and ethics declaration.',
        willShowPoliceCertificate: 'Answer whether you are willing to show a police certificate.',
        motivation: 'Check your answer to “Why would you like to become a Ressursvenn volunteer?”.',
        languages: 'Check your answer to “Which languages do you speak?”.',
        privacyAcknowledged: 'Tick the box to confirm that you have read how your details will be used.',
      },
      invalidEmail: 'Enter a valid email address, for example name@example.com.',
      invalidPhone: 'Enter a Norwegian number with 8 digits, or a foreign number with its country code, for example +46 70 123 45 67.',
      invalidPostalCode: 'The postcode must be four digits, for example 8514.',
      needsLetter: (label) => `“${label}” must contain at least one letter.`,
      tooLong: (label, max) => `“${label}” can be at most ${max} characters.`,
      forbiddenCharacters: (label) => `“${label}” contains characters we cannot accept. Try typing the text instead of pasting it.`,
      containsLink: (label) =>
        `“${label}” cannot contain web addresses, email addresses or the characters @, / and :. If your name has a full stop, add a space after it.`,
      invalidValue: (label) => `Check your answer to “${label}”.`,
    },
    receipt: {
      heading: 'Thank you! Your application has been sent.',
      referenceLabel: 'Reference number',
      nextHeading: 'What happens next?',
      contact: (association) => `${association} will get in touch with you, usually within a few days.`,
      steps: ['You and the association agree on a time to talk about what the role involves.', 'Before you start, you take the course and show a police certificate.'],
      questions: (email) => ['Any questions, or not heard anything within two weeks? Email ', email, ' and quote your reference number.'],
    },
    notSentTitle: 'Your application has not been sent yet',
    notSent: 'Many applications have arrived in a short time, or the service is temporarily unavailable. What you have written is still in the form.',
    tryAgain: 'Wait a few minutes, and send the form again.',
  },
};

/** The sentence for one field's problem. */
export function fieldErrorText(t: HostedFormTexts, field: FormField, code: FieldErrorCode, max: number): string {
  const label = t.labels[field];
  switch (code) {
    case 'required':
    case 'must_acknowledge':
      return t.errors.required[field];
    case 'invalid_email':
      return t.errors.invalidEmail;
    case 'invalid_phone':
      return t.errors.invalidPhone;
    case 'invalid_postal_code':
    case 'unknown_postal_code': // only the widget's lookup finds it; the contract never does
      return t.errors.invalidPostalCode;
    case 'needs_letter':
      return t.errors.needsLetter(label);
    case 'too_long':
      return t.errors.tooLong(label, max);
    case 'forbidden_characters':
      return t.errors.forbiddenCharacters(label);
    case 'contains_link':
      return t.errors.containsLink(label);
    case 'invalid_value':
      return t.errors.invalidValue(label);
  }
}
