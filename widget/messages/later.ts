/** The later steps' texts of each language (in the flow chunk): loading them, and joining them with the first part. */
import type { Language } from '../../contract/limits.js';
import type { FullMessages, LaterMessages, Messages } from './index.js';
import { cached, firstMessages, once } from './load.js';

const LATER_LOADERS: Record<Language, () => Promise<LaterMessages>> = {
  nb: () => import('./nb-later.js').then((module) => module.nbLater),
  nn: () => import('./nn-later.js').then((module) => module.nnLater),
  en: () => import('./en-later.js').then((module) => module.enLater),
};

/** Both parts of a language as one. */
export function mergeMessages(first: Messages, later: LaterMessages): FullMessages {
  return {
    ...first,
    ...later,
    sections: { ...first.sections, ...later.sections },
    labels: { ...first.labels, ...later.labels },
    hints: { ...first.hints, ...later.hints },
    steps: { ...first.steps, ...later.steps },
    status: { ...first.status, ...later.status },
  };
}

/** Every text of a language if both parts are already here. */
export function cachedFullMessages(language: Language): FullMessages | undefined {
  return cached<FullMessages>(`${language}+`);
}

/** Loads both parts of a language. */
export function loadFullMessages(language: Language): Promise<FullMessages> {
  return once(`${language}+`, async () => mergeMessages(firstMessages(language), await LATER_LOADERS[language]()));
}
