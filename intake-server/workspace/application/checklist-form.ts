/**
 * Reads the checklist form. The police certificate is recorded as "presented: yes, on this day, checked by this
 * person" and nothing else: the form has no field that could hold a document or its content.
 */
import type { Checklist } from '../../applications/application.js';

/** Form field names, shared by the form and this parser. */
export const CHECKLIST_FIELDS = {
  course: 'course_completed',
  confidentiality: 'confidentiality_signed',
  police: 'police_certificate_presented',
  policeDate: 'police_certificate_date',
  checkedBy: 'police_certificate_checked_by',
} as const;

export type ChecklistField = (typeof CHECKLIST_FIELDS)[keyof typeof CHECKLIST_FIELDS];
export type ChecklistErrorCode = 'invalid_date' | 'future_date' | 'before_application' | 'date_required' | 'checker_required';
export type ChecklistErrors = Partial<Record<ChecklistField, ChecklistErrorCode>>;

export type ChecklistResult = { ok: true; checklist: Checklist } | { ok: false; errors: ChecklistErrors };

const EARLIEST = '2000-01-01';

function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/**
 * Parses the posted fields. An empty date means "not yet"; an unticked police-certificate box clears the record.
 * Dates must be real days, not after `today` nor before `applied` (the Oslo days, YYYY-MM-DD, of now and of the
 * application); the checker must be one of `checkers`.
 */
export function parseChecklist(form: Record<string, unknown>, days: { today: string; applied: string }, checkers: readonly string[]): ChecklistResult {
  const { today, applied } = days;
  const errors: ChecklistErrors = {};
  const text = (name: ChecklistField) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
  const day = (name: ChecklistField, required: boolean): string | null => {
    const value = text(name);
    if (!value) {
      if (required) errors[name] = 'date_required';
      return null;
    }
    if (!isCalendarDay(value) || value < EARLIEST) errors[name] = 'invalid_date';
    else if (value > today) errors[name] = 'future_date';
    else if (value < applied) errors[name] = 'before_application';
    return value;
  };

  const courseCompletedOn = day(CHECKLIST_FIELDS.course, false);
  const confidentialitySignedOn = day(CHECKLIST_FIELDS.confidentiality, false);
  let policeCertificate: Checklist['policeCertificate'] = null;
  if (text(CHECKLIST_FIELDS.police) === 'yes') {
    const presentedOn = day(CHECKLIST_FIELDS.policeDate, true);
    const checkedBy = text(CHECKLIST_FIELDS.checkedBy);
    if (!checkers.includes(checkedBy)) errors[CHECKLIST_FIELDS.checkedBy] = 'checker_required';
    if (presentedOn) policeCertificate = { presentedOn, checkedBy };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, checklist: { courseCompletedOn, confidentialitySignedOn, policeCertificate } };
}
