/**
 * The hosted page's own HTML form, for when scripts are off or fail: the widget's fields, labels and texts on one page,
 * posted to `/skjema/:slug`. When widget.js runs, hosted.js removes it (the widget takes its place).
 */
import { LIMITS, type FieldErrors, type FieldName } from '../../contract/index.js';
import { ErrorSummary, FieldMessage, type FieldError } from '../workspace/kit/error-summary.js';
import { fieldErrorText, type FormField, type HostedFormTexts } from './hosted-form-texts.js';
import { TEXT_FIELDS, YES_NO_FIELDS, type PlainFormValues } from './plain-form.js';

/** The id of the wrapper hosted.js removes when the widget is there. */
export const PLAIN_FORM_ID = 'skjema-uten-skript';

const MAX: Partial<Record<FormField, number>> = {
  firstName: LIMITS.nameLength,
  lastName: LIMITS.nameLength,
  email: LIMITS.emailLength,
  phone: LIMITS.phoneLength,
  postalCode: 8,
  motivation: LIMITS.motivationLength,
  languages: LIMITS.languagesLength,
};

const FORM_ORDER: readonly FormField[] = [...TEXT_FIELDS.map((f) => f.name), ...YES_NO_FIELDS, 'motivation', 'languages', 'privacyAcknowledged'];

/** The sentence of each field's problem, for the fields she can see. */
export function errorTexts(t: HostedFormTexts, fields: FieldErrors): Partial<Record<FormField, string>> {
  const out: Partial<Record<FormField, string>> = {};
  for (const field of FORM_ORDER) {
    const code = fields[field as FieldName];
    if (code) out[field] = fieldErrorText(t, field, code, MAX[field] ?? 0);
  }
  return out;
}

