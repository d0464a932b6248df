/** The form's accessible name in a frame: one text for the widget's isolated frame and the server's hosted frame page. */
import type { Language } from './limits.js';

export const FORM_FRAME_TITLES: Readonly<Record<Language, string>> = {
  nb: 'Søknadsskjema for ressursvenner',
  nn: 'Søknadsskjema for ressursvenner',
  en: 'Ressursvenn volunteer application form',
};
