/** The words of the sign-in pages (asking for a link, the link itself, signing in with a passkey) in nb, nn and en. */
import type { Language } from '../../../contract/index.js';
import type { LanguageTexts } from '../../texts.js';

export interface SignInTexts {
  title: string;
  intro: string;
  /** The title and a line when the page after sign-in is an application (the link in a notice). */
  forApplicationTitle: string;
  forApplicationIntro: string;
  languages: string;
  emailHeading: string;
  emailLabel: string;
  emailHint: string;
  emailError: string;
  errorSummary: string;
  /** Put before the page title while the form has an error. */
  errorPrefix: string;
  sendLink: string;
  passkeyHeading: string;
  passkeyHint: string;
  passkeyButton: string;
  signedOut: string;
  signedOutEverywhere: string;
  /** After a form was sent without a session: nothing of it was saved. */
  notSaved: string;
  sentTitle: string;
  sentBody: string;
  sentNotArrived: string;
  askAgain: string;
  linkTitle: string;
  linkBody: string;
  linkWhy: string;
  linkButton: string;
  deadLinkTitle: string;
  deadLinkBody: string;
  tooManyTitle: string;
  tooManyBody: string;
  /** Said by the passkey script in the page's status line. */
  passkey: PasskeyMessages;
}

/** What the passkey script says while it works, handed to it in `data-` attributes. */
export interface PasskeyMessages {
  working: string;
  unsupported: string;
  failed: string;
  tooMany: string;
  done: string;
}

