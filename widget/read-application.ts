/** Reads the application from the form: what was typed, plus what the page decides. Used when sending. */
import type { Language } from '../contract/index.js';
import { HONEYPOT_NAME, VISIBLE_FIELDS, readFieldValue } from './form-fields.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';

/** The application as typed, plus what the page decides; validation turns it into the contract's shape. */
export function readApplication(
  form: HTMLFormElement,
  page: { association: string; language: Language; confirmedAssociation?: string; elapsedMs?: number | undefined },
): Record<string, unknown> {
  const data = new FormData(form);
  const application: Record<string, unknown> = {};
  for (const name of VISIBLE_FIELDS) {
    const value = readFieldValue(data, name);
    if (value !== undefined) application[name] = value;
  }
  application.privacyNoticeVersion = PRIVACY_NOTICE_VERSION;
  application.association = page.association;
  application.language = page.language;
  // The association the applicant confirmed after the postal-code lookup; empty lets the server route by itself.
  application.confirmedAssociation = page.confirmedAssociation ?? '';
  // The honeypot: people never see or fill it; anything in it marks the submission as automated.
  const honeypot = data.get(HONEYPOT_NAME);
  if (typeof honeypot === 'string' && honeypot !== '') application.website = honeypot;
  if (page.elapsedMs !== undefined) application.elapsedMs = page.elapsedMs;
  return application;
}
