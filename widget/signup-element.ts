/** The <ressursvenn-signup> element: the volunteer sign-up form in three steps, its validation, submission and receipt. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// Contract modules one by one, not the barrel: the element's chunk should carry only what the first step needs.
import { DEFAULT_LANGUAGE, type Language } from '../contract/limits.js';
import type { AssociationLookup } from '../contract/wire.js';
import { getDefaultApiBase } from './api-base.js';
import type { FlowController } from './flow-controller.js';
import type { FlowHost } from './flow-host.js';
import { FormState, type Status } from './form-state.js';
import { CONTACT_FIELDS, HONEYPOT_NAME } from './form-fields.js';
import type { FrameHost, IsolatedFrameController } from './isolated-frame.js';
import type { Messages } from './messages/index.js';
import { firstMessages } from './messages/load.js';
import { leaveTo, quickExitUrl } from './quick-exit.js';
import { pageLanguage, toFormLanguage } from './resolve-language.js';
import { rememberedLanguage, rememberLanguage } from './tab-language.js';
import { RessursvennExitEvent, RessursvennStartEvent, RessursvennViewEvent, type FormContext } from './signup-events.js';
import { signupStyles } from './signup.styles.js';
import { renderTextField } from './templates/fields.js';
import { renderHelpPanel } from './templates/help-panel.js';
import { renderProgress } from './templates/progress.js';
import { renderTopBar } from './templates/top-bar.js';

/** The code for what follows step 1, and the checks with what is said about mistakes: a chunk of its own (see flow.ts). */
type Flow = typeof import('./flow.js');

let flowModule: Promise<Flow> | undefined;

/**
 * Loads the flow chunk once; a failed load may be tried again (the built widget then asks the server again under a
 * new URL: `chunkLoader` in build/classic-entry.ts).
 */
function loadFlow(): Promise<Flow> {
  flowModule ??= import('./flow.js').catch((error: unknown) => {
    flowModule = undefined;
    throw error;
  });
  return flowModule;
}

