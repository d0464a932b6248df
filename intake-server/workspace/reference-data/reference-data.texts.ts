/** The words of the admin's reference-data pages: upload, preview, apply or cancel. */
import type { Language } from '../../../contract/index.js';
import type { ReferenceFileKind } from '../../reference-data/reference-upload.js';
import type { ReferenceWarning } from '../../reference-data/reference-checks.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface ReferenceDataTexts {
  title: string;
  intro: string;
  storedHeading: string;
  stored: (c: { postalCodes: number; kommuner: number; associations: number }) => string[];
  uploadHeading: string;
  kindLegend: string;
  kind: Record<ReferenceFileKind, string>;
  kindHint: Record<ReferenceFileKind, string>;
  file: string;
  fileHint: string;
  preview: string;
  errorTitle: string;
  chooseKind: string;
  chooseFile: string;
  tooLarge: (sizeMb: string, limitMb: string) => string;
  invalid: string;
  problemsHeading: string;
  problemsNote: string;
  more: (n: number) => string;
  previewTitle: string;
  previewOf: (kind: string, file: string, encoding: string) => string;
  rows: (n: number) => string;
  changesHeading: string;
  added: string;
  changed: string;
  removed: string;
  unchanged: string;
  firstOf: (n: number) => string;
  neverRemoved: string;
  warningsHeading: string;
  noWarnings: string;
  warning: (w: ReferenceWarning) => string;
  applyNote: string;
  apply: string;
  cancel: string;
  expires: (time: string) => string;
  applied: (kind: string, rows: number) => string;
  cancelled: string;
}

const nb: ReferenceDataTexts = {
  title: 'Referansedata',
  intro: 'Her bytter du ut postnummerregisteret og kommunelisten, og legger inn eller endrer foreninger fra en fil. Du ser først hva som endres, og velger så å bruke filen eller avbryte.',
  storedHeading: 'Lagret nå',
  stored: (c) => [`${c.postalCodes} postnummer`, `${c.kommuner} kommuner`, `${c.associations} foreninger`],
  uploadHeading: 'Last opp en fil',
  kindLegend: 'Hva slags fil er det?',
  kind: { postnummer: 'Postnummerregisteret fra Bring', kommuner: 'Kommunelisten fra Kartverket', foreninger: 'Foreninger (CSV eller JSON)' },
  kindHint: {
    postnummer: 'Tabulatordelt tekst slik Bring publiserer den (postnummerregister-ansi.txt). Hele registeret byttes ut. Høyst 5 MB.',
    kommuner: 'Én kommune per linje: fylkesnummer, fylkesnavn, kommunenummer og kommunenavn, skilt med semikolon. Hele listen byttes ut. Høyst 1 MB.',
    foreninger: 'Samme format som «associations import» i admin-verktøyet. Foreninger blir lagt til eller endret, aldri fjernet. Høyst 2 MB.',
  },
  file: 'Fil',
  fileHint: 'UTF-8, eller Windows-1252 slik Excel lagrer CSV.',
  preview: 'Vis hva som endres',
  errorTitle: 'Filen kan ikke brukes',
  chooseKind: 'Velg hva slags fil det er.',
  chooseFile: 'Velg en fil.',
  tooLarge: (size, limit) => `Filen er for stor (${size} MB). Grensen for denne typen fil er ${limit} MB.`,
  invalid: 'Filen har feil. Ingenting er endret.',
  problemsHeading: 'Feil i filen',
  problemsNote: 'Feilene står slik admin-verktøyet skriver dem, på engelsk, med linjenummer.',
  more: (n) => `… og ${n} til.`,
  previewTitle: 'Se over endringene',
  previewOf: (kind, file, encoding) => `${kind}: ${file}, lest som ${encoding}.`,
  rows: (n) => `Filen har ${n} rader.`,
  changesHeading: 'Dette endres',
  added: 'Nye',
  changed: 'Endret',
  removed: 'Fjernet',
  unchanged: 'Uendret',
  firstOf: (n) => `De første ${n}:`,
  neverRemoved: 'En import fjerner aldri en forening. Sett en forening som inaktiv i stedet.',
  warningsHeading: 'Verdt å sjekke',
  noWarnings: 'Ingenting å sjekke.',
  warning: (w) =>
    w.code === 'kommuner_not_listed'
      ? `Postnummerregisteret bruker kommunenummer som ikke står i kommunelisten: ${w.kommuner.join(', ')}. Er de to filene fra samme år?`
      : w.code === 'stale_coverage'
        ? `${w.slug} dekker kommunenummer som ikke finnes i kommunelisten: ${w.kommuner.join(', ')} (slått sammen eller fått nytt nummer?).`
        : `${w.slug} har ingen koordinatorer, så søknader går utenom foreningen.`,
  applyNote: 'Alt skjer i én operasjon: enten alt eller ingenting. Nye søknader blir fordelt etter de nye dataene med en gang.',
  apply: 'Bruk filen',
  cancel: 'Avbryt',
  expires: (time) => `Opplastingen blir liggende til ${time}.`,
  applied: (kind, rows) => `${kind}: filen er tatt i bruk (${rows} rader).`,
  cancelled: 'Avbrutt. Ingenting er endret.',
};

