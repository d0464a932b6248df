/**
 * The form's state, and its one owner: the step shown, the errors and their summary, the steps the volunteer tried to
 * leave, the status of the attempt, a failure, the live message, and the language of the texts shown. Everyone else
 * reads it; it changes only through the methods below, each of which asks the element to render again. The element's
 * custom states (`:state(sending)` …) follow it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldErrors } from '../contract/application.schema.js';
import { DEFAULT_LANGUAGE, type Language } from '../contract/limits.js';
import type { FullMessages, Messages } from './messages/index.js';
import type { StepNumber } from './steps.js';
import type { Failure } from './templates/failure-notice.js';

export type Status = 'editing' | 'checking' | 'sending' | 'sent' | 'failed';

/** What the element shows to the page's CSS as custom states. */
const CUSTOM_STATES = ['checking', 'sending', 'sent', 'failed', 'invalid'] as const;

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

export class FormState implements ReactiveController {
  readonly step: StepNumber = 1;
  readonly errors: FieldErrors = {};
  /** The error summary is shown (after an attempt to go on or send). */
  readonly summaryShown: boolean = false;
  /** Steps the volunteer tried to leave: their fields show errors and re-validate on blur (Aksel). */
  readonly attempted: ReadonlySet<StepNumber> = new Set();
  readonly status: Status = 'editing';
  /** What went wrong, while `status` is 'failed'. */
  readonly failure: Failure | null = null;
  /** A field error that appeared on leaving the field, for the live region. */
  readonly liveMessage: string = '';
  /** The first step's texts in `language`, and every text once the flow needs them. */
  readonly messages: Messages | null = null;
  readonly full: FullMessages | null = null;
  /** The language of `messages`: the one shown. */
  readonly language: Language = DEFAULT_LANGUAGE;
  /** A language the volunteer picked in the form; wins over everything. */
  readonly chosenLanguage: Language | undefined;
  /** The texts on their way: a language, with `+` when the flow's texts come too. */
  readonly loadingTexts: string | undefined;
  private internals: ElementInternals | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private change(changes: Writable<FormState>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  // ---- Steps and errors ----

  /** Shows a step; a failure notice belongs to the attempt that failed, so it goes (the answers stay). */
  goTo(step: StepNumber): void {
    this.change({ step, summaryShown: false, liveMessage: '' });
    if (this.status === 'failed') this.setStatus('editing');
  }

  /** The volunteer tried to leave `step`: its fields show their errors from now on. */
  attempt(step: StepNumber): void {
    (this.attempted as Set<StepNumber>).add(step);
  }

  /**
   * The errors the fields show (and the summary, once shown). What the live region said about an earlier error goes:
   * a field error that appears is announced again right after (`announce`), a summary takes focus and is read.
   */
  showErrors(errors: FieldErrors): void {
    this.change({ errors, liveMessage: '' });
  }

  showSummary(): void {
    this.change({ summaryShown: true });
  }

  /** Says `text` in the live region (while editing). */
  announce(text: string): void {
    this.change({ liveMessage: text });
  }

  // ---- Status ----

  /** Checking, sending and the receipt speak for themselves: an error announced before them is out of date. */
  setStatus(status: Exclude<Status, 'failed'>): void {
    this.change({ status, failure: null, ...(status === 'editing' ? {} : { liveMessage: '' }) });
  }

  fail(failure: Failure): void {
    this.change({ status: 'failed', failure });
  }

  // ---- Language ----

  chooseLanguage(language: Language): void {
    this.change({ chosenLanguage: language });
  }

  /** `key` (see `loadingTexts`) is on its way; none when it arrived or failed. */
  loading(key?: string): void {
    this.change({ loadingTexts: key });
  }

  /** The texts of `language` are here: the form speaks it from now on (with every text, given `full`). */
  showLanguage(language: Language, messages: Messages, full: FullMessages | null): void {
    this.change({ language, messages, full });
  }

  // ---- Custom states ----

  hostUpdated(): void {
    try {
      const states = (this.internals ??= this.host.attachInternals()).states;
      for (const state of CUSTOM_STATES) states.delete(state);
      if (this.status !== 'editing') states.add(this.status);
      if (this.summaryShown && Object.keys(this.errors).length > 0) states.add('invalid');
    } catch {
      // Browsers without custom states (or the standard syntax) refuse; the states are an extra, not a need.
    }
  }
}
