/** Row types of accounts and signing in: accounts, sign-in links, sessions, passkeys and WebAuthn challenges. */
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
