/** Loading the first step's texts of one language at a time, and keeping what was loaded. */
import type { Language } from '../../contract/index.js';
import type { FullMessages, Messages } from './index.js';
import { nb } from './nb.js';

// Bokmål, the default, is part of the element's own file (widget.js), so that most pages fetch nothing more before the
// form is usable. Literal import() calls for the others, so that the bundler makes one chunk per language (and
// later.ts one per later part).
const LOADERS: Record<Language, () => Promise<Messages>> = {
  nb: () => Promise.resolve(nb),
  nn: () => import('./nn.js').then((module) => module.nn),
  en: () => import('./en.js').then((module) => module.en),
};

// Bokmål is here from the start, so that the element's first render on a Bokmål page already shows the form.
const loaded = new Map<string, Messages | FullMessages>([['nb', nb]]);
const loading = new Map<string, Promise<Messages | FullMessages>>();

/** Runs `load` once per key and keeps its result; a failed load may be tried again. */
export function once<T extends Messages | FullMessages>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loading.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load().then(
      (messages) => {
        loaded.set(key, messages);
        return messages;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** The texts kept under `key` if they are already here. */
export function cached<T extends Messages | FullMessages>(key: string): T | undefined {
  return loaded.get(key) as T | undefined;
}

/** Loads the first step's texts of a language (once; a failed load may be tried again). */
export function loadMessages(language: Language): Promise<Messages> {
  return once(language, LOADERS[language]);
}