const nn: ReferenceDataTexts = {
  title: 'Referansedata',
  intro: 'Her byter du ut postnummerregisteret og kommunelista, og legg inn eller endrar foreiningar frå ei fil. Du ser først kva som blir endra, og vel så å bruke fila eller avbryte.',
  storedHeading: 'Lagra no',
  stored: (c) => [`${c.postalCodes} postnummer`, `${c.kommuner} kommunar`, `${c.associations} foreiningar`],
  uploadHeading: 'Last opp ei fil',
  kindLegend: 'Kva slags fil er det?',
  kind: { postnummer: 'Postnummerregisteret frå Bring', kommuner: 'Kommunelista frå Kartverket', foreninger: 'Foreiningar (CSV eller JSON)' },
  kindHint: {
    postnummer: 'Tabulatordelt tekst slik Bring publiserer han (postnummerregister-ansi.txt). Heile registeret blir bytt ut. Høgst 5 MB.',
    kommuner: 'Éin kommune per linje: fylkesnummer, fylkesnamn, kommunenummer og kommunenamn, skilde med semikolon. Heile lista blir bytt ut. Høgst 1 MB.',
    foreninger: 'Same format som «associations import» i admin-verktøyet. Foreiningar blir lagde til eller endra, aldri fjerna. Høgst 2 MB.',
  },
  file: 'Fil',
  fileHint: 'UTF-8, eller Windows-1252 slik Excel lagrar CSV.',
  preview: 'Vis kva som blir endra',
  errorTitle: 'Fila kan ikkje brukast',
  chooseKind: 'Vel kva slags fil det er.',
  chooseFile: 'Vel ei fil.',
  tooLarge: (size, limit) => `Fila er for stor (${size} MB). Grensa for denne typen fil er ${limit} MB.`,
  invalid: 'Fila har feil. Ingenting er endra.',
  problemsHeading: 'Feil i fila',
  problemsNote: 'Feila står slik admin-verktøyet skriv dei, på engelsk, med linjenummer.',
  more: (n) => `… og ${n} til.`,
  previewTitle: 'Sjå over endringane',
  previewOf: (kind, file, encoding) => `${kind}: ${file}, lesen som ${encoding}.`,
  rows: (n) => `Fila har ${n} rader.`,
  changesHeading: 'Dette blir endra',
  added: 'Nye',
  changed: 'Endra',
  removed: 'Fjerna',
  unchanged: 'Uendra',
  firstOf: (n) => `Dei første ${n}:`,
  neverRemoved: 'Ein import fjernar aldri ei foreining. Set ei foreining som inaktiv i staden.',
  warningsHeading: 'Verdt å sjekke',
  noWarnings: 'Ingenting å sjekke.',
  warning: (w) =>
    w.code === 'kommuner_not_listed'
      ? `Postnummerregisteret bruker kommunenummer som ikkje står i kommunelista: ${w.kommuner.join(', ')}. Er dei to filene frå same år?`
      : w.code === 'stale_coverage'
        ? `${w.slug} dekkjer kommunenummer som ikkje finst i kommunelista: ${w.kommuner.join(', ')} (slått saman eller fått nytt nummer?).`
        : `${w.slug} har ingen koordinatorar, så søknader går utanom foreininga.`,
  applyNote: 'Alt skjer i éin operasjon: anten alt eller ingenting. Nye søknader blir fordelte etter dei nye dataa med ein gong.',
  apply: 'Bruk fila',
  cancel: 'Avbryt',
  expires: (time) => `Opplastinga blir liggjande til ${time}.`,
  applied: (kind, rows) => `${kind}: fila er teken i bruk (${rows} rader).`,
  cancelled: 'Avbrote. Ingenting er endra.',
};