export const SIGN_IN_TEXTS: LanguageTexts<SignInTexts> = {
  nb: {
    title: 'Logg inn',
    intro: 'Disse sidene er for koordinatorer i sanitetsforeningene som følger opp dem som vil bli ressursvenn.',
    forApplicationTitle: 'Logg inn for å se søknaden',
    forApplicationIntro: 'Du kom hit fra en lenke til en søknad. Når du har logget inn, kommer du rett til den.',
    languages: 'Språk',
    emailHeading: 'Med lenke på e-post',
    emailLabel: 'E-postadressen din',
    emailHint: 'Bruk adressen foreningen har registrert deg med. Du får en lenke som virker én gang, i 15 minutter.',
    emailError: 'Skriv e-postadressen din, for eksempel navn@eksempel.no.',
    errorSummary: 'Rett opp dette før du går videre:',
    errorPrefix: 'Feil',
    sendLink: 'Send meg en innloggingslenke',
    passkeyHeading: 'Med passnøkkel',
    passkeyHint: 'En passnøkkel ligger på telefonen eller datamaskinen din. Du låser den opp med fingeravtrykk, ansikt eller PIN-kode.',
    passkeyButton: 'Logg inn med passnøkkel',
    signedOut: 'Du er logget ut.',
    signedOutEverywhere: 'Du er logget ut på alle enheter.',
    notSaved: 'Du var logget ut, så det du sendte sist, ble ikke lagret. Logg inn igjen, så kommer du tilbake til siden og kan sende det på nytt.',
    sentTitle: 'Sjekk e-posten din',
    sentBody: 'Hvis adressen tilhører en koordinator, er en innloggingslenke på vei. Den virker én gang, i 15 minutter.',
    sentNotArrived: 'Kommer den ikke i løpet av noen minutter? Se i søppelposten, og sjekk at du brukte adressen foreningen har registrert deg med.',
    askAgain: 'Be om en ny lenke',
    linkTitle: 'Logg inn',
    linkBody: 'Trykk på knappen for å logge inn.',
    linkWhy: 'Vi spør fordi noen e-postprogrammer åpner lenker av seg selv for å se etter virus.',
    linkButton: 'Logg inn',
    deadLinkTitle: 'Lenken virker ikke lenger',
    deadLinkBody: 'Lenken er brukt, en annen lenke til deg er brukt, eller den er eldre enn 15 minutter.',
    tooManyTitle: 'For mange forsøk',
    tooManyBody: 'Det har vært for mange forsøk på å logge inn herfra. Vent et kvarter og prøv igjen.',
    passkey: {
      working: 'Venter på passnøkkelen …',
      unsupported: 'Denne nettleseren kan ikke bruke passnøkler. Bruk lenke på e-post i stedet.',
      failed: 'Det virket ikke med passnøkkelen, eller du avbrøt. Prøv igjen, eller bruk lenke på e-post.',
      tooMany: 'For mange forsøk. Vent et kvarter og prøv igjen.',
      done: 'Du er logget inn.',
    },
  },
  nn: {
    title: 'Logg inn',
    intro: 'Desse sidene er for koordinatorar i sanitetsforeiningane som følgjer opp dei som vil bli ressursvenn.',
    forApplicationTitle: 'Logg inn for å sjå søknaden',
    forApplicationIntro: 'Du kom hit frå ei lenkje til ein søknad. Når du har logga inn, kjem du rett til han.',
    languages: 'Språk',
    emailHeading: 'Med lenkje på e-post',
    emailLabel: 'E-postadressa di',
    emailHint: 'Bruk adressa foreininga har registrert deg med. Du får ei lenkje som verkar éin gong, i 15 minutt.',
    emailError: 'Skriv e-postadressa di, til dømes namn@eksempel.no.',
    errorSummary: 'Rett opp dette før du går vidare:',
    errorPrefix: 'Feil',
    sendLink: 'Send meg ei innloggingslenkje',
    passkeyHeading: 'Med passnøkkel',
    passkeyHint: 'Ein passnøkkel ligg på telefonen eller datamaskina di. Du låser han opp med fingeravtrykk, andlet eller PIN-kode.',
    passkeyButton: 'Logg inn med passnøkkel',
    signedOut: 'Du er logga ut.',
    signedOutEverywhere: 'Du er logga ut på alle einingar.',
    notSaved: 'Du var logga ut, så det du sende sist, vart ikkje lagra. Logg inn igjen, så kjem du tilbake til sida og kan sende det på nytt.',
    sentTitle: 'Sjekk e-posten din',
    sentBody: 'Viss adressa høyrer til ein koordinator, er ei innloggingslenkje på veg. Ho verkar éin gong, i 15 minutt.',
    sentNotArrived: 'Kjem ho ikkje i løpet av nokre minutt? Sjå i søppelposten, og sjekk at du brukte adressa foreininga har registrert deg med.',
    askAgain: 'Be om ei ny lenkje',
    linkTitle: 'Logg inn',
    linkBody: 'Trykk på knappen for å logge inn.',
    linkWhy: 'Vi spør fordi somme e-postprogram opnar lenkjer av seg sjølve for å sjå etter virus.',
    linkButton: 'Logg inn',
    deadLinkTitle: 'Lenkja verkar ikkje lenger',
    deadLinkBody: 'Lenkja er brukt, ei anna lenkje til deg er brukt, eller ho er eldre enn 15 minutt.',
    tooManyTitle: 'For mange forsøk',
    tooManyBody: 'Det har vore for mange forsøk på å logge inn herifrå. Vent eit kvarter og prøv igjen.',
    passkey: {
      working: 'Ventar på passnøkkelen …',
      unsupported: 'Denne nettlesaren kan ikkje bruke passnøklar. Bruk lenkje på e-post i staden.',
      failed: 'Det verka ikkje med passnøkkelen, eller du avbraut. Prøv igjen, eller bruk lenkje på e-post.',
      tooMany: 'For mange forsøk. Vent eit kvarter og prøv igjen.',
      done: 'Du er logga inn.',
    },
  },
  en: {
    title: 'Sign in',
    intro: 'These pages are for coordinators in the local associations who follow up people who want to become a Ressursvenn volunteer.',
    forApplicationTitle: 'Sign in to see the application',
    forApplicationIntro: 'You followed a link to an application. Once you have signed in, you go straight to it.',
    languages: 'Language',
    emailHeading: 'With a link by email',
    emailLabel: 'Your email address',
    emailHint: 'Use the address your association registered you with. You get a link that works once, for 15 minutes.',
    emailError: 'Enter your email address, for example name@example.com.',
    errorSummary: 'Please correct this first:',
    errorPrefix: 'Error',
    sendLink: 'Email me a sign-in link',
    passkeyHeading: 'With a passkey',
    passkeyHint: 'A passkey is kept on your phone or computer. You unlock it with your fingerprint, face or PIN.',
    passkeyButton: 'Sign in with a passkey',
    signedOut: 'You are signed out.',
    signedOutEverywhere: 'You are signed out on every device.',
    notSaved: 'You were signed out, so what you sent last was not saved. Sign in again to go back to the page and send it again.',
    sentTitle: 'Check your email',
    sentBody: 'If the address belongs to a coordinator, a sign-in link is on its way. It works once, for 15 minutes.',
    sentNotArrived: 'Not there within a few minutes? Look in your spam folder, and check that you used the address your association registered you with.',
    askAgain: 'Ask for a new link',
    linkTitle: 'Sign in',
    linkBody: 'Press the button to sign in.',
    linkWhy: 'We ask because some email programs open links by themselves to check them for viruses.',
    linkButton: 'Sign in',
    deadLinkTitle: 'This link no longer works',
    deadLinkBody: 'The link has been used, another link to you has been used, or it is more than 15 minutes old.',
    tooManyTitle: 'Too many attempts',
    tooManyBody: 'There have been too many attempts to sign in from here. Please wait a quarter of an hour and try again.',
    passkey: {
      working: 'Waiting for the passkey …',
      unsupported: 'This browser cannot use passkeys. Please use a link by email instead.',
      failed: 'The passkey did not work, or you cancelled. Try again, or use a link by email.',
      tooMany: 'Too many attempts. Please wait a quarter of an hour and try again.',
      done: 'You are signed in.',
    },
  },
};
