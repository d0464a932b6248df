/** The alert to the national contact when the mail server refuses the service's credentials. No personal data. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { MailContent } from '../mail-content.js';
import type { SmtpAuthAlertData } from '../mail-kinds.js';
import { formatOsloTime } from '../../lib/oslo-format.js';

interface Wording {
  subject: string;
  refused: (since: string) => string;
  nothingLost: string;
  late: string;
  findCause: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: 'Ressursvenn: e-posttjeneren avviste påloggingen',
    refused: (since) =>
      `Fra ${since} avviste e-posttjeneren brukernavnet eller passordet som Ressursvenn-tjenesten logger inn med. Utsendingen av e-post ble satt på pause. Tjenesten prøvde igjen med jevne mellomrom.`,
    nothingLost: 'Ingen søknader eller e-poster er tapt. E-postene ventet i utboksen og sendes nå som påloggingen virker igjen.',
    late: 'Dette varselet kunne ikke sendes før påloggingen virket igjen.',
    findCause: 'Be den som drifter tjenesten finne ut hvorfor påloggingen sviktet, for eksempel et byttet passord i SMTP_URL. Da skjer det ikke igjen.',
  },
  nn: {
    subject: 'Ressursvenn: e-posttenaren avviste innlogginga',
    refused: (since) =>
      `Frå ${since} avviste e-posttenaren brukarnamnet eller passordet som Ressursvenn-tenesta loggar inn med. Utsendinga av e-post vart sett på pause. Tenesta prøvde på nytt med jamne mellomrom.`,
    nothingLost: 'Ingen søknader eller e-postar har gått tapt. E-postane venta i utboksen og blir sende no som innlogginga verkar igjen.',
    late: 'Dette varselet kunne ikkje sendast før innlogginga verka igjen.',
    findCause: 'Be den som driftar tenesta finne ut kvifor innlogginga svikta, til dømes eit bytt passord i SMTP_URL. Då skjer det ikkje igjen.',
  },
  en: {
    subject: 'Ressursvenn: the mail server refused the service’s login',
    refused: (since) =>
      `From ${since} the mail server refused the user name or password the Ressursvenn service logs in with. Sending was paused. The service tried again at intervals.`,
    nothingLost: 'No applications or emails were lost. The emails waited in the outbox and are sent now that the login works again.',
    late: 'This alert could not be sent until the login worked again.',
    findCause: 'Please ask whoever runs the service to find out why the login failed, for example a changed password in SMTP_URL, so that it does not happen again.',
  },
};

/**
 * Builds the alert. It can only be delivered once the credentials work again (it waits in the same outbox), so it
 * says so: it reports an incident that is over, or nearly, and asks for the cause to be found.
 */
export function smtpAuthAlert(d: SmtpAuthAlertData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  return {
    subject: w.subject,
    blocks: [
      { type: 'p', text: w.refused(formatOsloTime(d.since, lang)) },
      { type: 'p', text: w.nothingLost },
      { type: 'p', text: `${w.late} ${w.findCause}` },
    ],
  };
}
