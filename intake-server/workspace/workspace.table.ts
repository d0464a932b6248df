/** Row types of the coordinator workspace: accounts, sign-in, sessions, passkeys, notes, events, audit, counts, locks. */
import type { Generated } from 'kysely';

export interface AccountTable {
  id: string;
  /** Lower-cased. A coordinator's associations are those whose coordinator list has this address. */
  email: string;
  name: string;
  /** `coordinator` sees the associations it coordinates; `admin` (the national lead) sees all. */
  role: string;
  language: Generated<string>;
  require_passkey: Generated<number>;
  created_at: string;
  last_sign_in_at: string | null;
}

export interface SignInLinkTable {
  /** SHA-256 of the token in the emailed link; the token itself is never stored. */
  token_hash: string;
  account_id: string;
  next_path: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token. */
  token_hash: string;
  account_id: string;
  /** `link` or `passkey`: how the session was started. */
  via: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface PasskeyTable {
  /** base64url credential id. */
  credential_id: string;
  account_id: string;
  /** base64url COSE public key. */
  public_key: string;
  counter: number;
  /** JSON array of transports. */
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export interface WebauthnChallengeTable {
  id: string;
  account_id: string | null;
  challenge: string;
  /** `register` or `authenticate`. */
  purpose: string;
  expires_at: string;
}

export interface ApplicationNoteTable {
  id: string;
  application_id: string;
  account_id: string;
  body: string;
  created_at: string;
}

export interface ApplicationEventTable {
  id: string;
  application_id: string;
  at: string;
  account_id: string | null;
  /** e.g. `status`, `checklist`, `reassigned`, `reminder`, `escalated`. */
  kind: string;
  /** JSON with codes and dates only. */
  detail: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  account_id: string | null;
  /** e.g. `application.viewed`, `application.status_changed`, `person.exported`, `person.erased`. */
  action: string;
  association_id: string | null;
  application_id: string | null;
  /** JSON with codes only, never personal data. */
  detail: string;
}

export interface WidgetCountTable {
  day: string;
  association_slug: string;
  /** `view`, `start` or `submit`. */
  event: string;
  count: number;
}

export interface RetentionCountTable {
  /** YYYY-MM of the deletion. */
  month: string;
  association_id: string;
  status: string;
  count: number;
}

export interface JobLockTable {
  name: string;
  locked_until: string;
  locked_by: string;
  last_run_at: string | null;
}
