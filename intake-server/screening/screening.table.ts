/** Row types of the screening bookkeeping: receipts sent, redeemed challenges, rate-limit windows, alerts sent. */
export interface ReceiptLogTable {
  /** HMAC of the lower-cased address: enough to count, useless to read. */
  address_hash: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
}

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
