/**
 * The form's texts: the shape every language fills in (loading them is `load.ts`'s, so that the languages, which
 * import these types, and their loader are no circle). Each language is two parts: the first step's texts, which are
 * in widget.js for all three languages (a page in any of them is interactive without a second request), and the later
 * steps' texts, a chunk per language fetched in the background with the flow chunk, or when the volunteer switches.
 */
import type { RouteFallback } from '../../contract/wire.js';
import type { VisibleField, YesNoField } from '../form-fields.js';
import type { Segment } from './segments.js';

export type { Segment } from './segments.js';

type ContactField = 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode';
type LaterField = Exclude<VisibleField, ContactField>;

/**
 * The texts of the first step as it is first shown (and of failures, which may come at any step), in one language.
 * What is said about mistakes comes with the later texts: the checks themselves are in the flow chunk.
 */
export interface Messages {
  title: string;
  intro: string;
  requiredNote: string;
  /** Added to the labels of optional fields, in brackets. */
  optional: string;
  sections: { contact: string };
  labels: Record<ContactField, string>;
  hints: Partial<Record<ContactField, string>>;
  steps: { progress: (step: number, total: number) => string; next: string; back: string };
  /** The accessible name of the language switch. */
  languageLabel: string;
  quickExit: string;
  help: { summary: string; intro: string; items: ReadonlyArray<{ title: string; body: readonly Segment[] }> };
  /**
   * Short announcements for the live region. `checkingDetails`: «Neste» was pressed and the checks are still on their
   * way (the main button says it too, as it says `checking` during the postal-code check).
   */
  status: { checkingDetails: string; checking: string; failed: string };
  /** Enough to say that the next step could not be fetched; the rest is in `LaterMessages.failureDetails`. */
  failure: { heading: string; kept: string; reasons: { network_error: string } };
}

/** The texts of the later steps, the review and the receipt, fetched with the flow chunk. */
export interface LaterMessages {
  yes: string;
  no: string;
  sections: { fit: string; fitIntro: string; about: string; privacy: string };
  labels: Record<LaterField, string>;
  hints: Partial<Record<LaterField, string>>;
  /** The visible warning above the free-text answer: what not to write about (GDPR art. 9). */
  motivationNote: string;
  maxCharacters: (max: number) => string;
  privacy: { notice: string; versionLabel: string };
  submit: string;
  sending: string;
  /** `backToReview`: the main button on steps 1 and 2 after «Endre» on the review. */
  steps: { review: string; backToReview: string };
  /** The postal-code check after step 1: which association gets the application. */
  routing: {
    heading: string;
    /** Before and after the association's name: "Søknaden går til " … ". Stemmer det?" */
    goesTo: readonly [string, string];
    where: (postalCode: string, kommune: string) => string;
    confirm: string;
    pickAnother: string;
    chooseLegend: string;
    thisPage: (name: string) => string;
    thisPageUnknown: string;
    /** Quietly, on every step, when the server knows no association by the page's slug (a mistyped embed code). */
    unknownPage: string;
    continue: string;
    changePostalCode: string;
  };
  review: {
    intro: string;
    change: string;
    notGiven: string;
    goesTo: string;
    /** When the postal-code lookup failed: the server decides, and the receipt says who. */
    routedLater: string;
    /** Why the application goes to the fallback the lookup named, when no local association serves the postal code. */
    fallback: Record<RouteFallback['kind'], string>;
  };
  /** Heading of the error summary when going on to the next step. */
  errorSummaryHeadingNext: string;
  errors: {
    required: Record<ContactField, string>;
    invalidEmail: string;
    invalidPhone: string;
    invalidPostalCode: string;
    needsLetter: (label: string) => string;
    tooLong: (label: string, max: number) => string;
    forbiddenCharacters: (label: string) => string;
    invalidValue: (label: string) => string;
  };
  /** A postal code the register knows is none (`unknown_postal_code`). */
  unknownPostalCode: string;
  /** "Answer whether …", for each unanswered yes/no question. */
  answerRequired: Record<YesNoField, string>;
  mustAcknowledge: string;
  /**
   * A name with a web or email address in it (`contains_link`). With the later texts, which arrive while the first
   * step is being filled in; until then the field says `invalidValue`.
   */
  containsLink: (label: string) => string;
  /** For problems the applicant cannot fix: the page set up the element wrongly. */
  setupError: string;
  /** Heading of the error summary when sending. */
  errorSummaryHeading: string;
  status: { sending: string; sent: string };
  retry: string;
  failureDetails: {
    reasons: { timeout: string; rate_limited: string; service_unavailable: string; other: string };
    wait: (minutes: number) => string;
    later: string;
    persist: string;
    /** "If it still does not work, contact Narvik sanitetsforening:", followed by its email and phone. */
    persistTo: (name: string) => string;
    /** Before the phone number in that sentence. */
    phone: string;
    requestId: (id: string) => string;
  };
  /** Beside the quick-exit button: the Shift shortcut, and that leaving does not clear the browser history. */
  exitHint: string;
  receipt: {
    heading: string;
    referenceLabel: string;
    nextHeading: string;
    contact: (association: string) => string;
    contactUnknown: string;
    /** What follows the first contact, in order. */
    steps: readonly string[];
    questions: (email: Segment) => Segment[];
  };
}

/** Every text, once both parts of a language are here. */
export type FullMessages = Omit<Messages, 'sections' | 'labels' | 'hints' | 'steps' | 'status'> &
  Omit<LaterMessages, 'sections' | 'labels' | 'hints' | 'steps' | 'status'> & {
    sections: Messages['sections'] & LaterMessages['sections'];
    labels: Record<VisibleField, string>;
    hints: Partial<Record<VisibleField, string>>;
    steps: Messages['steps'] & LaterMessages['steps'];
    status: Messages['status'] & LaterMessages['status'];
  };
