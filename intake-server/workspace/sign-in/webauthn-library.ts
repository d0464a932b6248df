/**
 * @simplewebauthn/server, loaded the first time a passkey is registered or used rather than at start: it and its
 * certificate libraries cost about 80 ms of a cold start that most processes never need them for.
 */
type WebAuthnServer = typeof import('@simplewebauthn/server');

let loading: Promise<WebAuthnServer> | undefined;

export function webauthnServer(): Promise<WebAuthnServer> {
  return (loading ??= import('@simplewebauthn/server'));
}

/** Bytes as unpadded base64url (WebAuthn's encoding of credential ids, user handles and keys), and back. */
export const base64url = {
  fromBytes: (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url'),
  toBytes: (text: string) => new Uint8Array(Buffer.from(text, 'base64url')),
};
