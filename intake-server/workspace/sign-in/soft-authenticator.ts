/**
 * Test support: a software passkey authenticator (ES256, "none" attestation, user verified) that answers the
 * server's WebAuthn options as a browser with a platform authenticator would, so the passkey routes can be tested
 * with `app.request`. Real browsers are covered by the end-to-end test with Chromium's virtual authenticator.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash('sha256').update(data).digest());
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
type Cbor = Parameters<typeof isoCBOR.encode>[0];
const uint32 = (n: number) => new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** What the browser puts in `clientDataJSON`; tests may forge `origin` or `challenge`. */
export interface ClientDataOverrides {
  origin?: string;
  challenge?: string;
}

/** One credential on one authenticator. */
export interface SoftPasskey {
  credentialId: string;
  /** The user handle the server gave at registration (base64url). */
  userHandle: string;
  counter: number;
}

export interface SoftAuthenticator {
  /** Answers registration options; the credential is kept for `authenticate`. */
  register(options: PublicKeyCredentialCreationOptionsJSON, origin: string, overrides?: ClientDataOverrides): RegistrationResponseJSON;
  /** Answers sign-in options with the credential registered last. */
  authenticate(options: PublicKeyCredentialRequestOptionsJSON, origin: string, overrides?: ClientDataOverrides): AuthenticationResponseJSON;
  readonly passkey: SoftPasskey | undefined;
}

/** A fresh authenticator with no credentials. */
export function createSoftAuthenticator(): SoftAuthenticator {
  let key: { privateKey: KeyObject; x: Uint8Array; y: Uint8Array } | undefined;
  let passkey: SoftPasskey | undefined;
  const clientData = (type: string, challenge: string, origin: string, o: ClientDataOverrides) =>
    new TextEncoder().encode(JSON.stringify({ type, challenge: o.challenge ?? challenge, origin: o.origin ?? origin, crossOrigin: false }));

  return {
    get passkey() {
      return passkey;
    },
    register(options, origin, overrides = {}) {
      const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = pair.publicKey.export({ format: 'jwk' });
      key = { privateKey: pair.privateKey, x: isoBase64URL.toBuffer(jwk.x!), y: isoBase64URL.toBuffer(jwk.y!) };
      const credentialId = new Uint8Array(randomBytes(32));
      passkey = { credentialId: b64(credentialId), userHandle: options.user.id, counter: 0 };
      const cose = isoCBOR.encode(new Map<number, Cbor>([[1, 2], [3, -7], [-1, 1], [-2, key.x], [-3, key.y]]));
      const flags = new Uint8Array([0x01 | 0x04 | 0x40]); // user present, user verified, attested credential data
      const idLength = new Uint8Array([credentialId.length >> 8, credentialId.length & 255]);
      const authData = concat(sha256(options.rp.id!), flags, uint32(0), new Uint8Array(16), idLength, credentialId, cose);
      const attestationObject = isoCBOR.encode(new Map<string, Cbor>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
      return {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: 'public-key',
        response: { clientDataJSON: b64(clientData('webauthn.create', options.challenge, origin, overrides)), attestationObject: b64(attestationObject), transports: ['internal'] },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
    authenticate(options, origin, overrides = {}) {
      if (!key || !passkey) throw new Error('register a passkey first');
      passkey.counter++;
      const authData = concat(sha256(options.rpId!), new Uint8Array([0x01 | 0x04]), uint32(passkey.counter));
      const data = clientData('webauthn.get', options.challenge, origin, overrides);
      const signature = sign('sha256', concat(authData, sha256(data)), key.privateKey); // DER, as WebAuthn wants
      return {
        id: passkey.credentialId,
        rawId: passkey.credentialId,
        type: 'public-key',
        response: { clientDataJSON: b64(data), authenticatorData: b64(authData), signature: b64(new Uint8Array(signature)), userHandle: passkey.userHandle },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
  };
}
