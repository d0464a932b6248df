/** The events <ressursvenn-signup> dispatches. They bubble, cross the shadow boundary and carry no personal data. */
import type { Language } from '../contract/index.js';
import type { FailureCode } from './submit-client.js';

/** Before an application is sent. Cancel it (`preventDefault()`) to stop the sending. */
export class RessursvennSubmitEvent extends Event {
  static readonly type = 'ressursvenn-submit';
  readonly detail: { readonly association: string; readonly language: Language };

  constructor(detail: { association: string; language: Language }) {
    super(RessursvennSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/** The intake server stored the application. */
export class RessursvennSuccessEvent extends Event {
  static readonly type = 'ressursvenn-success';
  /** `reference` is null only when the server's answer could not be read. */
  readonly detail: { readonly reference: string | null };

  constructor(detail: { reference: string | null }) {
    super(RessursvennSuccessEvent.type, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/** The application was not stored: the server refused it or could not be reached. The form keeps what was typed. */
export class RessursvennFailureEvent extends Event {
  static readonly type = 'ressursvenn-failure';
  readonly detail: { readonly code: FailureCode };

  constructor(detail: { code: FailureCode }) {
    super(RessursvennFailureEvent.type, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ressursvenn-submit': RessursvennSubmitEvent;
    'ressursvenn-success': RessursvennSuccessEvent;
    'ressursvenn-failure': RessursvennFailureEvent;
  }
}
