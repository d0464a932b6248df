/**
 * Everything the form needs beyond showing its first step (the contract's checks and what is said about mistakes, the
 * postal-code check, steps 2 and 3, sending, the receipt), as one chunk that the element fetches in the background
 * once it is interactive, off the critical path.
 */
export { FlowController } from './flow-controller.js';
export { cachedFullMessages, loadFullMessages } from './messages/later.js';
