/** Nynorsk. The texts of the first step; the rest are in nn-later.ts. */
import type { Messages } from './index.js';

export const nn: Messages = {
  title: 'Søk om å bli ressursvenn',
  intro:
    'Som ressursvenn er du ei trygg støtte i kvardagen for ei kvinne som har flytta frå eit krisesenter og skal byggje opp eit nytt liv. Fyll ut skjemaet, så tek ei sanitetsforeining kontakt med deg.',
  requiredNote: 'Alle felt må fyllast ut dersom det ikkje står «valfritt».',
  optional: 'valfritt',
  sections: {
    contact: 'Kontaktopplysningar',
  },
  labels: {
    firstName: 'Førenamn',
    lastName: 'Etternamn',
    email: 'E-post',
    phone: 'Telefonnummer',
    postalCode: 'Postnummer',
  },
  hints: {
    phone: '8 siffer, eller landskode og nummer, til dømes 412 34 567 eller +46 70 123 45 67.',
    postalCode: 'Vi brukar postnummeret til å finne sanitetsforeininga nærast deg.',
  },
  steps: {
    progress: (step, total) => `Steg ${step} av ${total}`,
    next: 'Neste',
    back: 'Tilbake',
  },
  languageLabel: 'Språk',
  quickExit: 'Forlat sida',
  help: {
    summary: 'Treng du hjelp sjølv?',
    intro:
      'Dette skjemaet er for deg som vil bli frivillig. Det er ikkje ein stad å be om hjelp, og det blir ikkje lese med ein gong. Her kan du få hjelp:',
    items: [
      { title: 'Vold- og overgrepslinjen', body: ['Ring ', { tel: '116 006' }, '. Gratis og anonymt, heile døgnet.'] },
      { title: 'Ved akutt fare', body: ['Ring politiet på ', { tel: '112' }, '. Treng du ambulanse, ring ', { tel: '113' }, '.'] },
      {
        title: 'Krisesentera',
        body: ['Du kan kontakte kva krisesenter du vil, same kvar du bur.'],
      },
      { title: 'Barn og unge', body: ['Ring Alarmtelefonen for barn og unge på ', { tel: '116 111' }, '.'] },
    ],
  },
  status: {
    checkingDetails: 'Sjekkar kontaktopplysningane …',
    checking: 'Sjekkar postnummeret …',
    failed: 'Søknaden er ikkje sendt enno.',
  },
  failure: {
    heading: 'Søknaden er ikkje sendt enno',
    reasons: {
      network_error: 'Vi fekk ikkje kontakt med tenesta. Sjekk at du er kopla til internett.',
    },
    kept: 'Det du har skrive, ligg framleis i skjemaet.',
  },
};
