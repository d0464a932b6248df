/**
 * The hosted page's form without JavaScript, as data: what the browser posts (`application/x-www-form-urlencoded`),
 * turned into the contract's application input, and the signed form key that makes a resend safe and times the fill.
 */
import { randomUUID } from 'node:crypto';
import { LIMITS, type Language } from '../../contract/index.js';
import { signValue, verifySignedValue } from '../lib/signed-value.js';
import type { TextField, YesNoField } from './hosted-form-texts.js';

/**
 * The privacy notice the plain form shows (its text is the widget's, in hosted-form-texts.ts): the same version the
 * widget sends (widget/privacy.ts; a test keeps them equal).
 */
export const PLAIN_FORM_NOTICE_VERSION = '2026-11-01';

export const TEXT_FIELDS: readonly { name: TextField; type: 'text' | 'email' | 'tel'; autocomplete: string; maxLength: number; optional?: boolean; numeric?: boolean }[] = [
  { name: 'firstName', type: 'text', autocomplete: 'given-name', maxLength: LIMITS.nameLength },
  { name: 'lastName', type: 'text', autocomplete: 'family-name', maxLength: LIMITS.nameLength },
  { name: 'email', type: 'email', autocomplete: 'email', maxLength: LIMITS.emailLength },
  { name: 'phone', type: 'tel', autocomplete: 'tel', maxLength: LIMITS.phoneLength },
  { name: 'postalCode', type: 'text', autocomplete: 'postal-code', maxLength: 8, numeric: true },
];
export const YES_NO_FIELDS: readonly YesNoField[] = ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate'];

/** What she typed, as typed: put back into the form when it comes back with errors. */
export interface PlainFormValues {
  text: Record<TextField, string>;
  yesNo: Record<YesNoField, '' | 'yes' | 'no'>;
  motivation: string;
  privacyAcknowledged: boolean;
  /** The honeypot. */
  website: string;
}

export function emptyValues(): PlainFormValues {
  return {
    text: { firstName: '', lastName: '', email: '', phone: '', postalCode: '', languages: '' },
    yesNo: { age25OrOlder: '', canCommit: '', willTakeCourse: '', willSignConfidentiality: '', willShowPoliceCertificate: '' },
    motivation: '',
    privacyAcknowledged: false,
    website: '',
  };
}

/** Reads the posted fields; anything unknown is ignored, a repeated field counts once (its first value). */
export function readPlainForm(form: URLSearchParams): PlainFormValues {
  const values = emptyValues();
  for (const name of Object.keys(values.text) as TextField[]) values.text[name] = form.get(name) ?? '';
  for (const name of YES_NO_FIELDS) {
    const v = form.get(name);
    values.yesNo[name] = v === 'yes' || v === 'no' ? v : '';
  }
  values.motivation = form.get('motivation') ?? '';
  values.privacyAcknowledged = form.get('privacyAcknowledged') === 'yes';
  values.website = form.get('website') ?? '';
  return values;
}

/** The input the contract validates (validateApplication), as the widget would have sent it from the same answers. */
export function toApplicationInput(values: PlainFormValues, association: string, language: Language, elapsedMs: number): Record<string, unknown> {
  const yesNo = (v: '' | 'yes' | 'no') => (v === '' ? undefined : v === 'yes');
  return {
    ...values.text,
    age25OrOlder: yesNo(values.yesNo.age25OrOlder),
    canCommit: yesNo(values.yesNo.canCommit),
    willTakeCourse: yesNo(values.yesNo.willTakeCourse),
    willSignConfidentiality: yesNo(values.yesNo.willSignConfidentiality),
    willShowPoliceCertificate: yesNo(values.yesNo.willShowPoliceCertificate),
    motivation: values.motivation,
    privacyAcknowledged: values.privacyAcknowledged || undefined,
    privacyNoticeVersion: PLAIN_FORM_NOTICE_VERSION,
    association,
    language,
    website: values.website,
    elapsedMs,
  };
}

const PURPOSE = 'hosted-form';
const MAX_ELAPSED_MS = 86_400_000;

/** A new form key: an idempotency key and the time the form was drawn, signed so neither can be made up. */
export function newFormKey(secret: string, now: Date): string {
  return signValue(secret, PURPOSE, `${randomUUID()}.${now.getTime()}`);
}

/**
 * The idempotency key and fill time of a posted form key, or null when it is missing or not one this server made
 * (then the submission counts as automated: no person posts the form without the page that holds the key).
 */
export function readFormKey(secret: string, signed: string | null, now: Date): { idempotencyKey: string; elapsedMs: number } | null {
  if (!signed || signed.length > 200) return null;
  const payload = verifySignedValue(secret, PURPOSE, signed);
  const match = payload?.match(/^([0-9a-f-]{36})\.(\d{1,15})$/);
  if (!match) return null;
  const elapsed = Math.min(MAX_ELAPSED_MS, Math.max(0, now.getTime() - Number(match[2])));
  return { idempotencyKey: `form-${match[1]}`, elapsedMs: elapsed };
}
