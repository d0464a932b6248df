/** The first step's texts of every language, and loading and keeping the later parts (later.ts). */
import type { Language } from '../../contract/index.js';
import { en } from './en.js';
import type { FullMessages, Messages } from './index.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

// All three languages' first-step texts are part of the element's own file (widget.js) and in the cache from the
// start, so that a page in any language renders the form in the element's first update, with no request after
// widget.js (a second round trip is 150 ms or more on a phone). The later parts are chunks (later.ts).
const FIRST: Record<Language, Messages> = { nb, nn, en };

const loaded = new Map<string, Messages | FullMessages>(Object.entries(FIRST));
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

/** The first step's texts of a language (always here: they are part of widget.js). */
export function firstMessages(language: Language): Messages {
  return FIRST[language];
}
