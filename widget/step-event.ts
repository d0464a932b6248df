/** The event of moving between the form's steps (it comes with the flow chunk). No personal data in it. */
import { RessursvennEvent, type FormContext } from './signup-events.js';
import type { StepName, StepNumber } from './steps.js';

/** A step of the form is shown after the volunteer moved forward or back (not the first step on load: see view). */
export class RessursvennStepEvent extends RessursvennEvent<FormContext & { step: StepNumber; stepCount: number; name: StepName }> {
  static readonly type = 'ressursvenn-step';
  constructor(detail: FormContext & { step: StepNumber; stepCount: number; name: StepName }) {
    super(RessursvennStepEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ressursvenn-step': RessursvennStepEvent;
  }
}
