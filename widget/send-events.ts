/** The events of sending an application (they come with the flow chunk). No personal data in any of them. */
import { RessursvennEvent, type FormContext } from './signup-events.js';
import type { FailureCode } from './submit-client.js';

/**
 * Before an application is sent. Cancel it (`preventDefault()`) to stop the sending. In `mode="isolated"` the form runs
 * in another document and this event only reports: it is not cancelable there.
 */
export class RessursvennSubmitEvent extends RessursvennEvent<FormContext> {
  static readonly type = 'ressursvenn-submit';
  constructor(detail: FormContext, cancelable = true) {
    super(RessursvennSubmitEvent.type, detail, cancelable);
  }
}

/** The intake server stored the application. `reference` is null only when the server's answer could not be read. */
export class RessursvennSuccessEvent extends RessursvennEvent<{ reference: string | null }> {
  static readonly type = 'ressursvenn-success';
  constructor(detail: { reference: string | null }) {
    super(RessursvennSuccessEvent.type, detail);
  }
}

/** The application was not stored: the server refused it or could not be reached. The form keeps what was typed. */
export class RessursvennFailureEvent extends RessursvennEvent<{ code: FailureCode }> {
  static readonly type = 'ressursvenn-failure';
  constructor(detail: { code: FailureCode }) {
    super(RessursvennFailureEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ressursvenn-submit': RessursvennSubmitEvent;
    'ressursvenn-success': RessursvennSuccessEvent;
    'ressursvenn-failure': RessursvennFailureEvent;
  }
}
