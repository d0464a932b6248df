/**
 * The events <ressursvenn-signup> dispatches for the host page while the form is filled in (moving between steps is
 * in step-event.ts and sending's are in send-events.ts, both with the flow chunk; all are listed in event-types.ts). They bubble, cross the shadow boundary and carry no personal
 * data: nothing the volunteer typed is ever in an event.
 */
import type { Language } from '../contract/limits.js';

/** Which form an event comes from. */
export interface FormContext {
  readonly association: string;
  readonly language: Language;
}

/** The shape every event of the element shares: a frozen `detail`, bubbling and composed. */
export abstract class RessursvennEvent<D extends object> extends Event {
  readonly detail: Readonly<D>;

  constructor(type: string, detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = Object.freeze({ ...detail });
  }
}

/** The form was seen: at least a quarter of it was inside the viewport. Once per element. */
export class RessursvennViewEvent extends RessursvennEvent<FormContext> {
  static readonly type = 'ressursvenn-view';
  constructor(detail: FormContext) {
    super(RessursvennViewEvent.type, detail);
  }
}

/** The volunteer typed or chose her first answer. Once per element. */
export class RessursvennStartEvent extends RessursvennEvent<FormContext> {
  static readonly type = 'ressursvenn-start';
  constructor(detail: FormContext) {
    super(RessursvennStartEvent.type, detail);
  }
}

/** The quick-exit button was pressed; unless cancelled, the page is replaced by `detail.url` at once. */
export class RessursvennExitEvent extends RessursvennEvent<{ url: string }> {
  static readonly type = 'ressursvenn-exit';
  constructor(detail: { url: string }) {
    super(RessursvennExitEvent.type, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ressursvenn-view': RessursvennViewEvent;
    'ressursvenn-start': RessursvennStartEvent;
    'ressursvenn-exit': RessursvennExitEvent;
  }
}
