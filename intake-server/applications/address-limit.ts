/** The per-address limit on applications, shared by the API and the hosted page's plain form (one budget for both). */
import type { Context } from 'hono';
import type { Config } from '../config.js';
import { HttpError } from '../errors.js';
import { addressHash } from '../screening/address-hash.js';
import type { RateLimiter } from '../screening/rate-limiter.js';
import { clientAddress } from '../security/client-address.js';

export interface AddressLimitDeps {
  rateLimiter: RateLimiter;
  config: Pick<Config, 'screening' | 'trustProxy'>;
  secretKey: string;
  now: () => Date;
}

const TEN_MINUTES = 10 * 60_000;

/** Counts this request against its address's limit; throws 429 past it. RATE_LIMIT_PER_IP=0 turns it off (nothing hashed). */
export async function spendAddressLimit(c: Context, deps: AddressLimitDeps): Promise<void> {
  const { ratePerIp } = deps.config.screening;
  if (ratePerIp <= 0) return;
  // An IPv6 client holds a whole /64: counted as one.
  const ip = addressHash(deps.secretKey, 'ip', clientAddress(c, deps.config.trustProxy));
  const decision = await deps.rateLimiter.hit(`ip:${ip}`, ratePerIp, TEN_MINUTES, deps.now());
  if (!decision.allowed) {
    throw new HttpError(429, 'rate_limited', 'Too many applications right now. Try again later.', { retryAfterSeconds: decision.retryAfterSeconds });
  }
}