export interface PlainFormProps {
  action: string;
  formKey: string;
  values: PlainFormValues;
  errors: Partial<Record<FormField, string>>;
  /** A problem with sending, not with a field (too many applications just now). */
  notice?: { title: string; text: string } | undefined;
  texts: HostedFormTexts;
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

export function PlainForm({ action, formKey, values, errors, notice, texts: t }: PlainFormProps) {
  const summary: FieldError[] = FORM_ORDER.flatMap((f) => (errors[f] ? [{ field: f, text: errors[f]! }] : []));
  const textInput = (def: (typeof TEXT_FIELDS)[number] | { name: 'languages'; type: 'text'; autocomplete: string; maxLength: number; optional: true }) => {
    const hint = t.hints[def.name];
    const error = errors[def.name];
    return (
      <div class={error ? 'field has-error' : 'field'}>
        <label for={def.name}>
          {t.labels[def.name]}
          {'optional' in def && def.optional ? ` (${t.optional})` : null}
        </label>
        {hint ? <p class="hint" id={`${def.name}-hint`}>{hint}</p> : null}
        <FieldMessage field={def.name} text={error} />
        <input
          id={def.name}
          name={def.name}
          type={def.type}
          autocomplete={def.autocomplete}
          maxlength={def.maxLength}
          inputmode={'numeric' in def && def.numeric ? 'numeric' : undefined}
          value={values.text[def.name]}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(!!hint && `${def.name}-hint`, !!error && `${def.name}-error`)}
        />
      </div>
    );
  };
  return (
    <div id={PLAIN_FORM_ID} class="plain-form">
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      {notice ? (
        <div class="notice" role="alert" tabindex={-1} autofocus>
          <h2>{notice.title}</h2>
          <p>{notice.text}</p>
        </div>
      ) : null}
      <ErrorSummary title={t.errorSummaryHeading} errors={summary} />
      <p>{t.requiredNote}</p>
      <form method="post" action={action} novalidate>
        <input type="hidden" name="formKey" value={formKey} />
        <fieldset>
          <legend>{t.sections.contact}</legend>
          {TEXT_FIELDS.map(textInput)}
        </fieldset>
        <fieldset>
          <legend>{t.sections.fit}</legend>
          <p>{t.sections.fitIntro}</p>
          {YES_NO_FIELDS.map((name) => {
            const hint = t.hints[name];
            const error = errors[name];
            return (
              <fieldset
                class={error ? 'field yes-no has-error' : 'field yes-no'}
                aria-describedby={describedBy(!!hint && `${name}-hint`, !!error && `${name}-error`)}
              >
                <legend>{t.labels[name]}</legend>
                {hint ? <p class="hint" id={`${name}-hint`}>{hint}</p> : null}
                <FieldMessage field={name} text={error} />
                <div class="choices">
                  <label>
                    <input type="radio" id={name} name={name} value="yes" checked={values.yesNo[name] === 'yes'} aria-invalid={error ? 'true' : undefined} /> {t.yes}
                  </label>
                  <label>
                    <input type="radio" id={`${name}-no`} name={name} value="no" checked={values.yesNo[name] === 'no'} aria-invalid={error ? 'true' : undefined} /> {t.no}
                  </label>
                </div>
              </fieldset>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t.sections.about}</legend>
          <div class={errors.motivation ? 'field has-error' : 'field'}>
            <label for="motivation">
              {t.labels.motivation} ({t.optional})
            </label>
            <p class="hint" id="motivation-hint">
              {t.motivationNote} {t.maxCharacters(LIMITS.motivationLength)}
            </p>
            <FieldMessage field="motivation" text={errors.motivation} />
            <textarea
              id="motivation"
              name="motivation"
              rows={6}
              maxlength={LIMITS.motivationLength}
              aria-invalid={errors.motivation ? 'true' : undefined}
              aria-describedby={describedBy('motivation-hint', !!errors.motivation && 'motivation-error')}
            >
              {values.motivation}
            </textarea>
          </div>
          {textInput({ name: 'languages', type: 'text', autocomplete: 'off', maxLength: LIMITS.languagesLength, optional: true })}
        </fieldset>
        <fieldset>
          <legend>{t.sections.privacy}</legend>
          <p>{t.privacyNotice}</p>
          <div class={errors.privacyAcknowledged ? 'field checkbox has-error' : 'field checkbox'}>
            <FieldMessage field="privacyAcknowledged" text={errors.privacyAcknowledged} />
            <input
              type="checkbox"
              id="privacyAcknowledged"
              name="privacyAcknowledged"
              value="yes"
              checked={values.privacyAcknowledged}
              aria-invalid={errors.privacyAcknowledged ? 'true' : undefined}
              aria-describedby={errors.privacyAcknowledged ? 'privacyAcknowledged-error' : undefined}
            />
            <label for="privacyAcknowledged">{t.labels.privacyAcknowledged}</label>
          </div>
        </fieldset>
        {/* The honeypot: out of sight and out of the tab order; a person leaves it empty. */}
        <div class="hp" aria-hidden="true">
          <label for="website">Website</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" value={values.website} />
        </div>
        <button type="submit">{t.submit}</button>
      </form>
    </div>
  );
}

export interface PlainReceiptProps {
  reference: string;
  associationName: string;
  contactEmail: string;
  texts: HostedFormTexts;
}

/** The receipt after the plain form: the widget's receipt, in words and order. */
export function PlainReceipt({ reference, associationName, contactEmail, texts: t }: PlainReceiptProps) {
  const [before, , after] = t.receipt.questions(contactEmail);
  return (
    <div class="receipt" role="status">
      <h2 tabindex={-1} autofocus>
        {t.receipt.heading}
      </h2>
      <p>
        {t.receipt.referenceLabel}: <strong class="reference">{reference}</strong>
      </p>
      <h3>{t.receipt.nextHeading}</h3>
      <p>{t.receipt.contact(associationName)}</p>
      <ol>
        {t.receipt.steps.map((s) => (
          <li>{s}</li>
        ))}
      </ol>
      <p>
        {before}
        <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        {after}
      </p>
    </div>
  );
}
