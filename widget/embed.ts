/**
 * The one-script-tag entry that Vite builds into dist/widget/widget.js:
 *
 *     <script src="https://…/widget.js" data-association="narvik" async></script>
 *
 * puts `<ressursvenn-signup association="narvik">` directly after the script tag (optional `data-lang` becomes its
 * `lang`), makes the script's origin the default intake server, and defines the element, so that
 * `<ressursvenn-signup association="narvik">` written anywhere on the page works too. Loading it twice is harmless.
 */
import { setDefaultApiBase } from './api-base.js';
import { defineRessursvennSignup, TAG_NAME } from './define.js';

/** Set on a script tag once its form is mounted, so a second run of the bundle leaves it alone. */
const MOUNTED_ATTRIBUTE = 'data-ressursvenn-mounted';

function embed(): void {
  const scripts = embeddingScripts();
  const origin = scripts.map((script) => originOf(script.src)).find(Boolean);
  if (origin) setDefaultApiBase(origin);
  for (const script of scripts) mountAfter(script);
  defineRessursvennSignup();
}

/**
 * The script tag that loaded this bundle. A classic script (async or not) has `document.currentScript`; a module has
 * not, and runs once however many tags load it, so then every module tag with `data-association` counts.
 */
function embeddingScripts(): HTMLScriptElement[] {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return [current];
  return Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="module"][data-association]'));
}

function originOf(src: string): string {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}

function mountAfter(script: HTMLScriptElement): void {
  const association = script.dataset.association?.trim();
  if (!association || script.hasAttribute(MOUNTED_ATTRIBUTE)) return;
  // A tag in <head> (or detached) has nowhere visible to put a form; it still defines the element.
  if (!document.body?.contains(script)) return;
  script.setAttribute(MOUNTED_ATTRIBUTE, '');
  // A CMS that saves the live page may have kept the form we mounted last time.
  if (script.nextElementSibling?.localName === TAG_NAME) return;
  const element = document.createElement(TAG_NAME);
  element.setAttribute('association', association);
  const lang = script.dataset.lang?.trim();
  if (lang) element.setAttribute('lang', lang);
  script.after(element);
}

try {
  embed();
} catch (error) {
  // Never throw into the host page.
  console.error('<ressursvenn-signup>: could not start.', error);
}
