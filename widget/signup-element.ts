/** The <ressursvenn-signup> element: the volunteer sign-up form, its validation, submission and receipt. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { validateApplication, validateField, type FieldErrors, type Language } from '../contract/index.js';
import { applicationsUrl, getDefaultApiBase } from './api-base.js';
import {
  CONTACT_FIELDS,
  LANGUAGES_FIELD,
  HONEYPOT_NAME,
  YES_NO_FIELDS,
  fieldId,
  isVisibleField,
  isYesNoField,
  readApplication,
  readFieldValue,
  type VisibleField,
} from './form-fields.js';
import { proveWork } from './proof-of-work.js';
import { createIdempotencyKeys, type IdempotencyKeys } from './idempotency-key.js';
import { pickMessages, type Messages } from './messages/index.js';
import { resolveLanguage } from './resolve-language.js';
import { RessursvennFailureEvent, RessursvennSubmitEvent, RessursvennSuccessEvent } from './signup-events.js';
import { signupStyles } from './signup.styles.js';
import { submitApplication, type SubmitResult } from './submit-client.js';
import { renderErrorSummary } from './templates/error-summary.js';
import { renderFailureNotice, type Failure } from './templates/failure-notice.js';
import { renderMotivationField, renderPrivacySection, renderTextField, renderYesNoField } from './templates/fields.js';
import { renderHelpPanel } from './templates/help-panel.js';
import { renderReceipt, type Receipt } from './templates/receipt.js';

type Status = 'editing' | 'sending' | 'sent' | 'failed';

const CUSTOM_STATES = ['sending', 'sent', 'failed', 'invalid'] as const;

/**
 * The sign-up form for Ressursvenn volunteers. Validates with the shared contract, posts to the intake server, and
 * shows a receipt. What the applicant types stays in memory only; nothing is written to storage.
 *
 * @tag ressursvenn-signup
 *
 * @attr association - Slug of the local association the page belongs to, e.g. `narvik`. Required.
 * @attr lang - Form language: `nb`, `nn` or `en` (`no`, `nb-NO`, `nn-NO`, `en-GB` … are understood). Without it the
 *   page's `<html lang>` decides, else Bokmål. Anything unknown means Bokmål.
 * @attr api - Base URL of the intake server, e.g. `https://intake.example.no`. Default: the origin `widget.js` was
 *   loaded from; without the embed script, the page's own origin.
 *
 * @event ressursvenn-submit - Before an application is sent; cancelable. `detail: { association, language }`.
 * @event ressursvenn-success - The application was stored. `detail: { reference }`.
 * @event ressursvenn-failure - The application was not stored. `detail: { code }`, a `FailureCode`.
 *
 * @csspart title - The heading of the form.
 * @csspart help - The "Do you need help yourself?" panel (a `<details>`).
 * @csspart form - The `<form>`.
 * @csspart field - One field: its label, hint, input and error message.
 * @csspart label - A field's label or question.
 * @csspart hint - A field's hint text.
 * @csspart note - The note above the free-text answer about what not to write.
 * @csspart input - A text input or the text area.
 * @csspart radio - A yes/no radio button.
 * @csspart checkbox - The privacy acknowledgement.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown after a submit attempt.
 * @csspart button - The send and try-again buttons.
 * @csspart failure - The notice shown when an application could not be sent.
 * @csspart receipt - The receipt after sending.
 *
 * @cssproperty --rv-color-accent - Buttons, links, radio and checkbox colour. Default `#0b5d6b`.
 * @cssproperty --rv-color-accent-contrast - Text on the accent colour. Default `#ffffff`.
 * @cssproperty --rv-color-text - Text colour. Default `#1d2329`.
 * @cssproperty --rv-color-muted - Hints and secondary text. Default `#4a5561`.
 * @cssproperty --rv-color-background - Background of the element. Default `#ffffff`.
 * @cssproperty --rv-color-surface - Help panel and note background. Default `#f3f5f7`.
 * @cssproperty --rv-color-input-background - Input background. Default `#ffffff`.
 * @cssproperty --rv-color-border - Input borders (keep 3:1 against the background). Default `#6b7581`.
 * @cssproperty --rv-color-border-subtle - The help panel's border. Default `#c9d0d6`.
 * @cssproperty --rv-color-error - Error text and borders. Default `#b3261e`.
 * @cssproperty --rv-color-error-background - Error summary and failure background. Default `#fdf3f2`.
 * @cssproperty --rv-color-success - Receipt border. Default `#1e6b3a`.
 * @cssproperty --rv-color-success-background - Receipt background. Default `#eef6f0`.
 * @cssproperty --rv-color-focus - Focus outline. Default `#1f4fa3`.
 * @cssproperty --rv-font-family - Font. Default: the system UI font.
 * @cssproperty --rv-font-size - Base font size. Default `max(1rem, 16px)`.
 * @cssproperty --rv-radius - Corner radius. Default `6px`.
 * @cssproperty --rv-max-width - Widest the element grows. Default `40em`.
 * @cssproperty --rv-padding - Space inside the element. Default `1em`.
 *
 * @state sending - An application is on its way.
 * @state sent - The receipt is shown.
 * @state failed - The last attempt failed; the form still holds what was typed.
 * @state invalid - The error summary is shown.
 */
