/** Who the passkeys belong to (the WebAuthn "relying party"): this server, as its public address names it. */

export interface RelyingParty {
  /** The host name of `PUBLIC_URL`; passkeys work only on this host and its subdomains. */
  id: string;
  /** The origin of `PUBLIC_URL`: the only page a passkey response is accepted from. */
  origin: string;
  /** Shown by the browser and the authenticator. */
  name: string;
}

/**
 * Derives the relying party from the public address. Browsers refuse an IP address as relying party id, so passkeys
 * need a host name: `http://localhost:PORT` in development, the real domain in production.
 */
export function relyingPartyOf(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Ressursvenn' };
}
