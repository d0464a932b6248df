/**
 * The optional proof of work (ALTCHA): when the intake server offers a challenge, the widget solves it before
 * sending (about a second on a phone). Resolves to a result; never throws.
 */
import { solveChallenge, type Challenge, type DeriveKeyFunction } from 'altcha-lib';
import { API_PREFIX } from '../contract/index.js';

export type ProofResult =
  /** The `altcha` field to send: '' when the server asks for no proof. */
  | { kind: 'ready'; altcha: string }
  /** The challenge could not be fetched or solved; sending now would only be held back, so the attempt fails. */
  | { kind: 'failed' };

/** SHA-256 through WebCrypto, the same derivation as the server's `altcha-lib/algorithms/sha`. */
const deriveKey: DeriveKeyFunction = async (parameters, salt, password) => {
  let data = new Uint8Array(salt.length + password.length);
  data.set(salt);
  data.set(password, salt.length);
  for (let i = 0; i < Math.max(1, parameters.cost); i++) {
    data = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  }
  return { derivedKey: data.subarray(0, parameters.keyLength ?? 32) };
};

/** Fetches and solves a challenge from the intake server at `base`, if it offers one. */
export async function proveWork(base: string, timeoutMs = 30_000): Promise<ProofResult> {
  try {
    const res = await fetch(`${base.trim().replace(/\/+$/, '')}${API_PREFIX}/challenge`, { credentials: 'omit', cache: 'no-store' });
    // 204: the server asks for no proof (404 from an older server means the same).
    if (res.status === 204 || res.status === 404) return { kind: 'ready', altcha: '' };
    if (!res.ok || !globalThis.crypto?.subtle) return { kind: 'failed' };
    const challenge = (await res.json()) as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey, timeout: timeoutMs });
    if (!solution) return { kind: 'failed' };
    return { kind: 'ready', altcha: btoa(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })) };
  } catch {
    return { kind: 'failed' };
  }
}