export class RessursvennSignup extends LitElement {
  static override styles = signupStyles;

  static override properties = {
    association: { type: String },
    api: { type: String },
    status: { state: true },
    errors: { state: true },
    failure: { state: true },
    receipt: { state: true },
  };

  /** `lang` is the platform's own attribute: observed, not shadowed by a Lit property, so `el.lang = 'nn'` works. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Slug of the association the page names. */
  declare association: string;
  /** Base URL of the intake server; empty means the embed script's origin. */
  declare api: string;
  private declare status: Status;
  private declare errors: FieldErrors;
  private declare failure: Failure | null;
  private declare receipt: Receipt | null;
  /** Errors show only after the first submit attempt (Aksel), then fields re-validate on blur. */
  private declare attempted: boolean;
  /** When the applicant first typed (performance.now()), and how long she took until the first send. */
  private declare startedAt: number | undefined;
  private declare elapsedMs: number | undefined;
  /** The solved proof of work, kept so a retry sends the same body. */
  private declare altcha: string | undefined;
  private declare readonly keys: IdempotencyKeys;
  private declare readonly internals: ElementInternals | null;
  private declare readonly htmlLangObserver: MutationObserver;

  constructor() {
    super();
    this.association = '';
    this.api = '';
    this.status = 'editing';
    this.errors = {};
    this.failure = null;
    this.receipt = null;
    this.attempted = false;
    this.keys = createIdempotencyKeys();
    this.internals = attachInternalsSafely(this);
    this.htmlLangObserver = new MutationObserver(() => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page may switch language after load; follow its <html lang> while no lang attribute pins ours.
    this.htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    this.htmlLangObserver.disconnect();
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The language the form speaks now. */
  private get language(): Language {
    return resolveLanguage(this.getAttribute('lang'), document.documentElement.getAttribute('lang'));
  }

  protected override firstUpdated(): void {
    if (!this.association.trim()) {
      console.warn('<ressursvenn-signup>: the "association" attribute is missing, so applications cannot be sent.');
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('status') || changed.has('errors')) this.syncCustomStates();
  }

  protected override render(): TemplateResult {
    const language = this.language;
    const m = pickMessages(language);
    const sent = this.status === 'sent' && this.receipt;
    return html`
      <div class="root" lang=${language}>
        <h2 part="title" class="title">${m.title}</h2>
        ${sent ? nothing : html`<p class="intro">${m.intro}</p>`}
        ${renderHelpPanel(m)}
        ${sent ? renderReceipt(m, this.receipt!) : this.renderForm(m)}
        <div class="visually-hidden" role="status">${this.announcement(m)}</div>
      </div>
    `;
  }

  private renderForm(m: Messages): TemplateResult {
    const view = { m, errors: this.errors };
    const sending = this.status === 'sending';
    const showSummary = this.attempted && Object.keys(this.errors).length > 0;
    return html`
      <form
        part="form"
        novalidate
        @submit=${this.handleSubmit}
        @focusout=${this.handleFocusOut}
        @change=${this.handleChange}
        @input=${this.handleInput}
      >
        <p class="required-note">${m.requiredNote}</p>
        <div class="honeypot" aria-hidden="true">
          <label for="rv-${HONEYPOT_NAME}">Website</label>
          <input id="rv-${HONEYPOT_NAME}" name=${HONEYPOT_NAME} type="text" tabindex="-1" autocomplete="off" />
        </div>
        <fieldset class="section">
          <legend class="section-legend">${m.sections.contact}</legend>
          ${CONTACT_FIELDS.map((field) => renderTextField(field, view))}
        </fieldset>
        <fieldset class="section">
          <legend class="section-legend">${m.sections.fit}</legend>
          <p>${m.sections.fitIntro}</p>
          ${YES_NO_FIELDS.map((name) => renderYesNoField(name, view))}
        </fieldset>
        <fieldset class="section">
          <legend class="section-legend">${m.sections.about}</legend>
          ${renderMotivationField(view)} ${renderTextField(LANGUAGES_FIELD, view)}
        </fieldset>
        ${renderPrivacySection(view)}
        ${showSummary ? renderErrorSummary(m, this.errors, this.followSummaryLink) : nothing}
        ${this.status === 'failed' && this.failure
          ? renderFailureNotice(m, this.failure)
          : html`<div class="actions">
              <button part="button" class="button" type="submit" ?disabled=${sending}>${sending ? m.sending : m.submit}</button>
            </div>`}
      </form>
    `;
  }

  private announcement(m: Messages): string {
    if (this.status === 'editing') return '';
    return m.status[this.status];
  }

  private get formElement(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  // Lit calls event listeners with the element as `this`.
  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit().catch((error: unknown) => this.recoverFrom(error));
  }

  private async submit(): Promise<void> {
    // The in-flight guard: a second click before the first render disables the button must not send twice.
    if (this.status === 'sending') return;
    const form = this.formElement;
    if (!form) return;
    const language = this.language;
    this.attempted = true;
    // Measured until the first send and then kept: a retry must send the same body to reuse its Idempotency-Key.
    const elapsedMs = this.elapsedMs ?? Math.round(performance.now() - (this.startedAt ?? performance.now()));
    const checked = validateApplication(readApplication(form, { association: this.association, language, elapsedMs }));
    if (!checked.ok) {
      await this.showErrors(checked.fields);
      return;
    }
    this.errors = {};
    if (!this.dispatchEvent(new RessursvennSubmitEvent({ association: checked.value.association, language }))) return;
    this.status = 'sending';
    this.elapsedMs = elapsedMs;
    const base = this.api || getDefaultApiBase();
    if (this.altcha === undefined) {
      const proof = await proveWork(base);
      if (proof.kind === 'failed') {
        await this.applyResult({ kind: 'failed', code: 'network_error', status: null, retryAfterSeconds: null, requestId: null });
        return;
      }
      this.altcha = proof.altcha;
    }
    checked.value.altcha = this.altcha;
    const body = JSON.stringify(checked.value);
    const result = await submitApplication({
      url: applicationsUrl(base),
      body,
      idempotencyKey: this.keys.keyFor(body),
    });
    await this.applyResult(result);
  }

  private async applyResult(result: SubmitResult): Promise<void> {
    switch (result.kind) {
      case 'accepted':
        this.keys.reset();
        this.altcha = undefined;
        this.receipt = { reference: result.reference, association: result.association };
        this.failure = null;
        this.errors = {};
        this.status = 'sent';
        await this.focusAfterUpdate('.receipt');
        this.dispatchEvent(new RessursvennSuccessEvent({ reference: result.reference }));
        return;
      case 'invalid':
        this.failure = null;
        this.status = 'editing';
        await this.showErrors(result.fields);
        this.dispatchEvent(new RessursvennFailureEvent({ code: 'validation_failed' }));
        return;
      case 'failed':
        this.failure = { code: result.code, retryAfterSeconds: result.retryAfterSeconds, requestId: result.requestId };
        this.status = 'failed';
        await this.focusAfterUpdate('.failure');
        this.dispatchEvent(new RessursvennFailureEvent({ code: result.code }));
        return;
    }
  }

  /** A fault of our own must not strand the applicant on "sending" or reach the host page. */
  private recoverFrom(error: unknown): void {
    console.error('<ressursvenn-signup>:', error);
    if (this.status === 'sending' || this.status === 'editing') {
      this.failure = { code: 'widget_error', retryAfterSeconds: null, requestId: null };
      this.status = 'failed';
    }
  }

  private async showErrors(fields: FieldErrors): Promise<void> {
    this.errors = fields;
    await this.focusAfterUpdate('.error-summary');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private handleFocusOut(event: FocusEvent): void {
    try {
      const name = this.fieldNameOf(event.target);
      if (!name || !this.attempted) return;
      // Moving between the two radios of one question is not leaving it.
      if (isYesNoField(name) && (event.relatedTarget as HTMLInputElement | null)?.name === name) return;
      this.revalidate(name, false);
    } catch (error) {
      console.error('<ressursvenn-signup>:', error);
    }
  }

  private handleChange(event: Event): void {
    try {
      const name = this.fieldNameOf(event.target);
      if (!name || !this.attempted) return;
      if (isYesNoField(name) || name === 'privacyAcknowledged') this.revalidate(name, false);
    } catch (error) {
      console.error('<ressursvenn-signup>:', error);
    }
  }

  /** While typing, an error may disappear once fixed, but no new one appears before the field is left. */
  private handleInput(event: Event): void {
    try {
      this.startedAt ??= performance.now();
      const name = this.fieldNameOf(event.target);
      if (!name || !this.attempted || !this.errors[name]) return;
      this.revalidate(name, true);
    } catch (error) {
      console.error('<ressursvenn-signup>:', error);
    }
  }

  private fieldNameOf(target: EventTarget | null): VisibleField | null {
    const name = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.name : '';
    return isVisibleField(name) ? name : null;
  }

  private revalidate(name: VisibleField, onlyClear: boolean): void {
    const form = this.formElement;
    if (!form) return;
    const code = validateField(name, readFieldValue(new FormData(form), name));
    if (code === this.errors[name] || (onlyClear && code)) return;
    const next = { ...this.errors };
    if (code) next[name] = code;
    else delete next[name];
    this.errors = next;
  }

  /** Bound to the element by Lit: moves focus from a summary link to its field (fragment links stop at the shadow root). */
  private followSummaryLink(event: Event): void {
    event.preventDefault();
    try {
      const name = (event.currentTarget as HTMLElement).dataset.field;
      if (name && isVisibleField(name)) this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
    } catch (error) {
      console.error('<ressursvenn-signup>:', error);
    }
  }

  private syncCustomStates(): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      for (const state of CUSTOM_STATES) states.delete(state);
      if (this.status !== 'editing') states.add(this.status);
      if (this.attempted && Object.keys(this.errors).length > 0) states.add('invalid');
    } catch {
      // Browsers before the standard custom-state syntax refuse bare names; the states are an extra, not a need.
    }
  }
}

function attachInternalsSafely(element: HTMLElement): ElementInternals | null {
  try {
    return typeof element.attachInternals === 'function' ? element.attachInternals() : null;
  } catch {
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ressursvenn-signup': RessursvennSignup;
  }
}
