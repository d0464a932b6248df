/** The sign-in link for the coordinator workspace: the link, how long it works, and what to do if it was not you. */
import type { Language } from '../../../contract/index.js';
import type { MailContent } from '../mail-content.js';
import type { SignInLinkData } from '../mail-kinds.js';

/** Builds the mail in the language of the page the link was asked for on. */
export function signInLink(d: SignInLinkData, lang: Language): MailContent {
  // The outbox stores this mail without its link (no token at rest); the worker makes the link just before rendering.
  if (typeof d.url !== 'string' || !d.url) throw new TypeError('a sign-in mail is rendered only with the link made for its delivery');
  switch (lang) {
    case 'en':
      return {
        subject: 'Your sign-in link for Ressursvenn',
        blocks: [
          { type: 'p', text: `Use the link below to sign in to the Ressursvenn coordinator pages. It works once, for ${d.validMinutes} minutes.` },
          { type: 'link', label: 'Sign in', href: d.url },
          { type: 'p', text: 'Did not ask for it? Then you can ignore this email: nobody can sign in without the link.' },
        ],
      };
    case 'nn':
      return {
        subject: 'Innloggingslenkja di til Ressursvenn',
        blocks: [
          { type: 'p', text: `Bruk lenkja under for å logge inn på koordinatorsidene til Ressursvenn. Ho verkar éin gong, i ${d.validMinutes} minutt.` },
          { type: 'link', label: 'Logg inn', href: d.url },
          { type: 'p', text: 'Har du ikkje bede om ho? Då kan du sjå bort frå denne e-posten: ingen kan logge inn utan lenkja.' },
        ],
      };
    default:
      return {
        subject: 'Innloggingslenken din til Ressursvenn',
        blocks: [
          { type: 'p', text: `Bruk lenken under for å logge inn på koordinatorsidene til Ressursvenn. Den virker én gang, i ${d.validMinutes} minutter.` },
          { type: 'link', label: 'Logg inn', href: d.url },
          { type: 'p', text: 'Har du ikke bedt om den? Da kan du se bort fra denne e-posten: ingen kan logge inn uten lenken.' },
        ],
      };
  }
}
