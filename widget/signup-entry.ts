/**
 * The element's ES-module entry (the `signup-[hash].js` chunk), imported by widget.js: defines the element and, in the
 * intake server's isolated-mode frame, connects the form to the page around the frame.
 */
import { setDefaultApiBase } from './api-base.js';
import { defineRessursvennSignup } from './define.js';

export interface StartOptions {
  /** The origin widget.js came from: the default intake server. */
  apiBase: string;
  /** The element mounted by a `data-frame` script tag, in the isolated-mode frame document; else null. */
  frame: HTMLElement | null;
}

/** Never throws: whatever fails stays in the console, not in the host page. */
export function start(options: StartOptions): void {
  try {
    if (options.apiBase) setDefaultApiBase(options.apiBase);
    defineRessursvennSignup();
    const frame = options.frame;
    if (frame) {
      import('./frame-child.js').then(
        (module) => module.connectToParent(frame),
        (error: unknown) => console.error('<ressursvenn-signup>: could not connect the frame.', error),
      );
    }
  } catch (error) {
    console.error('<ressursvenn-signup>: could not start.', error);
  }
}
