/**
 * The draft kept in the tab (issue 16): what the volunteer typed and chose, in `sessionStorage` under the association's
 * slug, so that a reload does not lose it. Never `localStorage` (shared devices keep it after the tab closes), never
 * the privacy acknowledgement (she confirms it again) nor anything the form adds itself (the honeypot, proof of work).
 * Where storage is missing or refuses (private mode, a sandboxed frame), nothing is kept and nothing breaks.
 */
import { VISIBLE_FIELDS, type VisibleField } from './form-fields.js';
import { languageKey } from './tab-language.js';

/** What a draft may hold: every answer the volunteer gives, except the acknowledgement. */
export const DRAFT_FIELDS = VISIBLE_FIELDS.filter((name) => name !== 'privacyAcknowledged');

export type Draft = Partial<Record<VisibleField, string>>;

export const draftKey = (slug: string): string => `ressursvenn-draft:${slug}`;

/** The tab's storage, or null where reading it throws. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Runs `task` on the tab's storage; a refusal (quota, private mode) keeps nothing. */
function withStorage<T>(task: (storage: Storage) => T): T | undefined {
  try {
    const storage = tabStorage();
    return storage ? task(storage) : undefined;
  } catch {
    return undefined;
  }
}

/** The answers in `form` worth keeping; empty ones are left out. */
export function readDraft(form: HTMLFormElement): Draft {
  const data = new FormData(form);
  const draft: Draft = {};
  for (const name of DRAFT_FIELDS) {
    const value = data.get(name);
    if (typeof value === 'string' && value !== '') draft[name] = value;
  }
  return draft;
}

/** Keeps `draft` for `slug`, or forgets it when it holds nothing. */
export function saveDraft(slug: string, draft: Draft): void {
  withStorage((storage) => {
    if (Object.keys(draft).length === 0) storage.removeItem(draftKey(slug));
    else storage.setItem(draftKey(slug), JSON.stringify(draft));
  });
}

/** The draft kept for `slug`, if any (only known fields, only strings). */
export function loadDraft(slug: string): Draft | null {
  const raw = withStorage((storage) => storage.getItem(draftKey(slug)));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    const draft: Draft = {};
    for (const name of DRAFT_FIELDS) {
      const value = (parsed as Record<string, unknown>)[name];
      if (typeof value === 'string') draft[name] = value;
    }
    return draft;
  } catch {
    return null;
  }
}

/** Forgets the draft and the language she chose (tab-language.ts). */
export function clearDraft(slug: string): void {
  withStorage((storage) => {
    storage.removeItem(draftKey(slug));
    storage.removeItem(languageKey(slug));
  });
}

/**
 * Puts `draft` into the form's fields that are still empty (what she typed since the reload wins). Radios: the
 * question's answer is checked unless one is already. Returns whether anything was filled.
 */
export function fillFromDraft(form: HTMLFormElement, draft: Draft): boolean {
  let filled = false;
  for (const [name, value] of Object.entries(draft)) {
    const inputs = Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`));
    const radios = inputs.filter((input): input is HTMLInputElement => input instanceof HTMLInputElement && input.type === 'radio');
    if (radios.length > 0) {
      const match = radios.find((radio) => radio.value === value);
      if (match && !radios.some((radio) => radio.checked)) filled = match.checked = true;
    } else if (inputs[0] && inputs[0].value === '') {
      inputs[0].value = value;
      filled = true;
    }
  }
  return filled;
}