/** Runs `task` when the browser is idle, so that prefetching stays off the form's critical path. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/**
 * The sign-up form for Ressursvenn volunteers, in three steps (contact details; fit; review, privacy and send) with a
 * postal-code check of which association gets the application. Validates with the shared contract, posts to the
 * intake server, and shows a receipt. What the applicant types is kept as a draft in the tab's sessionStorage only
 * (see draft.ts; never localStorage), cleared on sending and on quick exit,
 * and nothing typed is ever put in an event.
 *
 * Pages load it with the one script tag `<script src="…/widget.js" data-association="narvik" async>`, which mounts
 * the element where it stands; its `data-lang`, `data-mode`, `data-quick-exit` and `data-inherit-font` become the
 * attributes below. In isolated mode the documented custom properties set on the element are passed into the frame.
 *
 * @tag ressursvenn-signup
 *
 * @attr association - Slug of the local association the page belongs to, e.g. `narvik`. Required.
 * @attr lang - Form language: `nb`, `nn` or `en` (`no`, `nb-NO`, `nn-NO`, `en-GB` … are understood; anything else
 *   means Bokmål). Without it: the page's `<html lang>` if the form has that language, else the association's default
 *   language, else Bokmål. The volunteer can switch language in the form.
 * @attr api - Base URL of the intake server, e.g. `https://intake.example.no`. Default: the origin `widget.js` was
 *   loaded from; without the embed script, the page's own origin.
 * @attr mode - `isolated` runs the form in an iframe served by the intake server, so that scripts on the page cannot
 *   read what is typed. Anything else (the default) renders the form in the element's shadow root. Read once.
 * @attr quick-exit - Shows a quick-exit button that replaces the page with a neutral site (`location.replace`, so Back
 *   does not return); it stays at the top of the viewport while the form is in view, and Shift pressed three times
 *   leaves too. The value may be the https URL to leave to; empty means https://www.yr.no/.
 * @attr inherit-font - The form takes the page's font family instead of the system font.
 *
 * @event ressursvenn-view - The form was seen (a quarter of it in the viewport). Once. `detail: { association, language }`.
 * @event ressursvenn-start - The first answer was typed or chosen. Once. `detail: { association, language }`.
 * @event ressursvenn-step - A step is shown after moving forward or back. `detail: { association, language, step,
 *   stepCount, name }`, `name` one of `contact`, `fit`, `review`.
 * @event ressursvenn-submit - Before an application is sent; cancelable (not in isolated mode). `detail: { association, language }`.
 * @event ressursvenn-success - The application was stored. `detail: { reference }`.
 * @event ressursvenn-failure - The application was not stored. `detail: { code }`, a `FailureCode`.
 * @event ressursvenn-exit - The quick-exit button was pressed, or Shift three times; cancelable. `detail: { url }`.
 *
 * @csspart title - The heading of the form.
 * @csspart languages - The language switch (a group of buttons).
 * @csspart language - One language button; `aria-pressed="true"` on the current one.
 * @csspart quick-exit - The quick-exit button.
 * @csspart help - The "Do you need help yourself?" panel (a `<details>`).
 * @csspart form - The `<form>`.
 * @csspart progress - The progress bar above the step heading (decorative; the heading says "Steg 2 av 3").
 * @csspart field - One field: its label, hint, input and error message.
 * @csspart label - A field's label or question.
 * @csspart hint - A field's hint text.
 * @csspart note - The note above the free-text answer about what not to write.
 * @csspart input - A text input or the text area.
 * @csspart radio - A radio button.
 * @csspart checkbox - The privacy acknowledgement.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown after an attempt to go on or send.
 * @csspart routing - The question which association gets the application.
 * @csspart review - The answers shown on the last step.
 * @csspart change - A "change" button in the review.
 * @csspart button - The main button (next, confirm, send, try again).
 * @csspart secondary-button - Back, and the other buttons beside the main one.
 * @csspart failure - The notice shown when an application could not be sent.
 * @csspart receipt - The receipt after sending.
 * @csspart frame - The iframe in isolated mode.
 *
 * @cssproperty --rv-color-accent - Buttons, links, radio and checkbox colour. Default `#0b5d6b`.
 * @cssproperty --rv-color-accent-contrast - Text on the accent colour. Default `#ffffff`.
 * @cssproperty --rv-color-text - Text colour. Default `#1d2329`.
 * @cssproperty --rv-color-muted - Hints and secondary text. Default `#4a5561`.
 * @cssproperty --rv-color-background - Background of the form. Default `#ffffff`.
 * @cssproperty --rv-color-surface - Help panel and note background. Default `#f3f5f7`.
 * @cssproperty --rv-color-input-background - Input background. Default `#ffffff`.
 * @cssproperty --rv-color-border - Input borders (keep 3:1 against the background). Default `#6b7581`.
 * @cssproperty --rv-color-border-subtle - The help panel's and review's borders. Default `#c9d0d6`.
 * @cssproperty --rv-color-error - Error text and borders. Default `#b3261e`.
 * @cssproperty --rv-color-error-background - Error summary and failure background. Default `#fdf3f2`.
 * @cssproperty --rv-color-success - Receipt border. Default `#1e6b3a`.
 * @cssproperty --rv-color-success-background - Receipt background. Default `#eef6f0`.
 * @cssproperty --rv-color-focus - Focus outline. Default `#1f4fa3`.
 * @cssproperty --rv-font-family - Font. Default: the system UI font (the page's with `inherit-font`).
 * @cssproperty --rv-font-size - Base font size. Default `medium`: the reader's own default size, whatever the page
 *   sets on `html`.
 * @cssproperty --rv-radius - Corner radius. Default `6px`.
 * @cssproperty --rv-max-width - Widest the form grows. Default `40em`.
 * @cssproperty --rv-padding - Space inside the form. Default `1em`.
 *
 * @state checking - The contact details are being checked (while the checks are fetched), or the postal code is looked up.
 * @state sending - An application is on its way.
 * @state sent - The receipt is shown.
 * @state failed - The last attempt failed; the form still holds what was typed.
 * @state invalid - The error summary is shown.
 */
export class RessursvennSignup extends LitElement implements FrameHost, FlowHost {
  static override styles = signupStyles;

  static override properties = {
    association: { type: String },
    api: { type: String },
    mode: { type: String },
    quickExit: { type: String, attribute: 'quick-exit' },
    inheritFont: { type: Boolean, attribute: 'inherit-font' },
  };

