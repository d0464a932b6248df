/** Bokmål: the default language of the form. The texts of the first step; the rest are in nb-later.ts. */
import type { Messages } from './index.js';

export const nb: Messages = {
  title: 'Søk om å bli ressursvenn',
  intro:
    'Som ressursvenn er du en trygg støtte i hverdagen for en kvinne som har flyttet fra et krisesenter og skal bygge opp et nytt liv. Fyll ut skjemaet, så tar en sanitetsforening kontakt med deg.',
  requiredNote: 'Alle felt må fylles ut hvis det ikke står «valgfritt».',
  optional: 'valgfritt',
  sections: {
    contact: 'Kontaktopplysninger',
  },
  labels: {
    firstName: 'Fornavn',
    lastName: 'Etternavn',
    email: 'E-post',
    phone: 'Telefonnummer',
    postalCode: 'Postnummer',
  },
  hints: {
    phone: '8 siffer, eller med landskode, for eksempel 412 34 567 eller +46 70 123 45 67.',
    postalCode: 'Vi bruker postnummeret til å finne sanitetsforeningen nærmest deg.',
  },
  steps: {
    progress: (step, total) => `Steg ${step} av ${total}`,
    next: 'Neste',
    back: 'Tilbake',
  },
  languageLabel: 'Språk',
  quickExit: 'Forlat siden',
  help: {
    summary: 'Trenger du hjelp selv?',
    intro:
      'Dette skjemaet er for deg som vil bli frivillig. Det er ikke et sted å be om hjelp, og det blir ikke lest med en gang. Her kan du få hjelp:',
    items: [
      { title: 'Vold- og overgrepslinjen', body: ['Ring ', { tel: '116 006' }, '. Gratis og anonymt, hele døgnet.'] },
      { title: 'Ved akutt fare', body: ['Ring politiet på ', { tel: '112' }, '. Trenger du ambulanse, ring ', { tel: '113' }, '.'] },
      {
        title: 'Krisesentrene',
        body: ['Du kan kontakte hvilket krisesenter du vil, uansett hvor du bor.'],
      },
      { title: 'Barn og unge', body: ['Ring Alarmtelefonen for barn og unge på ', { tel: '116 111' }, '.'] },
    ],
  },
  status: {
    checkingDetails: 'Sjekker kontaktopplysningene …',
    checking: 'Sjekker postnummeret …',
    failed: 'Søknaden er ikke sendt ennå.',
  },
  failure: {
    heading: 'Søknaden er ikke sendt ennå',
    reasons: {
      network_error: 'Vi fikk ikke kontakt med tjenesten. Sjekk at du er koblet til internett.',
    },
    kept: 'Det du har skrevet, ligger fortsatt i skjemaet.',
  },
};
