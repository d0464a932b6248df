/**
 * To a workspace account when a passkey was added to it or removed from it, or all were removed by the national
 * admin: what happened and when, a link to the account page, and what to do if it was not her. Nothing else: no
 * passkey name, no device, no address.
 */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { MailContent } from '../mail-content.js';
import type { PasskeyChangedData } from '../mail-kinds.js';
import { formatOsloTime } from '../../lib/oslo-format.js';

interface Wording {
  subject: Record<PasskeyChangedData['change'], string>;
  what: Record<PasskeyChangedData['change'], (time: string) => string>;
  open: string;
  notYou: string;
  resetNotYou: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: {
      added: 'En passnøkkel er lagt til på kontoen din i Ressursvenn',
      removed: 'En passnøkkel er fjernet fra kontoen din i Ressursvenn',
      reset: 'Passnøklene dine i Ressursvenn er fjernet',
    },
    what: {
      added: (t) => `En ny passnøkkel ble registrert på kontoen din på koordinatorsidene til Ressursvenn ${t}.`,
      removed: (t) => `En passnøkkel ble fjernet fra kontoen din på koordinatorsidene til Ressursvenn ${t}.`,
      reset: (t) =>
        `Nasjonal kontaktperson fjernet passnøklene dine på koordinatorsidene til Ressursvenn ${t}, og du ble logget ut overalt. Be om en innloggingslenke på e-post, så kan du registrere en ny passnøkkel.`,
    },
    open: 'Se passnøklene dine',
    notYou: 'Var det ikke deg? Logg inn, fjern passnøkler du ikke kjenner igjen, velg «Logg ut overalt», og si fra til nasjonal kontaktperson.',
    resetNotYou: 'Har du ikke bedt om dette? Si fra til nasjonal kontaktperson.',
  },
  nn: {
    subject: {
      added: 'Ein passnøkkel er lagd til på kontoen din i Ressursvenn',
      removed: 'Ein passnøkkel er fjerna frå kontoen din i Ressursvenn',
      reset: 'Passnøklane dine i Ressursvenn er fjerna',
    },
    what: {
      added: (t) => `Ein ny passnøkkel vart registrert på kontoen din på koordinatorsidene til Ressursvenn ${t}.`,
      removed: (t) => `Ein passnøkkel vart fjerna frå kontoen din på koordinatorsidene til Ressursvenn ${t}.`,
      reset: (t) =>
        `Nasjonal kontaktperson fjerna passnøklane dine på koordinatorsidene til Ressursvenn ${t}, og du vart logga ut overalt. Be om ei innloggingslenkje på e-post, så kan du registrere ein ny passnøkkel.`,
    },
    open: 'Sjå passnøklane dine',
    notYou: 'Var det ikkje deg? Logg inn, fjern passnøklar du ikkje kjenner att, vel «Logg ut overalt», og sei frå til nasjonal kontaktperson.',
    resetNotYou: 'Har du ikkje bede om dette? Sei frå til nasjonal kontaktperson.',
  },
  en: {
    subject: {
      added: 'A passkey was added to your Ressursvenn account',
      removed: 'A passkey was removed from your Ressursvenn account',
      reset: 'Your Ressursvenn passkeys were removed',
    },
    what: {
      added: (t) => `A new passkey was registered on your account in the Ressursvenn coordinator pages on ${t}.`,
      removed: (t) => `A passkey was removed from your account in the Ressursvenn coordinator pages on ${t}.`,
      reset: (t) =>
        `The national contact removed your passkeys in the Ressursvenn coordinator pages on ${t} and signed you out everywhere. Ask for a sign-in link by email, then register a new passkey.`,
    },
    open: 'See your passkeys',
    notYou: 'Was it not you? Sign in, remove any passkey you do not recognise, choose “Sign out everywhere”, and tell the national contact.',
    resetNotYou: 'Did you not ask for this? Tell the national contact.',
  },
};

/** Builds the mail in the account's language. */
export function passkeyChanged(d: PasskeyChangedData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  return {
    subject: w.subject[d.change],
    blocks: [
      { type: 'p', text: w.what[d.change](formatOsloTime(d.at, lang)) },
      { type: 'link', label: w.open, href: d.accountUrl },
      { type: 'p', text: d.change === 'reset' ? w.resetNotYou : w.notYou },
    ],
  };
}
