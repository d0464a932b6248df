import { describe, expect, it } from 'vitest';
import { parseChecklist } from './checklist-form.js';

const days = { today: '2026-11-27', applied: '2026-10-30' };
const checkers = ['Kari Koordinator', 'Ola Koordinator'];

describe('parseChecklist', () => {
  it('reads the three dates and who checked the police certificate', () => {
    const result = parseChecklist(
      {
        course_completed: '2026-11-20',
        confidentiality_signed: '2026-11-21',
        police_certificate_presented: 'yes',
        police_certificate_date: '2026-11-27',
        police_certificate_checked_by: 'Ola Koordinator',
      },
      days,
      checkers,
    );
    expect(result).toEqual({
      ok: true,
      checklist: { courseCompletedOn: '2026-11-20', confidentialitySignedOn: '2026-11-21', policeCertificate: { presentedOn: '2026-11-27', checkedBy: 'Ola Koordinator' } },
    });
  });

  it('treats empty dates as not done and an unticked box as no certificate, whatever else was sent', () => {
    const result = parseChecklist({ course_completed: '', police_certificate_date: '2026-11-01', police_certificate_checked_by: 'Kari Koordinator' }, days, checkers);
    expect(result).toEqual({ ok: true, checklist: { courseCompletedOn: null, confidentialitySignedOn: null, policeCertificate: null } });
  });

  it('refuses days that do not exist, days in the future, a ticked box without a day and an unknown checker', () => {
    const result = parseChecklist(
      {
        course_completed: '2026-02-30',
        confidentiality_signed: '2026-11-28',
        police_certificate_presented: 'yes',
        police_certificate_date: '',
        police_certificate_checked_by: 'Someone typed this',
      },
      days,
      checkers,
    );
    expect(result).toEqual({
      ok: false,
      errors: { course_completed: 'invalid_date', confidentiality_signed: 'future_date', police_certificate_date: 'date_required', police_certificate_checked_by: 'checker_required' },
    });
  });

  it('refuses a day before the application was made, and takes the day it was made', () => {
    const result = parseChecklist({ course_completed: '2026-10-29', confidentiality_signed: '2026-10-30' }, days, checkers);
    expect(result).toEqual({ ok: false, errors: { course_completed: 'before_application' } });
  });
});
