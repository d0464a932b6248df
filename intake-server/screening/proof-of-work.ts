/**
 * Optional, self-hosted proof of work (ALTCHA, through altcha-lib): the widget spends about a second of CPU per
 * application, which costs a person nothing and a spammer a great deal. Turned on by setting ALTCHA_SECRET.
 */
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

export interface ProofOfWork {
  readonly enabled: boolean;
  /** A signed challenge for the widget to solve; expires `ttlMs` after `now`. */
  challenge(now: Date): Promise<Challenge>;
  /** Checks a solved challenge (the widget's `altcha` field): its signature, its solution, and its expiry against `now`. */
  verify(payload: string, now: Date): Promise<{ ok: true; id: string; expiresAt: Date } | { ok: false }>;
}

/** SHA-256 once per attempt; the counter decides the work: ~5,000–20,000 hashes, under a second in a phone's browser. */
const ALGORITHM = 'SHA-256';

/**
 * The expiry travels in the challenge's signed `data`, not in altcha-lib's own `expiresAt`: the library judges its
 * `expiresAt` by the machine's clock, and the service judges time by its context's clock (the one tests move).
 */
const EXPIRY_FIELD = 'expires';

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
        data: { [EXPIRY_FIELD]: Math.floor((now.getTime() + ttlMs) / 1000) },
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
      // Signed, so trustworthy from here on; a challenge without it (or with the library's own expiry) is not ours.
      const expires = params.data?.[EXPIRY_FIELD];
      if (typeof expires !== 'number' || params.expiresAt !== undefined || expires * 1000 < now.getTime()) return { ok: false };
      return { ok: true, id: params.nonce, expiresAt: new Date(expires * 1000) };
    },
  };
}
