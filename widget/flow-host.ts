/**
 * What the flow controller (flow-controller.ts, in the flow chunk) may use of its <ressursvenn-signup>. Internal: the
 * element implements it for its own chunk; it is not part of the element's public API.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AssociationLookup } from '../contract/index.js';
import type { FormState } from './form-state.js';
import type { FormContext } from './signup-events.js';

export interface FlowHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly formContext: FormContext;
  readonly apiBase: string;
  /** The `association` attribute as written. */
  readonly association: string;
  readonly pageAssociation: AssociationLookup | null;
  readonly associationLookup: Promise<AssociationLookup | null> | undefined;
  /** The form's state: read it here, change it through its methods. */
  readonly state: FormState;
  /** When the applicant first typed (performance.now()), if she has; set by the flow when it puts a draft back. */
  startedAt: number | undefined;
  /** The `quick-exit` attribute: null when absent. */
  readonly quickExit: string | null;
  /** Leaves for the neutral site unless a listener cancels the exit event. */
  exitQuickly(): void;
  focusAfterUpdate(selector: string): Promise<void>;
  recoverFrom(error: unknown): void;
}
