/** Signing in with a passkey: options for the browser (any of this site's passkeys), then the answer verified. */
import type { AuthenticationResponseJSON, AuthenticatorTransport, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { userHandleOf } from './passkey-registration.js';
import { findPasskey, recordPasskeyUse } from '../../accounts/passkeys.repository.js';
import type { RelyingParty } from './relying-party.js';
import { consumeChallenge, saveChallenge } from '../../accounts/webauthn-challenges.repository.js';
import { base64url, webauthnServer } from './webauthn-library.js';

/**
 * Options for `navigator.credentials.get()` without a list of credentials: the browser offers the person's
 * discoverable passkeys for this site, so nobody types an address and the server reveals none. The challenge is stored.
 */
export async function createAuthenticationOptions(db: Kysely<Database>, rp: RelyingParty, now: Date): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { generateAuthenticationOptions } = await webauthnServer();
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required' });
  await saveChallenge(db, options.challenge, 'authenticate', null, now);
  return options;
}

/**
 * The account the answer proves, or undefined. The credential must be stored, the user handle (when the browser
 * gives one) must be its account's, the challenge a live one (used up on the way), the origin and relying party
 * this server's, the user verified, and the signature counter must not go backwards (a cloned authenticator).
 */
export async function verifyAuthentication(db: Kysely<Database>, rp: RelyingParty, response: unknown, now: Date): Promise<string | undefined> {
  const answer = response as AuthenticationResponseJSON | null;
  if (typeof answer?.id !== 'string') return undefined;
  const passkey = await findPasskey(db, answer.id);
  if (!passkey) return undefined;
  const handle = answer.response?.userHandle;
  if (handle !== undefined && handle !== base64url.fromBytes(userHandleOf(passkey.accountId))) return undefined;
  let verification;
  try {
    verification = await (await webauthnServer()).verifyAuthenticationResponse({
      response: answer,
      expectedChallenge: (challenge) => consumeChallenge(db, challenge, 'authenticate', null, now),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: { id: passkey.credentialId, publicKey: base64url.toBytes(passkey.publicKey), counter: passkey.counter, transports: passkey.transports as AuthenticatorTransport[] },
      requireUserVerification: true,
    });
  } catch {
    return undefined;
  }
  if (!verification.verified) return undefined;
  await recordPasskeyUse(db, passkey.credentialId, verification.authenticationInfo.newCounter, now);
  return passkey.accountId;
}
