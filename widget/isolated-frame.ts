/**
 * `mode="isolated"`, the host page's side: the form runs in an iframe served by the intake server, so scripts on the
 * host page (tag managers, session replay) cannot read what is typed. The frame reports its height and the form's
 * events; this side accepts messages only from that frame's window and the intake server's origin.
 *
 * Only the sites an association lists (its allowed origins) may frame the form. While the frame loads, the server is
 * asked whether this page is one of them; if not, a link to the hosted form takes the frame's place and the console
 * tells the webmaster why.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FrameAccess } from '../contract/wire.js';
import type { Language } from '../contract/limits.js';
import { FORM_FRAME_TITLES } from '../contract/form-title.js';
import { trimBase } from './api-urls.js';
import { fetchJson, isRecord, LOOKUP_TIMEOUT_MS } from './fetch-json.js';
import { listenForShiftExit } from './exit-shortcut.js';
import { PROTOCOL, readMessage, reviveEvent, THEME_PROPERTIES, type ParentMessage } from './frame-protocol.js';

/** What the controller needs from its element. */
export interface FrameHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The language the page asks for ('' lets the association decide). */
  frameLanguage(): Language | '';
  /** Whether the host's own font should be passed in (`inherit-font`). */
  readonly inheritFont: boolean;
  /** The quick-exit button in the frame was pressed. */
  exitQuickly(): void;
}

/** In place of a frame this page may not show: a sentence, and a link to the form on the intake server's own page. */
const REFUSED_TEXTS: Record<Language, readonly [text: string, link: string]> = {
  nb: ['Skjemaet kan ikke vises inne på denne nettsiden.', 'Åpne skjemaet på en egen side'],
  nn: ['Skjemaet kan ikkje visast inne på denne nettsida.', 'Opne skjemaet på ei eiga side'],
  en: ['The form cannot be shown inside this web page.', 'Open the form on a page of its own'],
};

/** The iframe, as wide as the element, as tall as its content says. */
const frameStyles = css`
  .frame {
    display: block;
    width: 100%;
    min-width: 0;
    margin: 0;
    border: 0;
    color-scheme: light;
  }
  .refused {
    margin: 0;
  }
`;

/** Frame heights outside this range are not believed. */
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 20_000;

export class IsolatedFrameController implements ReactiveController {
  /** The iframe's height attribute until the frame reports its own. */
  height = 900;
  private src = '';
  private origin = '';
  /** The hosted form's address, once the server said this page may not frame the form. */
  private refused = '';
  /** Stops listening for Shift pressed three times on the host page (with `quick-exit` only). */
  private stopShortcut: (() => void) | undefined;

  constructor(private readonly host: FrameHost) {
    host.addController(this);
  }

  private get frame(): HTMLIFrameElement | null {
    return this.host.renderRoot.querySelector('iframe');
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    const sheet = frameStyles.styleSheet;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
    this.stopShortcut?.();
    this.stopShortcut = undefined;
  }

  /**
   * With `quick-exit`, Shift pressed three times anywhere on the host page leaves too (the frame counts its own key
   * presses): the frame forgets its draft, then the page is replaced.
   */
  private listenForShortcut(): void {
    this.stopShortcut ??= listenForShiftExit(document, () => {
      this.post({ protocol: PROTOCOL, type: 'exit' });
      this.host.exitQuickly();
    });
  }

  /**
   * The frame's address, fixed on first use: changing it would reload the frame and lose what was typed. Our origin
   * goes in the fragment (never sent to the server) for browsers without `location.ancestorOrigins`.
   */
  frameSrc(base: string, association: string, quickExit: boolean): string {
    if (!this.src) {
      const url = new URL(`${trimBase(base) || location.origin}/skjema/${encodeURIComponent(association)}/ramme`, location.href);
      const lang = this.host.frameLanguage();
      if (lang) url.searchParams.set('lang', lang);
      if (quickExit) {
        url.searchParams.set('quick-exit', '1');
        this.listenForShortcut();
      }
      url.hash = `origin=${encodeURIComponent(location.origin)}`;
      this.src = url.href;
      this.origin = url.origin;
      void this.checkAccess(url);
    }
    return this.src;
  }

  /**
   * Asks the intake server whether this page may frame the form (`FrameAccess`). Only a clear no replaces the frame:
   * when the question cannot be answered, the frame stays, and the browser enforces the rule by itself.
   */
  private async checkAccess(frame: URL): Promise<void> {
    const answer = await fetchJson(`${frame.origin}${frame.pathname}/tilgang`, LOOKUP_TIMEOUT_MS);
    if (!isRecord(answer) || (answer as Partial<FrameAccess>).allowed !== false) return;
    const hosted = new URL(frame.pathname.replace(/\/ramme$/, ''), frame.origin);
    const lang = frame.searchParams.get('lang');
    if (lang) hosted.searchParams.set('lang', lang);
    this.refused = hosted.href;
    console.error(
      `<ressursvenn-signup>: mode="isolated" works only on the sites the association lists as its allowed origins, and ${location.origin} is not one of them, so the intake server does not let this page show the form in a frame. A link to the form on its own page (${hosted.href}) is shown instead. Have ${location.origin} added to the association's allowed origins, or remove mode="isolated".`,
    );
    this.host.requestUpdate();
  }

  /** The iframe, as tall as the form in it last said; or, when this page may not frame it, a link to the hosted form. */
  render(base: string, association: string, quickExit: boolean): TemplateResult {
    const src = this.frameSrc(base, association, quickExit);
    if (this.refused) {
      const language = this.host.frameLanguage() || 'nb';
      const [text, link] = REFUSED_TEXTS[language];
      return html`<div class="root" lang=${language}><p class="refused">${text} <a href=${this.refused}>${link}</a></p></div>`;
    }
    return html`<iframe
      part="frame"
      class="frame"
      src=${src}
      title=${FORM_FRAME_TITLES[this.host.frameLanguage() || 'nb']}
      height=${this.height}
    ></iframe>`;
  }

  /** Tells the frame the page's language again (the page or the element changed it). */
  sendLanguage(): void {
    this.post({ protocol: PROTOCOL, type: 'lang', lang: this.host.frameLanguage() });
  }

  private post(message: ParentMessage): void {
    const target = this.frame?.contentWindow;
    if (target && this.origin) target.postMessage(message, this.origin);
  }

  private sendTheme(): void {
    const style = getComputedStyle(this.host);
    const properties: Record<string, string> = {};
    for (const name of THEME_PROPERTIES) {
      const value = style.getPropertyValue(name).trim();
      if (value) properties[name] = value;
    }
    if (this.host.inheritFont && !properties['--rv-font-family']) properties['--rv-font-family'] = style.fontFamily;
    this.post({ protocol: PROTOCOL, type: 'theme', properties });
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const frame = this.frame;
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.origin) return;
    const message = readMessage(event.data);
    if (!message) return;
    try {
      switch (message.type) {
        case 'ready':
          this.sendLanguage();
          this.sendTheme();
          return;
        case 'height': {
          const height = typeof message.height === 'number' ? Math.ceil(message.height) : NaN;
          if (height >= MIN_HEIGHT && height <= MAX_HEIGHT && height !== this.height) {
            this.height = height;
            this.host.requestUpdate();
          }
          return;
        }
        case 'event': {
          const revived = reviveEvent(message.name, message.detail);
          if (revived) this.host.dispatchEvent(revived);
          return;
        }
        case 'exit':
          this.host.exitQuickly();
          return;
      }
    } catch (error) {
      console.error('<ressursvenn-signup>:', error);
    }
  };
}
