/** Row types of the screening bookkeeping: redeemed challenges, rate-limit windows, alerts sent. */
export interface UsedChallengeTable {
  id: string;
  expires_at: string;
}

export interface RateLimitTable {
  bucket: string;
  window_start: string;
  count: number;
}

export interface AlertSentTable {
  key: string;
  sent_at: string;
}