  /** `lang` is the platform's own attribute: observed, not shadowed by a Lit property, so `el.lang = 'nn'` works. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Slug of the association the page names. */
  declare association: string;
  /** Base URL of the intake server; empty means the embed script's origin. */
  declare api: string;
  /** `isolated` for the iframe; read on first render. */
  declare mode: string;
  /** The `quick-exit` attribute: null when absent, else '' or the URL to leave to. */
  declare quickExit: string | null;
  /** The form takes the page's font family. */
  declare inheritFont: boolean;

  // Below: internal state. Members without `private` are shared with the flow chunk (FlowHost), not public API.

  /** @internal The form's state (step, errors, status, language …): read here, changed through its methods. */
  declare readonly state: FormState;
  /** @internal */ declare pageAssociation: AssociationLookup | null;
  /** @internal */ declare associationLookup: Promise<AssociationLookup | null> | undefined;
  /** The flow chunk once here: from then on, a language switch loads both parts of the texts. */
  private declare flowModule: Flow | null;
  private declare associationLookedUp: string | undefined;
  private declare associationSettled: boolean;
  /**
   * Work that `updateComplete` waits for (a language's later texts; the association lookup while the form waits for
   * its default language), so that tests and pages can await a finished form.
   */
  private declare readonly pending: Set<Promise<unknown>>;
  /** @internal When the applicant first typed (performance.now()). */
  declare startedAt: number | undefined;
  /** What follows step 1, once its chunk is here. */
  private declare flow: FlowController | null;
  private declare viewed: boolean;
  private declare isolated: boolean | undefined;
  private declare loadingFrame: boolean;
  /**
   * The main button was pressed on step 1 and the flow chunk (or its texts) is on its way: the form is busy, as during
   * the postal-code check (status 'checking'), but says it is checking the contact details.
   */
  private declare advancing: boolean;
  /** Isolated mode's side of the frame, from its own chunk. */
  private declare frame: IsolatedFrameController | undefined;
  private declare readonly htmlLangObserver: MutationObserver;
  private declare viewObserver: IntersectionObserver | undefined;

  constructor() {
    super();
    this.association = '';
    this.api = '';
    this.mode = '';
    this.quickExit = null;
    this.inheritFont = false;
    this.state = new FormState(this);
    this.pageAssociation = null;
    this.flowModule = null;
    this.associationSettled = false;
    this.pending = new Set();
    this.flow = null;
    this.viewed = false;
    this.loadingFrame = false;
    this.advancing = false;
    this.htmlLangObserver = new MutationObserver(() => this.onLanguageChanged());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page may switch language after load; follow its <html lang> while no lang attribute pins ours.
    this.htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observeView();
  }

  override disconnectedCallback(): void {
    this.htmlLangObserver.disconnect();
    this.viewObserver?.disconnect();
    this.viewObserver = undefined;
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.onLanguageChanged();
  }

  /** Resolves once the form is rendered in its language (texts loaded), not just after the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ---- Isolated mode (FrameHost) ----

  /** @internal The language the page pins (attribute, then `<html lang>`); '' lets the frame use the association's default. */
  frameLanguage(): Language | '' {
    return toFormLanguage(this.getAttribute('lang')) ?? pageLanguage(document.documentElement.getAttribute('lang')) ?? '';
  }

  /** @internal Leaves for the neutral site unless a listener cancels the exit event. */
  exitQuickly(): void {
    const url = quickExitUrl(this.quickExit);
    if (this.dispatchEvent(new RessursvennExitEvent({ url }))) leaveTo(url);
  }

  private loadFrameController(): void {
    if (this.frame || this.loadingFrame) return;
    this.loadingFrame = true;
    this.track(
      import('./isolated-frame.js').then(
        (module) => {
          this.frame = new module.IsolatedFrameController(this);
          this.requestUpdate();
        },
        (error: unknown) => {
          this.loadingFrame = false;
          console.error('<ressursvenn-signup>: could not load isolated mode.', error);
        },
      ),
    );
  }

  // ---- What the flow chunk uses (FlowHost) ----

