/**
 * Everything the form needs after its first step (the postal-code check, steps 2 and 3, sending, the receipt), as
 * one chunk that the element fetches in the background once it is interactive, off the critical path.
 */
export { FlowController } from './flow-controller.js';
export { cachedFullMessages, loadFullMessages } from './messages/later.js';
