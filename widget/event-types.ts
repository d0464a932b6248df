/** Every event type <ressursvenn-signup> dispatches, in the order a volunteer meets them. */
import { RessursvennFailureEvent, RessursvennSubmitEvent, RessursvennSuccessEvent } from './send-events.js';
import { RessursvennExitEvent, RessursvennStartEvent, RessursvennViewEvent } from './signup-events.js';
import { RessursvennStepEvent } from './step-event.js';

export const EVENT_TYPES = [
  RessursvennViewEvent.type,
  RessursvennStartEvent.type,
  RessursvennStepEvent.type,
  RessursvennSubmitEvent.type,
  RessursvennSuccessEvent.type,
  RessursvennFailureEvent.type,
  RessursvennExitEvent.type,
] as const;
