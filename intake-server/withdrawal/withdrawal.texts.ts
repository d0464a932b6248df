/** The words of the withdrawal pages, in the applicant's language (the one she applied in, carried by the link). */
import type { LanguageTexts } from '../texts.js';

export interface WithdrawalTexts {
  kicker: string;
  confirmTitle: string;
  confirm: string;
  consequence: string;
  button: string;
  keep: string;
  doneTitle: string;
  done: string;
  welcomeBack: string;
  unavailableTitle: string;
  unavailable: string;
  unavailableHelp: string;
}

export const WITHDRAWAL_TEXTS: LanguageTexts<WithdrawalTexts> = {
  nb: {
    kicker: 'Ressursvenn',
    confirmTitle: 'Trekk søknaden?',
    confirm: 'Hvis du trekker søknaden om å bli ressursvenn, sletter vi den og alt vi har om den.',
    consequence: 'Sanitetsforeningen får bare beskjed om at søknaden er trukket, ikke navnet ditt. Dette kan ikke angres.',
    button: 'Ja, trekk søknaden',
    keep: 'Vil du beholde søknaden, kan du lukke siden.',
    doneTitle: 'Søknaden er trukket',
    done: 'Vi har slettet søknaden din og alt vi hadde om den.',
    welcomeBack: 'Du er velkommen til å søke igjen senere.',
    unavailableTitle: 'Lenken virker ikke lenger',
    unavailable: 'Søknaden er allerede trukket eller slettet, eller lenken er for gammel. Da har vi ingen søknad å slette.',
    unavailableHelp: 'Lurer du på noe, kan du svare på e-posten med kvitteringen, så hjelper sanitetsforeningen deg.',
  },
  nn: {
    kicker: 'Ressursvenn',
    confirmTitle: 'Trekkje søknaden?',
    confirm: 'Dersom du trekkjer søknaden om å bli ressursvenn, slettar vi han og alt vi har om han.',
    consequence: 'Sanitetsforeininga får berre melding om at søknaden er trekt, ikkje namnet ditt. Dette kan ikkje angrast.',
    button: 'Ja, trekk søknaden',
    keep: 'Vil du halde på søknaden, kan du lukke sida.',
    doneTitle: 'Søknaden er trekt',
    done: 'Vi har sletta søknaden din og alt vi hadde om han.',
    welcomeBack: 'Du er velkomen til å søkje igjen seinare.',
    unavailableTitle: 'Lenkja verkar ikkje lenger',
    unavailable: 'Søknaden er alt trekt eller sletta, eller lenkja er for gammal. Då har vi ingen søknad å slette.',
    unavailableHelp: 'Lurer du på noko, kan du svare på e-posten med kvitteringa, så hjelper sanitetsforeininga deg.',
  },
  en: {
    kicker: 'Ressursvenn volunteers',
    confirmTitle: 'Withdraw your application?',
    confirm: 'If you withdraw your application to become a Ressursvenn volunteer, we delete it and everything we hold about it.',
    consequence: 'The association is only told that the application was withdrawn, not your name. This cannot be undone.',
    button: 'Yes, withdraw my application',
    keep: 'To keep your application, just close this page.',
    doneTitle: 'Your application has been withdrawn',
    done: 'We have deleted your application and everything we held about it.',
    welcomeBack: 'You are welcome to apply again later.',
    unavailableTitle: 'This link no longer works',
    unavailable: 'The application has already been withdrawn or deleted, or the link is too old. There is no application left to delete.',
    unavailableHelp: 'If you have any questions, reply to the email with your receipt and the association will help you.',
  },
};
