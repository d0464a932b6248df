/**
 * What the form does after its first step, in the flow chunk: the postal-code check and the choice of association,
 * steps 2 and 3, sending, and the receipt. The element keeps the first step and the state every step shares.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { validateApplication } from '../contract/index.js';
import { validateField } from '../contract/validate.js';
import type { FieldErrorCode, FieldErrors, FieldName, PublicAssociation, RouteFallback } from '../contract/index.js';
import type { FlowHost } from './flow-host.js';
import { flowStyles } from './flow.styles.js';
import { unknownSlugs } from './association-lookup.js';
import { clearDraft, fillFromDraft, loadDraft, readDraft, saveDraft } from './draft.js';
import { listenForShiftExit } from './exit-shortcut.js';
import { fieldErrorText } from './field-error-text.js';
import { fieldId, isVisibleField, isYesNoField, readFieldValue, type VisibleField } from './form-fields.js';
import type { FullMessages } from './messages/index.js';
import { lookupPostalCode } from './postal-code-lookup.js';
import { readApplication } from './read-application.js';
import { createSender, type Sender } from './send-application.js';
import { RessursvennFailureEvent, RessursvennSubmitEvent, RessursvennSuccessEvent } from './send-events.js';
import { RessursvennExitEvent } from './signup-events.js';
import { RessursvennStepEvent } from './step-event.js';
import { STEP_COUNT, stepDef, stepOfField, type StepNumber } from './steps.js';
import type { SubmitResult } from './submit-client.js';
import { renderErrorSummary } from './templates/error-summary.js';
import { renderFailureNotice, type Failure } from './templates/failure-notice.js';
import { renderFitStep, renderPrivacySection } from './templates/later-fields.js';
import { renderReceipt, type Receipt } from './templates/receipt.js';
import { renderReview } from './templates/review.js';
import { renderRouting, routingOptions, type Routing } from './templates/routing.js';

/**
 * The association the applicant confirmed for a postal code; an empty slug leaves routing to the server, which then
 * sends it to `name` (the fallback the lookup named, of `kind`), or, when the lookup failed (`name` empty), decides.
 */
interface Confirmed {
  postalCode: string;
  slug: string;
  name: string;
  kind?: RouteFallback['kind'];
  /** Whom to contact if sending fails: the association it goes to, else the page's; null when neither is known. */
  contact: PublicAssociation | null;
}

const NOT_SENT: SubmitResult = { kind: 'failed', code: 'network_error', status: null, retryAfterSeconds: null, requestId: null };

/** How long typing pauses before the draft is written. */
const DRAFT_DELAY_MS = 400;

export class FlowController implements ReactiveController {
  /** The routing question on screen (on step 1, after its fields), or null. */
  routing: Routing | null = null;
  receipt: Receipt | null = null;
  private confirmed: Confirmed | null = null;
  /** «Endre» on the review was pressed: the main button leads back to the review (through the checks) instead of on. */
  private editingFromReview = false;
  private sender: Sender | null = null;
  /** Milliseconds from the first input to the first send. */
  private elapsedMs: number | undefined;
  /** The draft was put back into the fields (or there was none): from then on, what is typed is kept. */
  private restored = false;
  /** Cleared after sending and after quick exit: nothing is kept from then on. */
  private keeping = true;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private stopShortcut: (() => void) | undefined;

