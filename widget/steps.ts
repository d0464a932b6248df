/** The form's three steps: which fields each holds, in order. The third is the review, with the privacy notice. */
import { CONTACT_FIELDS, YES_NO_FIELDS, isVisibleField, type VisibleField } from './form-fields.js';

export type StepNumber = 1 | 2 | 3;
export type StepName = 'contact' | 'fit' | 'review';

export interface StepDef {
  number: StepNumber;
  name: StepName;
  fields: readonly VisibleField[];
}

export const STEPS: readonly StepDef[] = [
  { number: 1, name: 'contact', fields: CONTACT_FIELDS.map((field) => field.name) },
  { number: 2, name: 'fit', fields: [...YES_NO_FIELDS, 'motivation', 'languages'] },
  { number: 3, name: 'review', fields: ['privacyAcknowledged'] },
];

export const STEP_COUNT = STEPS.length;

export function stepDef(step: StepNumber): StepDef {
  return STEPS[step - 1]!;
}

/** The step a field is on; fields the applicant never sees (the page's association …) count as the last step. */
export function stepOfField(name: string): StepNumber {
  if (!isVisibleField(name)) return 3;
  return STEPS.find((step) => step.fields.includes(name))?.number ?? 3;
}
