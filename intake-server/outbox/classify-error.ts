/** Sorts delivery failures into "try again later" and "will never work". */

export type DeliveryFailure = { kind: 'transient' | 'permanent'; summary: string };

/** Nodemailer's codes for trouble reaching the server: the mail itself is fine, try again later. */
const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPROTOCOL', 'EAUTH', 'ETLS']);

/**
 * Classifies an error from sending. SMTP 4xx replies are transient (greylisting, a full mailbox for now);
 * 5xx replies are permanent. Authentication failures are transient: the operator fixes the password and the mail goes.
 * The summary holds codes only, never an address or message content.
 */
export function classifyDeliveryError(err: unknown): DeliveryFailure {
  const e = err as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const responseCode = typeof e?.responseCode === 'number' ? e.responseCode : undefined;
  const summary = [code, responseCode].filter((x) => x !== undefined).join(' ') || String(e?.name ?? 'Error');
  if (responseCode !== undefined) return { kind: responseCode >= 500 ? 'permanent' : 'transient', summary };
  if (code && TRANSIENT_CODES.has(code)) return { kind: 'transient', summary };
  if (code === 'EENVELOPE' || code === 'EMESSAGE') return { kind: 'permanent', summary };
  return { kind: 'transient', summary };
}
