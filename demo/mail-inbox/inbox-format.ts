/** Norwegian wording and time formats shared by the inbox page's parts. */

const TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', timeStyle: 'medium' });
const DATE_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'medium' });

/** Time of day in Norway, for the message list, e.g. `14:03:27`. */
export function formatTime(iso: string): string {
  return TIME.format(new Date(iso));
}

/** Date and time in Norway, for a message's details. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** `1 melding`, `3 meldinger`. */
export function countMessages(count: number): string {
  return count === 1 ? '1 melding' : `${count} meldinger`;
}

/** The subject, or a visible stand-in when it is empty. */
export function subjectOrPlaceholder(subject: string): string {
  return subject.trim() === '' ? '(uten emne)' : subject;
}
