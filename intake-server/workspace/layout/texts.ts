/** The words of the workspace frame in each language. Pages keep their own texts next to them. */
import { DEFAULT_LANGUAGE, type Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface WorkspaceFrameTexts {
  product: string;
  skipToContent: string;
  mainNavigation: string;
  inbox: string;
  figures: string;
  coverage: string;
  account: string;
  /** The national admin's page for the postal code register, kommune list and association files. */
  referenceData: string;
  /** The association pages: the national admin's list, or a lead coordinator's own association. */
  associations: string;
  /** Information meetings and the course. */
  courses: string;
  /** The header's sign-out button (every page, so a shared computer is left signed out from wherever one is). */
  signOut: string;
}

const TEXTS: LanguageTexts<WorkspaceFrameTexts> = {
  nb: { product: 'Ressursvenn – koordinator', skipToContent: 'Hopp til innholdet', mainNavigation: 'Hovedmeny', inbox: 'Søknader', figures: 'Tall', coverage: 'Dekning', account: 'Konto', referenceData: 'Referansedata', associations: 'Foreninger', courses: 'Kurs og møter', signOut: 'Logg ut' },
  nn: { product: 'Ressursvenn – koordinator', skipToContent: 'Hopp til innhaldet', mainNavigation: 'Hovudmeny', inbox: 'Søknader', figures: 'Tal', coverage: 'Dekning', account: 'Konto', referenceData: 'Referansedata', associations: 'Foreiningar', courses: 'Kurs og møte', signOut: 'Logg ut' },
  en: { product: 'Ressursvenn – coordinators', skipToContent: 'Skip to content', mainNavigation: 'Main menu', inbox: 'Applications', figures: 'Figures', coverage: 'Coverage', account: 'Account', referenceData: 'Reference data', associations: 'Associations', courses: 'Courses and meetings', signOut: 'Sign out' },
};

export function workspaceText(language: Language): WorkspaceFrameTexts {
  return textsFor(TEXTS, language);
}

/** The page language: `?lang=` when given, else the signed-in person's, else the browser's first nb/nn/en, else nb. */
export function pickWorkspaceLanguage(query: string | undefined, staffLanguage: string | undefined, acceptLanguage: string | undefined): Language {
  for (const candidate of [query, staffLanguage, ...(acceptLanguage ?? '').split(',').map((p) => p.split(';')[0]!.trim().toLowerCase())]) {
    if (!candidate) continue;
    if (candidate === 'nn' || candidate.startsWith('nn-')) return 'nn';
    if (candidate === 'nb' || candidate === 'no' || candidate.startsWith('nb-') || candidate.startsWith('no-')) return 'nb';
    if (candidate === 'en' || candidate.startsWith('en-')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}
