/** Row type of a stored answer to a request made with an `Idempotency-Key`. */
export interface IdempotencyKeyTable {
  key: string;
  /** SHA-256 of the request body: the same key with another body is refused. */
  request_hash: string;
  response_status: number;
  response_body: string;
  created_at: string;
}
