/** The alert to the national contact when the mail server refuses the service's credentials. No personal data. */
import type { Language } from '../../../contract/index.js';
import type { MailContent } from '../mail-content.js';
import type { SmtpAuthAlertData } from '../mail-kinds.js';
import { formatOsloTime } from './format-time.js';

/**
 * Builds the alert. It can only be delivered once the credentials work again (it waits in the same outbox), so it
 * says so: it reports an incident that is over, or nearly, and asks for the cause to be found.
 */
export function smtpAuthAlert(d: SmtpAuthAlertData, lang: Language): MailContent {
  const since = formatOsloTime(d.since, lang);
  switch (lang) {
    case 'en':
      return {
        subject: 'Ressursvenn: the mail server refused the service’s login',
        blocks: [
          { type: 'p', text: `From ${since} the mail server refused the user name or password the Ressursvenn service logs in with. Sending was paused and tried again at intervals.` },
          { type: 'p', text: 'No applications or emails were lost: the emails waited in the outbox and are sent now that the login works again.' },
          { type: 'p', text: 'This alert itself could only be sent once the login worked again. Please ask whoever runs the service to find out why it failed (for example a changed password in SMTP_URL), so that it does not happen again.' },
        ],
      };
    case 'nn':
      return {
        subject: 'Ressursvenn: e-posttenaren avviste innlogginga',
        blocks: [
          { type: 'p', text: `Frå ${since} avviste e-posttenaren brukarnamnet eller passordet som Ressursvenn-tenesta loggar inn med. Utsendinga av e-post vart sett på pause og prøvd på nytt med jamne mellomrom.` },
          { type: 'p', text: 'Ingen søknader eller e-postar har gått tapt: e-postane venta i utboksen og blir sende no som innlogginga verkar igjen.' },
          { type: 'p', text: 'Dette varselet kunne sjølv først sendast då innlogginga verka igjen. Be den som driftar tenesta finne ut kvifor innlogginga svikta (til dømes eit bytt passord i SMTP_URL), så det ikkje skjer igjen.' },
        ],
      };
    default:
      return {
        subject: 'Ressursvenn: e-posttjeneren avviste påloggingen',
        blocks: [
          { type: 'p', text: `Fra ${since} avviste e-posttjeneren brukernavnet eller passordet som Ressursvenn-tjenesten logger inn med. Utsendingen av e-post ble satt på pause og prøvd igjen med jevne mellomrom.` },
          { type: 'p', text: 'Ingen søknader eller e-poster er tapt: e-postene ventet i utboksen og sendes nå som påloggingen virker igjen.' },
          { type: 'p', text: 'Dette varselet kunne selv først sendes da påloggingen virket igjen. Be den som drifter tjenesten finne ut hvorfor påloggingen sviktet (for eksempel et byttet passord i SMTP_URL), så det ikke skjer igjen.' },
        ],
      };
  }
}
