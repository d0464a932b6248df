/** Row types of the screening bookkeeping: redeemed challenges and rate-limit windows. */
export interface UsedChallengeTable {
  id: string;
  expires_at: string;
}

export interface RateLimitTable {
  bucket: string;
  window_start: string;
  count: number;
}
