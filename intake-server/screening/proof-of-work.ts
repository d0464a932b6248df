/**
 * Optional, self-hosted proof of work (ALTCHA, through altcha-lib): the widget spends about a second of CPU per
 * application, which costs a person nothing and a spammer a great deal. Turned on by setting ALTCHA_SECRET.
 */
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

export interface ProofOfWork {
  readonly enabled: boolean;
  /** A signed challenge for the widget to solve; expires after `ttlMs`. */
  challenge(now: Date): Promise<Challenge>;
  /** Checks a solved challenge (the widget's `altcha` field): its signature, expiry and solution. */
  verify(payload: string, now: Date): Promise<{ ok: true; id: string; expiresAt: Date } | { ok: false }>;
}

/** SHA-256 once per attempt; the counter decides the work: ~5,000–20,000 hashes, under a second in a phone's browser. */
const ALGORITHM = 'SHA-256';

export function createProofOfWork(secret: string | undefined, ttlMs = 20 * 60_000): ProofOfWork {
  return {
    enabled: secret !== undefined,
    async challenge(now) {
      if (!secret) throw new Error('proof of work is not enabled');
      return createChallenge({
        algorithm: ALGORITHM,
        cost: 1,
        counter: randomInt(5_000, 20_000),
        deriveKey,
        hmacSignatureSecret: secret,
        expiresAt: new Date(now.getTime() + ttlMs),
      });
    },
    async verify(encoded, now) {
      if (!secret || encoded === '') return { ok: false };
      let payload: Payload;
      try {
        payload = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Payload;
      } catch {
        return { ok: false };
      }
      const params = payload?.challenge?.parameters;
      if (!params || typeof params.nonce !== 'string' || params.algorithm !== ALGORITHM || typeof payload.solution !== 'object') return { ok: false };
      try {
        const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, hmacSignatureSecret: secret });
        if (!result.verified) return { ok: false };
      } catch {
        return { ok: false };
      }
      const expiresAt = params.expiresAt ? new Date(params.expiresAt * 1000) : new Date(now.getTime() + ttlMs);
      return { ok: true, id: params.nonce, expiresAt };
    },
  };
}
