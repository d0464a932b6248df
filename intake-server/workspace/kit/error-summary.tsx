/** The error summary above a form that could not be saved: it takes focus and links to each field (NAV Aksel's pattern). */

export interface FieldError {
  /** The id of the field to jump to. */
  field: string;
  text: string;
}

/** Renders nothing when there are no errors. */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} autofocus aria-labelledby="error-summary-heading">
      <h2 id="error-summary-heading">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a field's label, with the id its field points to through `aria-describedby`. */
export function FieldMessage({ field, text }: { field: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="field-error" id={`${field}-error`}>
      {text}
    </p>
  );
}