  /** @internal */
  get formContext(): FormContext {
    return { association: this.association.trim().toLowerCase(), language: this.state.language };
  }

  /** @internal */
  get apiBase(): string {
    return this.api || getDefaultApiBase();
  }

  // ---- Language ----

  private onLanguageChanged(): void {
    if (this.isolated) this.frame?.sendLanguage();
    else this.requestUpdate();
  }

  /**
   * The language she chose before a reload, read from the tab once per association: sending forgets it there
   * (clearDraft), and the receipt must not change language then.
   */
  private remembered: { slug: string; language: Language | undefined } | undefined;

  /** The language the volunteer chose (in this tab, before a reload too), or the element or the page names. */
  private explicitLanguage(): Language | undefined {
    if (this.remembered?.slug !== this.association) this.remembered = { slug: this.association, language: rememberedLanguage(this.association) };
    return (
      this.state.chosenLanguage ??
      this.remembered.language ??
      toFormLanguage(this.getAttribute('lang')) ??
      pageLanguage(document.documentElement.getAttribute('lang'))
    );
  }

  /** The language the form should speak, or undefined while it waits for the association's default. */
  private wantedLanguage(): Language | undefined {
    const explicit = this.explicitLanguage();
    if (explicit) return explicit;
    if (this.associationLookup && !this.associationSettled) {
      // Wait for the association's default (the lookup's own timeout bounds the wait), and let updateComplete wait too.
      this.track(this.associationLookup);
      return undefined;
    }
    return this.pageAssociation?.defaultLanguage ?? DEFAULT_LANGUAGE;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const done = () => this.pending.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /**
   * Shows the wanted language: at once before the flow is here (every language's first-step texts are in widget.js),
   * and once the flow is here when that language's later texts are too; the form keeps the current one meanwhile.
   */
  private syncLanguage(): void {
    const wanted = this.wantedLanguage();
    if (!wanted) return;
    const state = this.state;
    const flow = this.flowModule;
    if (state.messages && state.language === wanted && (!flow || state.full)) return;
    if (!flow) {
      state.showLanguage(wanted, firstMessages(wanted), null);
      return;
    }
    const here = flow.cachedFullMessages(wanted);
    if (here) {
      state.showLanguage(wanted, here, here);
      return;
    }
    const key = `${wanted}+`;
    if (state.loadingTexts === key) return;
    state.loading(key);
    this.track(
      flow.loadFullMessages(wanted).then(
        () => state.loading(),
        (error: unknown) => {
          state.loading();
          console.error(`<ressursvenn-signup>: could not load the "${wanted}" texts.`, error);
          // The form keeps speaking the language it shows (its texts are here); a language she picked goes back to it.
          if (state.chosenLanguage === wanted) state.chooseLanguage(state.language);
        },
      ),
    );
  }

  private lookUpAssociation(): void {
    const slug = this.association.trim();
    if (this.associationLookedUp === slug) return;
    this.associationLookedUp = slug;
    this.pageAssociation = null;
    this.associationSettled = false;
    if (!slug) {
      this.associationLookup = undefined;
      return;
    }
    // A chunk of its own: most pages name their language, and then the lookup waits until the form is on screen.
    this.associationLookup = import('./association-lookup.js').then(
      (module) => module.lookupAssociation(this.apiBase, slug),
      () => null,
    );
    this.associationLookup.then((found) => {
      if (this.associationLookedUp === slug) {
        this.pageAssociation = found;
        this.associationSettled = true;
        this.requestUpdate();
      }
    });
  }

  // ---- Lifecycle ----

  protected override willUpdate(changed: PropertyValues): void {
    this.isolated ??= this.mode === 'isolated';
    if (this.isolated) {
      this.loadFrameController();
      return;
    }
    // The association's default language matters only when neither the element nor the page names one.
    const needed = this.associationLookedUp !== undefined || !this.explicitLanguage();
    if (needed && (changed.has('association') || changed.has('api') || this.associationLookedUp === undefined)) this.lookUpAssociation();
    this.syncLanguage();
  }

  protected override updated(): void {
    // The later steps' code (and the association, for them) is fetched in the background once step 1 is on screen:
    // not at an update that renders nothing, as the first does while the form waits for the association's default
    // language. (Scheduled then, on a slow connection the idle callback came first and fetched Bokmål's later texts
    // on a Nynorsk association's page.) Later updates ask again; both are done once.
    if (!this.isolated && this.state.messages) {
      whenIdle(() => {
        this.lookUpAssociation();
        this.ensureFlow().catch(() => {});
      });
    }
  }

  /** The flow chunk and every text of the current language are here: {@link ensureFlow} need not wait. */
  private get flowHere(): boolean {
    return this.flow !== null && this.state.full !== null;
  }

  /** The flow chunk (its controller adopts its styles into this shadow root), and every text of the current language. */
  private async ensureFlow(): Promise<FlowController> {
    const state = this.state;
    if (this.flowHere) return this.flow!;
    const language = state.language;
    const module = await loadFlow();
    const full = await module.loadFullMessages(language);
    this.flowModule = module;
    // Had the language changed meanwhile, the next update loads that one's texts (and updateComplete waits for them).
    if (state.language === language) state.showLanguage(language, state.messages!, full);
    this.flow ??= new module.FlowController(this);
    this.requestUpdate();
    await this.updateComplete;
    return this.flow;
  }

  // ---- Rendering ----

  protected override render(): TemplateResult | typeof nothing {
    if (this.isolated) return this.frame ? this.frame.render(this.apiBase, this.association.trim(), this.quickExit !== null) : nothing;
    const state = this.state;
    const m = state.messages;
    if (!m) return nothing;
    const flow = state.full ? this.flow : null;
    const sent = state.status === 'sent' && flow?.receipt;
    return html`
      <div class=${this.inheritFont ? 'root root--inherit-font' : 'root'} lang=${state.language}>
        ${renderTopBar(m, state.language, this.quickExit !== null, (language) => {
          state.chooseLanguage(language);
          rememberLanguage(this.association, language);
        }, () => this.exitQuickly())}
        ${flow?.renderExitHint()}
        <h2 part="title" class="title">${m.title}</h2>
        ${sent ? nothing : html`<p class="intro">${m.intro}</p>`} ${renderHelpPanel(m)}
        ${sent ? flow!.renderReceipt() : this.renderForm(m, flow)}
        <div class="visually-hidden" role="status">${this.announcement(m)}</div>
      </div>
    `;
  }

  /** Step 1 from the start; the routing question and steps 2 and 3 from the flow chunk once it is here. */
  private renderForm(m: Messages, flow: FlowController | null): TemplateResult {
    const { full, status, errors } = this.state;
    const texts = full ?? m;
    const step = flow ? this.state.step : 1;
    const onFields = step === 1 && !flow?.routing;
    const busy = status === 'checking' || status === 'sending';
    const failure = status === 'failed' ? this.state.failure : null;
    const showSummary = this.state.summaryShown && Object.keys(errors).length > 0;
    const primary = status === 'checking' ? this.checkingText(m) : flow ? flow.primaryLabel(step) : m.steps.next;
    return html`
      <form
        part="form"
        novalidate
        @submit=${this.handleSubmit}
        @focusout=${this.handleField}
        @change=${this.handleField}
        @input=${this.handleField}
      >
        <div class="honeypot" aria-hidden="true">
          <label for="rv-${HONEYPOT_NAME}">Website</label>
          <input id="rv-${HONEYPOT_NAME}" name=${HONEYPOT_NAME} type="text" tabindex="-1" autocomplete="off" />
        </div>
        ${renderProgress(m, step, onFields ? m.sections.contact : flow!.heading(step))}
        <div class="step" ?hidden=${!onFields}>
          <p class="required-note">${m.requiredNote}</p>
          ${CONTACT_FIELDS.map((field) => renderTextField(field, { m: texts, errors, errorText: flow?.errorText }))}
        </div>
        ${flow ? flow.renderSteps(step) : nothing}
        ${showSummary && flow ? flow.renderErrorSummary(step) : nothing}
        ${failure && flow ? flow.renderFailure(failure) : nothing}
        ${failure && !flow
          ? // Only the flow chunk itself can have failed to arrive: say so; the main button tries again.
            html`<section part="failure" class="failure" tabindex="-1" aria-labelledby="rv-failure-heading">
              <h3 id="rv-failure-heading">${m.failure.heading}</h3>
              <p>${m.failure.reasons.network_error} ${m.failure.kept}</p>
            </section>`
          : nothing}
        <div class="actions">
          ${failure && flow
            ? nothing
            : html`<button part="button" class="button" type="submit" aria-disabled=${busy ? 'true' : nothing}>${primary}</button>`}
          ${flow ? flow.renderSecondary(step) : nothing}
        </div>
      </form>
    `;
  }

  private announcement(m: Messages): string {
    const { status, full } = this.state;
    if (status === 'checking') return this.checkingText(m);
    // Sending's and the receipt's come with every text (`full`), which holds the first step's too.
    return status === 'editing' ? this.state.liveMessage : ((full ?? m).status as Partial<Record<Status, string>>)[status] ?? '';
  }

  /** What the busy button and the live region say while checking: the contact details until the checks are here. */
  private checkingText(m: Messages): string {
    return this.advancing ? m.status.checkingDetails : m.status.checking;
  }

  // ---- Moving between steps ----

  // Lit calls event listeners with the element as `this`.
  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.advance().catch((error: unknown) => this.recoverFrom(error));
  }

