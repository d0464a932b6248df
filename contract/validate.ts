/** Validation of an application as data: a result, never an exception. */
import * as v from 'valibot';
import { ApplicationSchema, FIELD_NAMES, type Application, type FieldErrors, type FieldName } from './application.schema.js';
import { toFieldErrorCode, type FieldErrorCode } from './field-error-codes.js';

export type ValidationResult =
  | { ok: true; value: Application }
  | { ok: false; fields: FieldErrors; notAnObject: boolean };

/** Validates and normalises an application; collects the first problem of each field. */
export function validateApplication(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, fields: {}, notAnObject: true };
  }
  const result = v.safeParse(ApplicationSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const fields: FieldErrors = {};
  let notAnObject = false;
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    if (typeof key === 'string' && (FIELD_NAMES as string[]).includes(key)) {
      fields[key as FieldName] ??= issueCode(issue);
    } else {
      notAnObject = true;
    }
  }
  return { ok: false, fields, notAnObject };
}

/** Validates one field alone, for validation on blur in the form. */
export function validateField(name: FieldName, value: unknown): FieldErrorCode | undefined {
  const result = v.safeParse(ApplicationSchema.entries[name], value);
  return result.success || !result.issues[0] ? undefined : issueCode(result.issues[0]);
}

// A missing key carries Valibot's own message rather than ours; an absent answer is simply "required".
function issueCode(issue: { message: string; input: unknown }): FieldErrorCode {
  const code = toFieldErrorCode(issue.message);
  return issue.input === undefined && code === 'invalid_value' ? 'required' : code;
}
