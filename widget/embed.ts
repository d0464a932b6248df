/**
 * The one-script-tag entry, built into dist/widget/widget.js: a classic script (async or not, also as a module)
 *
 *     <script src="https://…/widget.js" data-association="narvik" async></script>
 *
 * that puts `<ressursvenn-signup association="narvik">` directly after its tag (`data-lang`, `data-mode`,
 * `data-quick-exit` and `data-inherit-font` become the element's attributes) and defines the element. Everything the
 * first step needs, in Bokmål, Nynorsk and English, is in this one file, so that a phone on a slow connection makes no
 * second round trip before the form is usable; the checks, the later steps and their texts are ES-module chunks in the
 * same folder, fetched when needed (widget/vite.config.ts explains how they share this file's modules).
 * `<ressursvenn-signup>` written anywhere on the page works too. Loading it twice is harmless; it never throws into
 * the page.
 */
import type { WidgetEvent, WidgetEventReport } from '../contract/index.js';
import { start } from './signup-entry.js';

const TAG_NAME = 'ressursvenn-signup';
/** Set on a script tag once its form is mounted, so a second run leaves it alone. */
const MOUNTED_ATTRIBUTE = 'data-ressursvenn-mounted';
const COPIED_ATTRIBUTES = ['lang', 'mode', 'quick-exit', 'inherit-font'];

function embed(): void {
  const scripts = embeddingScripts();
  const src = scripts.map((script) => script.src).find((url) => originOf(url));
  if (!src) return;
  let frame: HTMLElement | null = null;
  for (const script of scripts) {
    const element = mountAfter(script);
    if (element && script.hasAttribute('data-frame')) frame = element;
  }
  const apiBase = originOf(src);
  countViews(apiBase);
  start({ apiBase, frame });
}

/**
 * Anonymous counts for the association's figures: the form was shown, started. (Sent forms are counted by the server
 * from the applications it stored, so that no report can fake one.) No cookie, no identifier; a beacon, so it never
 * holds up the page. Registered once per page, however often the script is loaded.
 */
function countViews(apiBase: string): void {
  const registered = Symbol.for('ressursvenn-signup.counts');
  const doc = document as unknown as Record<symbol, boolean>;
  if (doc[registered]) return;
  doc[registered] = true;
  for (const event of ['view', 'start'] satisfies WidgetEvent[]) {
    document.addEventListener(`ressursvenn-${event}`, (e) => {
      const association = (e.target as Element).getAttribute?.('association');
      try {
        if (association) navigator.sendBeacon(`${apiBase}/api/v1/events`, JSON.stringify({ association, event } satisfies WidgetEventReport));
      } catch {
        // Counting must never disturb the form or the page.
      }
    });
  }
}

/**
 * The script tag that loaded this file. A classic script (async or not) has `document.currentScript`; a module has
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

function mountAfter(script: HTMLScriptElement): HTMLElement | null {
  const association = script.dataset.association?.trim();
  if (!association || script.hasAttribute(MOUNTED_ATTRIBUTE)) return null;
  // A tag in <head> (or detached) has nowhere visible to put a form; it still defines the element.
  if (!document.body?.contains(script)) return null;
  script.setAttribute(MOUNTED_ATTRIBUTE, '');
  // A CMS that saves the live page may have kept the form we mounted last time.
  const next = script.nextElementSibling;
  if (next?.localName === TAG_NAME) return next as HTMLElement;
  const element = document.createElement(TAG_NAME);
  element.setAttribute('association', association);
  for (const name of COPIED_ATTRIBUTES) {
    const value = script.getAttribute(`data-${name}`);
    if (value !== null) element.setAttribute(name, value.trim());
  }
  script.after(element);
  return element;
}

try {
  embed();
} catch (error) {
  console.error('<ressursvenn-signup>: could not start.', error);
}