  /** Adopts the flow's styles into the element's shadow root, before anything of the flow renders. */
  constructor(private readonly host: FlowHost) {
    // Here rather than in the element: the flow chunk loads as soon as step 1 is on screen, and the first chunk is small.
    if (!host.association.trim()) console.warn('<ressursvenn-signup>: the "association" attribute is missing, so applications cannot be sent.');
    const root = host.renderRoot;
    const sheet = flowStyles.styleSheet;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    // The draft in the tab (draft.ts): written as she types, and once more when the page goes (a reload).
    root.addEventListener('input', this.scheduleSave);
    root.addEventListener('change', this.scheduleSave);
    host.addEventListener(RessursvennExitEvent.type, this.forgetDraft);
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.saveDraft);
    // Shift three times leaves, from anywhere on the page, while the form with its quick-exit button is there.
    this.stopShortcut ??= listenForShiftExit(document, () => {
      if (this.host.quickExit !== null && this.host.state.status !== 'sent') this.host.exitQuickly();
    });
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.saveDraft);
    this.stopShortcut?.();
    this.stopShortcut = undefined;
    this.saveDraft();
  }

  /** Once steps 2 and 3 are in the form: fills it from the tab's draft (after a reload), on step 1. */
  hostUpdated(): void {
    const form = this.host.renderRoot.querySelector('form');
    if (this.restored || !form?.querySelector('[name="motivation"]')) return;
    this.restored = true;
    const draft = loadDraft(this.host.formContext.association);
    // The time to fill counts from here for what was put back (it was typed before the reload).
    if (draft && fillFromDraft(form, draft)) this.host.startedAt ??= performance.now();
  }

  private readonly scheduleSave = (): void => {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(this.saveDraft, DRAFT_DELAY_MS);
  };

  private readonly saveDraft = (): void => {
    clearTimeout(this.draftTimer);
    const form = this.host.renderRoot.querySelector('form');
    if (this.keeping && this.restored && form) saveDraft(this.host.formContext.association, readDraft(form));
  };

  /** After sending or quick exit: the draft goes, and nothing more is kept. */
  private readonly forgetDraft = (): void => {
    this.keeping = false;
    clearTimeout(this.draftTimer);
    clearDraft(this.host.formContext.association);
  };

  /** Beside the quick-exit button: the Shift shortcut, and that the page stays in the browser history. */
  renderExitHint(): TemplateResult | typeof nothing {
    return this.host.quickExit === null ? nothing : html`<p class="exit-hint">${this.texts.exitHint}</p>`;
  }

  /** Every text in the language shown (the flow is only used once they are here). */
  private get texts(): FullMessages {
    return this.host.state.full!;
  }

  /** Measured until the first send and then kept: a retry must send the same body to reuse its key. */
  private fillTime(): number {
    this.elapsedMs ??= Math.round(performance.now() - (this.host.startedAt ?? performance.now()));
    return this.elapsedMs;
  }

  /**
   * Step 1 is valid (and the element shows "checking"): ask the server which association the postal code belongs to,
   * and let the applicant confirm it. A code already confirmed is not asked about again.
   */
  async leaveContactStep(): Promise<void> {
    const host = this.host;
    const state = host.state;
    const form = host.renderRoot.querySelector('form');
    const postalCode = String((form && readFieldValue(new FormData(form), 'postalCode')) ?? '').trim();
    state.setStatus('checking');
    if (this.confirmed?.postalCode === postalCode) {
      state.setStatus('editing');
      await this.goOn();
      return;
    }
    const slug = host.association.trim().toLowerCase();
    // The page's own association is named among the choices: wait for its lookup too (both time out). The server
    // names the fallback for the page's slug (one it does not know counts as none there, as in routing).
    const [lookup] = await Promise.all([lookupPostalCode(host.apiBase, postalCode, slug), host.associationLookup]);
    state.setStatus('editing');
    const pageContact = host.pageAssociation;
    // The register knows the code is none: say so at the field. (No answer at all is no verdict: the server routes it.)
    if (lookup?.unknownPostalCode) {
      await this.showErrors({ postalCode: 'unknown_postal_code' });
      return;
    }
    // No answer, or nobody local serves the code: go on; the review names the fallback the server will use.
    if (!lookup || lookup.associations.length === 0) {
      const fallback = lookup?.fallback;
      this.confirmed = { postalCode, slug: '', name: fallback?.name ?? '', kind: fallback?.kind, contact: fallback ?? pageContact };
      await this.goOn();
      return;
    }
    // A slug the server does not know is no choice: applications naming it are routed by postal code.
    const page = { slug: unknownSlugs.has(slug) ? '' : slug, name: host.pageAssociation?.name ?? '', contact: pageContact };
    this.routing = { postalCode, lookup, options: routingOptions(lookup, page), choosing: false };
    host.requestUpdate();
    await host.focusAfterUpdate('#rv-step-heading');
  }

  /** After step 1 (and its routing question): step 2, or straight back to the review when changing from there. */
  private goOn(): Promise<void> {
    return this.goToStep(this.editingFromReview ? 3 : 2);
  }

  /** Shows a step, moves focus to its heading (or `focus`) and tells the page. */
  async goToStep(step: StepNumber, focus = '#rv-step-heading'): Promise<void> {
    const host = this.host;
    const changed = step !== host.state.step;
    if (step === 3) this.editingFromReview = false;
    // A failure notice goes with it; the answers (and the retry's key) stay.
    host.state.goTo(step);
    await host.focusAfterUpdate(focus);
    if (changed) host.dispatchEvent(new RessursvennStepEvent({ ...host.formContext, step, stepCount: STEP_COUNT, name: stepDef(step).name }));
  }

  /** Errors from validating the whole application (or from the server): shown on the step of the first one. */
  async showErrors(fields: FieldErrors): Promise<void> {
    const host = this.host;
    const state = host.state;
    const steps = Object.keys(fields).map((name) => stepOfField(name));
    for (const step of steps) state.attempt(step);
    const first = Math.min(...steps, 3) as StepNumber;
    state.showErrors(fields);
    if (first !== state.step) await this.goToStep(first, '.error-summary');
    state.showSummary();
    await host.focusAfterUpdate('.error-summary');
  }

  /** The main button on everything after step 1's fields. */
  async advance(): Promise<void> {
    const step = this.host.state.step;
    if (step === 1 && this.routing) await this.confirmRouting();
    else if (step === 2) {
      // Step 2 leads to the review whether or not «Endre» brought her here.
      if (await this.checkStep(2)) await this.goToStep(3);
    } else if (step === 3) await this.submit();
  }

  private async confirmRouting(): Promise<void> {
    const routing = this.routing!;
    let option = routing.options[0];
    if (routing.choosing) {
      const picked = this.host.renderRoot.querySelector<HTMLInputElement>('input[name="rv-route"]:checked')?.value;
      option = routing.options.find((o) => o.slug === picked) ?? option;
    }
    if (!option) return;
    this.confirmed = { postalCode: routing.postalCode, slug: option.slug, name: option.name || this.texts.routing.thisPageUnknown, contact: option.contact };
    this.routing = null;
    await this.goOn();
  }

  private readonly pickAnother = (): void => {
    if (!this.routing) return;
    this.routing = { ...this.routing, choosing: true };
    this.host.requestUpdate();
    this.host.focusAfterUpdate('input[name="rv-route"]:checked').catch((error: unknown) => this.host.recoverFrom(error));
  };

  private readonly changePostalCode = (): void => {
    this.routing = null;
    this.host.requestUpdate();
    this.host.focusAfterUpdate(`#${fieldId('postalCode')}`).catch((error: unknown) => this.host.recoverFrom(error));
  };

  private readonly goBack = (): void => {
    const state = this.host.state;
    if (state.status === 'sending') return;
    this.goToStep((state.step - 1) as StepNumber).catch((error: unknown) => this.host.recoverFrom(error));
  };

  private async submit(): Promise<void> {
    const host = this.host;
    const form = host.renderRoot.querySelector('form');
    if (!form) return;
    const { language } = host.formContext;
    const checked = validateApplication(
      readApplication(form, {
        association: host.association,
        language,
        confirmedAssociation: this.confirmed?.slug ?? '',
        elapsedMs: this.fillTime(),
      }),
    );
    if (!checked.ok) {
      await this.showErrors(checked.fields);
      return;
    }
    if (!host.dispatchEvent(new RessursvennSubmitEvent({ association: checked.value.association, language }))) return;
    host.state.setStatus('sending');
    host.state.announce('');
    this.sender ??= createSender();
    let result: SubmitResult;
    try {
      result = await this.sender.send({ base: host.apiBase, application: checked.value, association: host.associationLookup });
    } catch {
      result = NOT_SENT;
    }
    await this.applyResult(result);
  }

  private async applyResult(result: SubmitResult): Promise<void> {
    const host = this.host;
    const state = host.state;
    switch (result.kind) {
      case 'accepted':
        this.sender?.reset();
        this.forgetDraft();
        this.receipt = { reference: result.reference, association: result.association };
        state.setStatus('sent');
        await host.focusAfterUpdate('.receipt');
        host.dispatchEvent(new RessursvennSuccessEvent({ reference: result.reference }));
        return;
      case 'invalid':
        state.setStatus('editing');
        await this.showErrors(result.fields);
        host.dispatchEvent(new RessursvennFailureEvent({ code: 'validation_failed' }));
        return;
      case 'failed':
        state.fail({ code: result.code, retryAfterSeconds: result.retryAfterSeconds, requestId: result.requestId });
        await host.focusAfterUpdate('.failure');
        host.dispatchEvent(new RessursvennFailureEvent({ code: result.code }));
        return;
    }
  }

  /** The heading of the current view when it is not step 1's fields. */
  heading(step: StepNumber): string {
    const m = this.texts;
    return this.routing ? m.routing.heading : step === 2 ? m.sections.fit : m.steps.review;
  }

  /**
   * The routing question, and steps 2 and 3: rendered hidden until reached and kept in the DOM after, so that going
   * back and forth never loses an answer.
   */
  renderSteps(step: StepNumber): TemplateResult {
    const host = this.host;
    const m = this.texts;
    const view = { m, errors: host.state.errors, errorText: this.errorText };
    const form = host.renderRoot.querySelector('form');
    return html`
      ${unknownSlugs.has(host.association.trim().toLowerCase()) ? html`<p class="quiet-note">${m.routing.unknownPage}</p>` : nothing}
      ${step === 1 && this.routing ? renderRouting(m, this.routing) : nothing}
      <div class="step" ?hidden=${step !== 2}>${renderFitStep(view)}</div>
      <div class="step" ?hidden=${step !== 3}>
        ${step === 3
          ? renderReview({
              m,
              data: form ? new FormData(form) : new FormData(),
              goesTo: this.confirmed?.name ?? '',
              fallback: this.confirmed?.kind,
              onChange: (to) => {
                this.editingFromReview = true;
                this.goToStep(to).catch((error: unknown) => host.recoverFrom(error));
              },
            })
          : nothing}
        ${renderPrivacySection(view)}
      </div>
    `;
  }

  /** The main button's label, and the buttons beside it. */
  primaryLabel(step: StepNumber): string {
    const m = this.texts;
    if (step === 1 && this.routing) return this.routing.choosing ? m.routing.continue : m.routing.confirm;
    if (step === 3) return this.host.state.status === 'sending' ? m.sending : m.submit;
    return this.editingFromReview ? m.steps.backToReview : m.steps.next;
  }

  renderSecondary(step: StepNumber): TemplateResult {
    const m = this.texts;
    const routing = step === 1 ? this.routing : null;
    const button = (label: string, onClick: () => void, style = 'button button--secondary') =>
      html`<button type="button" part="secondary-button" class=${style} @click=${onClick}>${label}</button>`;
    return html`
      ${routing && !routing.choosing && routing.options.length > 1 ? button(m.routing.pickAnother, this.pickAnother) : nothing}
      ${routing ? button(m.routing.changePostalCode, this.changePostalCode, 'link-button') : nothing}
      ${step > 1 ? button(m.steps.back, this.goBack) : nothing}
    `;
  }

  /** The notice of a failed attempt; its "try again" is the main button then. */
  /** The sentence for a field's error, in the form's language (the element's step 1 shows it too). */
  readonly errorText = (name: FieldName, code: FieldErrorCode): string => fieldErrorText(this.texts, name, code);

  /** The error summary, after an attempt to go on (`step` < 3) or to send. */
  renderErrorSummary(step: StepNumber): TemplateResult {
    const m = this.texts;
    return renderErrorSummary(m, step === 3 ? m.errorSummaryHeading : m.errorSummaryHeadingNext, this.host.state.errors, this.followSummaryLink);
  }

  // ---- Checking what she typed ----

  /** Errors of one step, from what is in the form now. */
  private stepErrors(step: StepNumber): FieldErrors {
    const data = new FormData(this.host.renderRoot.querySelector('form') ?? undefined);
    const errors: FieldErrors = {};
    for (const name of stepDef(step).fields) {
      const code = validateField(name, readFieldValue(data, name));
      if (code) errors[name] = code;
    }
    return errors;
  }

  /** Validates a step on leaving it; shows the summary when something is wrong. */
  async checkStep(step: StepNumber): Promise<boolean> {
    const state = this.host.state;
    state.attempt(step);
    const errors: FieldErrors = { ...state.errors };
    for (const name of stepDef(step).fields) delete errors[name];
    const found = this.stepErrors(step);
    state.showErrors({ ...errors, ...found });
    if (Object.keys(found).length === 0) return true;
    state.showSummary();
    await this.host.focusAfterUpdate('.error-summary');
    return false;
  }

  /**
   * Input, change and leaving a field. Errors show only on steps the volunteer tried to leave; then a field is
   * checked again when left (a radio or checkbox when changed), and while typing an error may disappear once fixed,
   * but no new one appears before the field is left.
   */
  handleField(event: Event): void {
    const target = event.target;
    const name = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.name : '';
    if (!isVisibleField(name) || !this.host.state.attempted.has(stepOfField(name))) return;
    if (event.type === 'input') {
      if (this.host.state.errors[name]) this.revalidate(name, true);
    } else if (event.type === 'change') {
      if (isYesNoField(name) || name === 'privacyAcknowledged') this.revalidate(name, false);
    } else if (!(isYesNoField(name) && (event as FocusEvent & { relatedTarget: HTMLInputElement | null }).relatedTarget?.name === name)) {
      // Moving between the two radios of one question is not leaving it.
      this.revalidate(name, false);
    }
  }

  private revalidate(name: VisibleField, onlyClear: boolean): void {
    const form = this.host.renderRoot.querySelector('form');
    if (!form) return;
    const code = validateField(name, readFieldValue(new FormData(form), name));
    const state = this.host.state;
    if (code === state.errors[name] || (onlyClear && code)) return;
    const next = { ...state.errors };
    if (code) next[name] = code;
    else delete next[name];
    state.showErrors(next);
    if (code) state.announce(this.errorText(name, code));
  }

  /** Moves focus from a summary link to its field, on its step (fragment links stop at the shadow root). */
  private readonly followSummaryLink = (event: Event): void => {
    event.preventDefault();
    const name = (event.currentTarget as HTMLElement).dataset.field;
    if (!name || !isVisibleField(name)) return;
    const step = stepOfField(name);
    const focus = `#${fieldId(name)}`;
    const move = step === this.host.state.step ? this.host.focusAfterUpdate(focus) : this.goToStep(step, focus).then(() => this.host.state.showSummary());
    move.catch((error: unknown) => console.error('<ressursvenn-signup>:', error));
  };

  renderFailure(failure: Failure): TemplateResult {
    return renderFailureNotice(this.texts, failure, this.confirmed?.contact ?? this.host.pageAssociation);
  }

  renderReceipt(): TemplateResult {
    return renderReceipt(this.texts, this.receipt!);
  }
}
