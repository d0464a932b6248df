/**
 * The checklist form with its dates. The police certificate part says, in the form itself, that only "shown, when,
 * by whom" is recorded; it has a box, a date and a list of names, and no field that could hold anything else.
 */
import { CHECKLIST_FIELDS as F, type ChecklistErrors } from './checklist-form.js';
import { FieldMessage } from '../kit/error-summary.js';
import { followUpTexts } from './follow-up.texts.js';
import type { PageContext } from '../kit/page-context.js';
import type { Checklist } from '../../applications/application.js';

/** What the form shows: the saved checklist, or what was posted when it could not be saved. */
export interface ChecklistValues {
  course: string;
  confidentiality: string;
  presented: boolean;
  policeDate: string;
  checkedBy: string;
}

/** The form's values from a saved checklist; the checker defaults to the person looking at it. */
export function checklistValues(checklist: Checklist, me: string): ChecklistValues {
  return {
    course: checklist.courseCompletedOn ?? '',
    confidentiality: checklist.confidentialitySignedOn ?? '',
    presented: checklist.policeCertificate !== null,
    policeDate: checklist.policeCertificate?.presentedOn ?? '',
    checkedBy: checklist.policeCertificate?.checkedBy ?? me,
  };
}

interface Props {
  ctx: PageContext;
  values: ChecklistValues;
  errors: ChecklistErrors;
  /** Names to choose who checked the certificate from. */
  checkers: string[];
  today: string;
  /** The Oslo day the application was made: no checklist date before it. */
  applied: string;
}

function DateField({ name, label, value, error, days }: { name: string; label: string; value: string; error: string | undefined; days: { today: string; applied: string } }) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <FieldMessage field={name} text={error} />
      <input
        type="date"
        id={name}
        name={name}
        value={value}
        min={days.applied}
        max={days.today}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      />
    </div>
  );
}

export function ChecklistSection({ ctx, values, errors, checkers, today, applied }: Props) {
  const days = { today, applied };
  const t = followUpTexts(ctx.language);
  const message = (field: keyof ChecklistErrors) => (errors[field] ? t.error[errors[field]] : undefined);
  return (
    <section aria-labelledby="checklist-heading" class="panel">
      <h2 id="checklist-heading">{t.checklistHeading}</h2>
      <div>
        <p class="hint">{t.checklistIntro}</p>
        <DateField name={F.course} label={t.course} value={values.course} error={message(F.course)} days={days} />
        <DateField name={F.confidentiality} label={t.confidentiality} value={values.confidentiality} error={message(F.confidentiality)} days={days} />
        <fieldset class="police">
          <legend>{t.policeLegend}</legend>
          <p class="police__rule" id="police-rule">
            {t.policeRule}
          </p>
          <div class="checkbox">
            <input type="checkbox" id={F.police} name={F.police} value="yes" checked={values.presented} aria-describedby="police-rule" />
            <label for={F.police}>{t.policePresented}</label>
          </div>
          <DateField name={F.policeDate} label={t.policeDate} value={values.policeDate} error={message(F.policeDate)} days={days} />
          <div class="field">
            <label for={F.checkedBy}>{t.checkedBy}</label>
            <FieldMessage field={F.checkedBy} text={message(F.checkedBy)} />
            <select
              id={F.checkedBy}
              name={F.checkedBy}
              aria-invalid={errors[F.checkedBy] ? 'true' : undefined}
              aria-describedby={errors[F.checkedBy] ? `${F.checkedBy}-error` : undefined}
            >
              {checkers.map((name) => (
                <option value={name} selected={name === values.checkedBy}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      </div>
    </section>
  );
}