  /** The main button: on step 1's fields, check them and hand over to the flow; after that, the flow decides. */
  private async advance(): Promise<void> {
    const state = this.state;
    if (state.status === 'checking' || state.status === 'sending') return;
    if (state.step !== 1 || this.flow?.routing) {
      await this.flow?.advance();
      return;
    }
    // Usually here long before she presses: it is fetched as soon as the form is idle or she starts typing. On a slow
    // phone it may not be: then the form is busy (status 'checking', which also stops a second press) until it is.
    let flow = this.flowHere ? this.flow! : null;
    if (!flow) {
      this.advancing = true;
      state.setStatus('checking');
      try {
        flow = await this.ensureFlow();
      } catch {
        // The checks and the next steps could not be fetched: as far as the applicant can tell, the connection is down.
        state.fail({ code: 'network_error', retryAfterSeconds: null, requestId: null });
        await this.focusAfterUpdate('.failure');
        return;
      } finally {
        this.advancing = false;
      }
      state.setStatus('editing');
    }
    if (!(await flow.checkStep(1))) return;
    state.setStatus('checking');
    this.lookUpAssociation();
    await flow.leaveContactStep();
  }

  /** @internal */
  async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal A fault of our own must not strand the applicant on "sending" or reach the host page. */
  recoverFrom(error: unknown): void {
    console.error('<ressursvenn-signup>:', error);
    if (this.state.status !== 'sent') this.state.fail({ code: 'widget_error', retryAfterSeconds: null, requestId: null });
  }