const en: ReferenceDataTexts = {
  title: 'Reference data',
  intro: 'Here you replace the postal code register and the kommune list, and add or change associations from a file. You first see what would change, then apply the file or cancel.',
  storedHeading: 'Stored now',
  stored: (c) => [`${c.postalCodes} postal codes`, `${c.kommuner} kommuner`, `${c.associations} associations`],
  uploadHeading: 'Upload a file',
  kindLegend: 'What kind of file is it?',
  kind: { postnummer: "Bring's postal code register", kommuner: "Kartverket's kommune list", foreninger: 'Associations (CSV or JSON)' },
  kindHint: {
    postnummer: 'Tab-separated text as Bring publishes it (postnummerregister-ansi.txt). The whole register is replaced. At most 5 MB.',
    kommuner: 'One kommune a line: fylkesnummer, fylkesnavn, kommunenummer and kommunenavn, separated by semicolons. The whole list is replaced. At most 1 MB.',
    foreninger: 'The format of the admin tool\'s "associations import". Associations are added or changed, never removed. At most 2 MB.',
  },
  file: 'File',
  fileHint: 'UTF-8, or Windows-1252 as Excel saves CSV.',
  preview: 'Show what would change',
  errorTitle: 'The file cannot be used',
  chooseKind: 'Choose what kind of file it is.',
  chooseFile: 'Choose a file.',
  tooLarge: (size, limit) => `The file is too large (${size} MB). The limit for this kind of file is ${limit} MB.`,
  invalid: 'The file has errors. Nothing was changed.',
  problemsHeading: 'Errors in the file',
  problemsNote: 'The errors as the admin tool reports them, with line numbers.',
  more: (n) => `… and ${n} more.`,
  previewTitle: 'Check the changes',
  previewOf: (kind, file, encoding) => `${kind}: ${file}, read as ${encoding}.`,
  rows: (n) => `The file has ${n} rows.`,
  changesHeading: 'What changes',
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  unchanged: 'Unchanged',
  firstOf: (n) => `The first ${n}:`,
  neverRemoved: 'An import never removes an association. Make one inactive instead.',
  warningsHeading: 'Worth checking',
  noWarnings: 'Nothing to check.',
  warning: (w) =>
    w.code === 'kommuner_not_listed'
      ? `The postal code register uses kommunenummer that are not in the kommune list: ${w.kommuner.join(', ')}. Are the two files from the same year?`
      : w.code === 'stale_coverage'
        ? `${w.slug} covers kommunenummer the kommune list does not have: ${w.kommuner.join(', ')} (merged or renumbered?).`
        : `${w.slug} has no coordinators, so applications skip it.`,
  applyNote: 'All in one step: everything or nothing. New applications are routed with the new data at once.',
  apply: 'Apply the file',
  cancel: 'Cancel',
  expires: (time) => `The upload is kept until ${time}.`,
  applied: (kind, rows) => `${kind}: the file is applied (${rows} rows).`,
  cancelled: 'Cancelled. Nothing was changed.',
};

const TEXTS: LanguageTexts<ReferenceDataTexts> = { nb, nn, en };

export function referenceDataTexts(language: Language): ReferenceDataTexts {
  return textsFor(TEXTS, language);
}
