/** Registering a passkey for the signed-in account: options for the browser, then the verified credential stored. */
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Staff } from '../../accounts/staff.js';
import { addPasskey } from '../../accounts/passkey-changes.js';
import { findPasskey, listPasskeys } from '../../accounts/passkeys.repository.js';
import type { RelyingParty } from './relying-party.js';
import { consumeChallenge, saveChallenge } from '../../accounts/webauthn-challenges.repository.js';
import { base64url, webauthnServer } from './webauthn-library.js';

/** Longest passkey name kept. */
export const PASSKEY_NAME_MAX = 60;

/** The account id as the WebAuthn user handle: stable, and not personal data. */
export const userHandleOf = (accountId: string) => new TextEncoder().encode(accountId);

/**
 * Options for `navigator.credentials.create()`: a discoverable credential (sign-in without typing an address) with
 * user verification (fingerprint, face or PIN), never one the account already has. The challenge is stored.
 */
export async function createRegistrationOptions(db: Kysely<Database>, rp: RelyingParty, staff: Staff, now: Date): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await listPasskeys(db, staff.accountId);
  const { generateRegistrationOptions } = await webauthnServer();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: staff.email,
    userDisplayName: staff.name,
    userID: userHandleOf(staff.accountId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await saveChallenge(db, options.challenge, 'register', staff.accountId, now);
  return options;
}

export type RegistrationResult = { ok: true } | { ok: false; code: 'passkey_invalid' | 'passkey_exists' | 'passkey_required' };

/** A passkey name as the person typed it, tidied; a numbered default when left empty. */
export function passkeyName(typed: unknown, fallback: string): string {
  const name = typeof typed === 'string' ? typed.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return (name || fallback).slice(0, PASSKEY_NAME_MAX);
}

/**
 * Checks the browser's answer against a stored challenge of this account (used up on the way), this origin and
 * relying party, with user verification; stores the credential under `name` and mails the account that a passkey
 * was added (with a link to its page under `publicUrl`). With `firstOnly` (an email-link session where a passkey is
 * required) only a first passkey is stored.
 */
export async function verifyRegistration(
  db: Kysely<Database>,
  rp: RelyingParty,
  staff: Staff,
  response: unknown,
  name: string,
  now: Date,
  options: { firstOnly: boolean; publicUrl: string },
): Promise<RegistrationResult> {
  let verification;
  try {
    verification = await (await webauthnServer()).verifyRegistrationResponse({
      response: response as RegistrationResponseJSON,
      expectedChallenge: (challenge) => consumeChallenge(db, challenge, 'register', staff.accountId, now),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch {
    return { ok: false, code: 'passkey_invalid' };
  }
  if (!verification.verified) return { ok: false, code: 'passkey_invalid' };
  const { credential } = verification.registrationInfo;
  if (await findPasskey(db, credential.id)) return { ok: false, code: 'passkey_exists' };
  const added = await addPasskey(
    db,
    options.publicUrl,
    { accountId: staff.accountId, email: staff.email, language: staff.language },
    { credentialId: credential.id, accountId: staff.accountId, publicKey: base64url.fromBytes(credential.publicKey), counter: credential.counter, transports: credential.transports ?? [], name },
    { firstOnly: options.firstOnly },
    now,
  );
  return added === 'added' ? { ok: true } : { ok: false, code: 'passkey_required' };
}
