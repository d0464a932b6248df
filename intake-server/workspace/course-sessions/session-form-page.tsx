/** The form that creates a session, or changes one (the kind and the arranger are fixed once created). */
import { LANGUAGES } from '../../../contract/index.js';
import { SESSION_KINDS, SESSION_LIMITS } from '../../course-sessions/course-session.js';
import type { SessionErrors, SessionField, SessionForm } from '../../course-sessions/session-fields.js';
import { ErrorSummary, FieldMessage, type FieldError } from '../kit/error-summary.js';
import type { PageContext } from '../kit/page-context.js';
import { courseTexts, type CourseTexts } from './course-sessions.texts.js';

export interface FormChoices {
  /** Associations she may arrange for (one: no choice shown). */
  owners: { id: string; name: string }[];
  /** Associations it may be shared with. */
  shareable: { id: string; name: string }[];
  /** Only the national admin may open a session to every association. */
  mayOpenToAll: boolean;
}

const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;

const describedBy = (field: string, hint: boolean, error: boolean) => [hint ? `f-${field}-hint` : '', error ? `f-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

function Input(props: { field: SessionField; form: SessionForm; errors: SessionErrors; t: CourseTexts; type: string; value: string; maxlength?: number; min?: string; inputmode?: 'numeric' }) {
  const { field, errors, t } = props;
  const hint = t.hints[field];
  const error = errors[field];
  return (
    <div class="field">
      <label for={`f-${field}`}>{t.labels[field as keyof CourseTexts['labels']]}</label>
      {hint ? (
        <p class="hint" id={`f-${field}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldMessage field={`f-${field}`} text={error ? t.errors[error] : undefined} />
      <input
        type={props.type}
        id={`f-${field}`}
        name={field}
        value={props.value}
        maxlength={props.maxlength}
        min={props.min}
        inputmode={props.inputmode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(field, Boolean(hint), Boolean(error))}
      />
    </div>
  );
}

export function SessionFormPage(props: {
  ctx: PageContext;
  action: string;
  /** Null when changing a session: the kind is fixed. */
  choices: FormChoices;
  form: SessionForm & { owner: string };
  errors: SessionErrors;
  editing: boolean;
  today: string;
}) {
  const { ctx, form, errors, choices } = props;
  const t = courseTexts(ctx.language);
  const order: SessionField[] = ['kind', 'date', 'start', 'end', 'place', 'video_url', 'capacity', 'language', 'shared'];
  const summary: FieldError[] = order.filter((f) => errors[f]).map((f) => ({ field: f === 'kind' ? 'f-kind-info_meeting' : f === 'shared' ? 'f-shared' : `f-${f}`, text: t.errors[errors[f]!] }));
  return (
    <div class="narrow">
      <h1>{props.editing ? t.editTitle : t.newTitle}</h1>
      <ErrorSummary title={t.errorTitle} errors={summary} />
      <form method="post" action={ctx.href(props.action)} novalidate>
        {props.editing ? null : (
          <fieldset class="choices" aria-describedby={errors.kind ? 'f-kind-error' : undefined}>
            <legend>{t.kindLegend}</legend>
            <FieldMessage field="f-kind" text={errors.kind ? t.errors[errors.kind] : undefined} />
            {SESSION_KINDS.map((k) => (
              <div class="choice">
                <input type="radio" id={`f-kind-${k}`} name="kind" value={k} checked={form.kind === k} aria-describedby={`f-kind-${k}-hint`} />
                <label for={`f-kind-${k}`}>{t.kind[k]}</label>
                <p class="choice__hint" id={`f-kind-${k}-hint`}>
                  {t.kindHint[k]}
                </p>
              </div>
            ))}
          </fieldset>
        )}
        {!props.editing && choices.owners.length > 1 ? (
          <div class="field">
            <label for="f-owner">{t.labels.association}</label>
            <select id="f-owner" name="owner">
              {choices.owners.map((o) => (
                <option value={o.id} selected={form.owner === o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Input field="date" form={form} errors={errors} t={t} type="date" value={form.date} min={props.today} />
        <Input field="start" form={form} errors={errors} t={t} type="time" value={form.start} />
        <Input field="end" form={form} errors={errors} t={t} type="time" value={form.end} />
        <Input field="place" form={form} errors={errors} t={t} type="text" value={form.place} maxlength={SESSION_LIMITS.place} />
        <Input field="video_url" form={form} errors={errors} t={t} type="url" value={form.videoUrl} maxlength={SESSION_LIMITS.videoUrl} />
        <Input field="capacity" form={form} errors={errors} t={t} type="text" inputmode="numeric" value={form.capacity} maxlength={3} />
        <div class="field">
          <label for="f-language">{t.labels.language}</label>
          <FieldMessage field="f-language" text={errors.language ? t.errors[errors.language] : undefined} />
          <select id="f-language" name="language" aria-describedby={errors.language ? 'f-language-error' : undefined}>
            {LANGUAGES.map((l) => (
              <option value={l} selected={form.language === l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        {choices.shareable.length > 0 ? (
          <fieldset class="choices" id="f-shared" aria-describedby={`f-shared-hint${errors.shared ? ' f-shared-error' : ''}`}>
            <legend>{t.sharedLegend}</legend>
            <p class="hint" id="f-shared-hint">
              {t.sharedHint}
            </p>
            <FieldMessage field="f-shared" text={errors.shared ? t.errors[errors.shared] : undefined} />
            {choices.shareable.map((a) => (
              <div class="checkbox">
                <input type="checkbox" id={`f-shared-${a.id}`} name="shared" value={a.id} checked={form.shared.includes(a.id)} />
                <label for={`f-shared-${a.id}`}>{a.name}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        {choices.mayOpenToAll ? (
          <div class="checkbox">
            <input type="checkbox" id="f-open" name="open_to_all" value="yes" checked={form.openToAll} aria-describedby="f-open-hint" />
            <label for="f-open">{t.openToAll}</label>
            <p class="choice__hint" id="f-open-hint">
              {t.openToAllHint}
            </p>
          </div>
        ) : null}
        <button type="submit">{props.editing ? t.save : t.create}</button>
      </form>
    </div>
  );
}
