/** The sign-in link for the coordinator workspace: the link, how long it works, and what to do if it was not you. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { MailContent } from '../mail-content.js';
import type { SignInLinkData } from '../mail-kinds.js';

interface Wording {
  subject: string;
  use: (minutes: number) => string;
  signIn: string;
  notYou: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: 'Innloggingslenken din til Ressursvenn',
    use: (m) => `Bruk lenken under for å logge inn på koordinatorsidene til Ressursvenn. Den virker én gang, i ${m} minutter.`,
    signIn: 'Logg inn',
    notYou: 'Har du ikke bedt om den? Da kan du se bort fra denne e-posten: ingen kan logge inn uten lenken.',
  },
  nn: {
    subject: 'Innloggingslenkja di til Ressursvenn',
    use: (m) => `Bruk lenkja under for å logge inn på koordinatorsidene til Ressursvenn. Ho verkar éin gong, i ${m} minutt.`,
    signIn: 'Logg inn',
    notYou: 'Har du ikkje bede om lenkja? Då kan du sjå bort frå denne e-posten: ingen kan logge inn utan lenkja.',
  },
  en: {
    subject: 'Your sign-in link for Ressursvenn',
    use: (m) => `Use the link below to sign in to the Ressursvenn coordinator pages. It works once, for ${m} minutes.`,
    signIn: 'Sign in',
    notYou: 'If you did not ask for this link, you can ignore this email: nobody can sign in without it.',
  },
};

/** Builds the mail in the language of the page the link was asked for on. */
export function signInLink(d: SignInLinkData, lang: Language): MailContent {
  // The outbox stores this mail without its link (no token at rest); the worker makes the link just before rendering.
  if (typeof d.url !== 'string' || !d.url) throw new TypeError('a sign-in mail is rendered only with the link made for its delivery');
  const w = textsFor(WORDING, lang);
  return {
    subject: w.subject,
    blocks: [
      { type: 'p', text: w.use(d.validMinutes) },
      { type: 'link', label: w.signIn, href: d.url },
      { type: 'p', text: w.notYou },
    ],
  };
}