  // ---- Field events ----

  /** Input, change and leaving a field: the first answer starts the form; checking again is the flow's. */
  private handleField(event: Event): void {
    try {
      if (event.type !== 'focusout') this.noteStart();
      this.flow?.handleField(event);
    } catch (error) {
      console.error('<ressursvenn-signup>:', error);
    }
  }

  private noteStart(): void {
    if (this.startedAt !== undefined) return;
    this.startedAt = performance.now();
    // She has begun: fetch the checks and the next steps now (if the idle moment has not yet), for when she goes on.
    loadFlow().catch(() => {});
    this.dispatchEvent(new RessursvennStartEvent(this.formContext));
  }

  // ---- View event ----

  /** The view event, once: when a quarter of the form is in the viewport (and its texts are here). */
  private observeView(): void {
    if (this.viewed || this.viewObserver) return;
    this.viewObserver = new IntersectionObserver(
      ([entry]) => {
        if (this.viewed || !entry?.isIntersecting) return;
        this.viewed = true;
        this.viewObserver?.disconnect();
        this.updateComplete.then(() => {
          const language = this.isolated ? this.frameLanguage() || DEFAULT_LANGUAGE : this.state.language;
          this.dispatchEvent(new RessursvennViewEvent({ association: this.formContext.association, language }));
        });
      },
      { threshold: 0.25 },
    );
    this.viewObserver.observe(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ressursvenn-signup': RessursvennSignup;
  }
}
