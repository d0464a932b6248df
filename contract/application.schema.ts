/** The Ressursvenn application: one Valibot schema that the widget and the intake server both validate with. */
import * as v from 'valibot';
import type { FieldErrorCode } from './field-error-codes.js';
import { LANGUAGES, LIMITS, DEFAULT_LANGUAGE } from './limits.js';
import { EMAIL, normaliseEmail } from './email.js';
import { normalisePhone, PHONE } from './phone.js';
import { FORBIDDEN_MULTI_LINE, FORBIDDEN_SINGLE_LINE, HAS_LETTER, isLinkLike, normaliseText } from './text-rules.js';

// Every message below is a FieldErrorCode; the widget translates codes, the server passes them on.
const code = (c: FieldErrorCode) => c;

const singleLine = (max: number) =>
  v.pipe(
    v.string(code('required')),
    v.transform(normaliseText),
    v.nonEmpty(code('required')),
    v.maxLength(max, code('too_long')),
    v.check((s) => !FORBIDDEN_SINGLE_LINE.test(s), code('forbidden_characters')),
  );

const optionalSingleLine = (max: number) =>
  v.optional(
    v.pipe(
      v.string(code('invalid_value')),
      v.transform(normaliseText),
      v.maxLength(max, code('too_long')),
      v.check((s) => !FORBIDDEN_SINGLE_LINE.test(s), code('forbidden_characters')),
    ),
    '',
  );

/** A name, and only a name: it goes into the coordinators' mail, where a link or an address could pass for ours. */
const personName = v.pipe(
  singleLine(LIMITS.nameLength),
  v.regex(HAS_LETTER, code('needs_letter')),
  v.check((s) => !isLinkLike(s), code('contains_link')),
);

const yesNo = v.boolean(code('required'));

/** The application as the widget sends it and the server accepts it. Unknown keys are dropped. */
export const ApplicationSchema = v.object({
  firstName: personName,
  lastName: personName,
  email: v.pipe(singleLine(LIMITS.emailLength), v.transform(normaliseEmail), v.regex(EMAIL, code('invalid_email')), v.maxLength(LIMITS.emailLength, code('too_long'))),
  phone: v.pipe(
    singleLine(LIMITS.phoneLength),
    v.transform(normalisePhone),
    v.regex(PHONE, code('invalid_phone')),
  ),
  postalCode: v.pipe(singleLine(8), v.regex(/^\d{4}$/, code('invalid_postal_code'))),
  /** "Are you 25 or older?" A soft rule: a "no" is flagged for the coordinator, never rejected. */
  age25OrOlder: yesNo,
  /** Can meet 2–4 times a month for 9–12 months. */
  canCommit: yesNo,
  willTakeCourse: yesNo,
  willSignConfidentiality: yesNo,
  /** Willing to show a police certificate. The product never receives the certificate itself. */
  willShowPoliceCertificate: yesNo,
  motivation: v.optional(
    v.pipe(
      v.string(code('invalid_value')),
      v.transform(normaliseText),
      v.maxLength(LIMITS.motivationLength, code('too_long')),
      v.check((s) => !FORBIDDEN_MULTI_LINE.test(s), code('forbidden_characters')),
    ),
    '',
  ),
  languages: optionalSingleLine(LIMITS.languagesLength),
  privacyAcknowledged: v.literal(true, code('must_acknowledge')),
  privacyNoticeVersion: v.pipe(
    singleLine(LIMITS.privacyNoticeVersionLength),
    v.regex(/^[A-Za-z0-9._-]+$/, code('invalid_value')),
  ),
  /** The association the page names (its slug); routing decides who actually receives the application. */
  association: v.pipe(
    singleLine(LIMITS.associationSlugLength),
    v.toLowerCase(),
    v.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, code('invalid_value')),
  ),
  language: v.optional(v.picklist(LANGUAGES, code('invalid_value')), DEFAULT_LANGUAGE),
  /** The association the applicant confirmed or chose after the postal-code lookup; wins over the page's. */
  confirmedAssociation: v.optional(
    v.pipe(v.string(code('invalid_value')), v.trim(), v.toLowerCase(), v.maxLength(LIMITS.associationSlugLength, code('too_long')), v.regex(/^$|^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, code('invalid_value'))),
    '',
  ),
  /** Honeypot: a field people never see. Anything in it marks the submission as automated. */
  website: v.optional(v.pipe(v.string(code('invalid_value')), v.maxLength(LIMITS.nameLength, code('too_long'))), ''),
  /** Milliseconds between the form's first input and sending; implausibly fast submissions are held back. */
  elapsedMs: v.optional(v.pipe(v.number(code('invalid_value')), v.integer(code('invalid_value')), v.minValue(0, code('invalid_value')), v.maxValue(86_400_000, code('invalid_value')))),
  /** A solved proof-of-work challenge (ALTCHA payload, base64 JSON), when the server asks for one. */
  altcha: v.optional(v.pipe(v.string(code('invalid_value')), v.maxLength(LIMITS.challengeLength, code('too_long'))), ''),
});

/** What a client sends. */
export type ApplicationInput = v.InferInput<typeof ApplicationSchema>;
/** What validation produces: trimmed, NFC-normalised, phone in E.164, defaults filled in. */
export type Application = v.InferOutput<typeof ApplicationSchema>;
/** The name of a field of the application. */
export type FieldName = keyof Application;
/** The first problem of each invalid field. */
export type FieldErrors = Partial<Record<FieldName, FieldErrorCode>>;

/** The field names in form order, for error summaries. */
export const FIELD_NAMES = Object.keys(ApplicationSchema.entries) as FieldName[];
