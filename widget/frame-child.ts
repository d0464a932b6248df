/**
 * `mode="isolated"`, the iframe's side (loaded only in the intake server's frame document): reports the form's height
 * and events to the page that framed it, and takes its language and theme. Posts only to the parent's origin, and
 * reads only messages from the parent window with that origin. Nothing typed in the form is ever posted.
 */
import { FORWARDED_EVENTS, PROTOCOL, readLanguage, readMessage, readTheme, type ChildMessage } from './frame-protocol.js';
import { clearDraft } from './draft.js';
import { RessursvennExitEvent } from './signup-events.js';

/** The parent page's origin: as the browser reports it, else as the parent said in our URL, else from the referrer. */
function parentOrigin(): string | null {
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  const claimed = new URLSearchParams(location.hash.slice(1)).get('origin');
  for (const candidate of [claimed, document.referrer]) {
    try {
      if (candidate) return new URL(candidate).origin;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** Connects the form in this frame to its parent page. Does nothing when the document is not framed. */
export function connectToParent(element: HTMLElement): void {
  if (window.parent === window) return;
  const origin = parentOrigin();
  if (!origin || origin === 'null') return;
  const post = (message: ChildMessage) => window.parent.postMessage(message, origin);

  let lastHeight = 0;
  const reportHeight = () => {
    // The element's own bottom, not the document's: a frame taller than its content must be able to shrink.
    const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ protocol: PROTOCOL, type: 'height', height });
    }
  };
  new ResizeObserver(reportHeight).observe(element);

  for (const name of FORWARDED_EVENTS) {
    element.addEventListener(name, (event) => post({ protocol: PROTOCOL, type: 'event', name, detail: (event as Event & { detail: unknown }).detail }));
  }
  // The parent page leaves, not just this frame.
  element.addEventListener(RessursvennExitEvent.type, (event) => {
    event.preventDefault();
    post({ protocol: PROTOCOL, type: 'exit' });
  });

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== origin) return;
    const message = readMessage(event.data);
    if (message?.type === 'lang') {
      const lang = readLanguage(message.lang);
      if (lang) element.setAttribute('lang', lang);
    } else if (message?.type === 'theme') {
      for (const [name, value] of Object.entries(readTheme(message.properties))) element.style.setProperty(name, value);
    } else if (message?.type === 'exit') {
      // The page leaves by quick exit: nothing she typed stays in this tab (the draft is keyed as the form keys it).
      clearDraft((element.getAttribute('association') ?? '').trim().toLowerCase());
    }
  });

  post({ protocol: PROTOCOL, type: 'ready' });
  reportHeight();
}
