/** The column names of the CSV export in each language. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface CsvExportTexts {
  header: readonly string[];
}

const TEXTS: LanguageTexts<CsvExportTexts> = {
  nb: {
    header: ['Referanse', 'Status', 'Søkte', 'Fornavn', 'Etternavn', 'E-post', 'Telefon', 'Postnummer', 'Kommune', 'Ting å snakke om', 'Følges opp av', 'Første kontakt', 'Kurs fullført', 'Erklæring skrevet under', 'Politiattest vist fram', 'Politiattest sett av', 'Avsluttet'],
  },
  nn: {
    header: ['Referanse', 'Status', 'Søkte', 'Førenamn', 'Etternamn', 'E-post', 'Telefon', 'Postnummer', 'Kommune', 'Ting å snakke om', 'Blir følgd opp av', 'Første kontakt', 'Kurs fullført', 'Fråsegn skriven under', 'Politiattest vist fram', 'Politiattest sett av', 'Avslutta'],
  },
  en: {
    header: ['Reference', 'Status', 'Applied', 'First name', 'Last name', 'Email', 'Phone', 'Postcode', 'Municipality', 'Things to talk through', 'Followed up by', 'First contact', 'Course completed', 'Declaration signed', 'Police certificate shown', 'Police certificate seen by', 'Closed'],
  },
};

/** The export's words in `language`. */
export function csvExportTexts(language: Language): CsvExportTexts {
  return textsFor(TEXTS, language);
}
