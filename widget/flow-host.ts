/**
 * What the flow controller (flow-controller.ts, in the flow chunk) may use of its <ressursvenn-signup>. Internal: the
 * element implements it for its own chunk; it is not part of the element's public API.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AssociationLookup, FieldErrors } from '../contract/index.js';
import type { FullMessages } from './messages/index.js';
import type { FormContext } from './signup-events.js';
import type { StepNumber } from './steps.js';
import type { Failure } from './templates/failure-notice.js';

export type Status = 'editing' | 'checking' | 'sending' | 'sent' | 'failed';

export interface FlowHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Every text in the language shown (the flow is only used once they are here). */
  readonly texts: FullMessages;
  readonly formContext: FormContext;
  readonly apiBase: string;
  /** The `association` attribute as written. */
  readonly association: string;
  readonly pageAssociation: AssociationLookup | null;
  readonly associationLookup: Promise<AssociationLookup | null> | undefined;
  step: StepNumber;
  errors: FieldErrors;
  summaryShown: boolean;
  readonly attempted: Set<StepNumber>;
  status: Status;
  failure: Failure | null;
  liveMessage: string;
  /** Milliseconds from the first input to the first send, measured once. */
  fillTime(): number;
  checkStep(step: StepNumber): Promise<boolean>;
  focusAfterUpdate(selector: string): Promise<void>;
  recoverFrom(error: unknown): void;
}
