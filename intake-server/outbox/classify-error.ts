/** Sorts delivery failures into "try again later", "will never work" and "the server refuses our login". */

/** A classified failure: what to do about it, and codes that are safe to log and store. */
export type DeliveryFailure = { kind: 'transient' | 'permanent' | 'auth'; summary: string };

/** Nodemailer's codes for trouble reaching the server: the mail itself is fine, try again later. */
const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPROTOCOL', 'ETLS']);

/** Codes for a mail that can never go: it cannot be built, or its recipients are not single plain addresses. */
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'ERECIPIENT']);

/** 535: credentials refused; 530: authentication required (no or wrong credentials configured). */
const AUTH_RESPONSE_CODES = new Set([530, 535]);

/**
 * Classifies an error from sending. Authentication failures (`EAUTH`, 535, 530) are the service's own problem, not
 * the mail's: delivery pauses until the operator fixes the credentials, and no mail is given up on. Otherwise SMTP
 * 4xx replies are transient (greylisting, a full mailbox for now) and 5xx replies are permanent.
 * The summary holds codes only, never an address or message content.
 */
export function classifyDeliveryError(err: unknown): DeliveryFailure {
  const e = err as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const responseCode = typeof e?.responseCode === 'number' ? e.responseCode : undefined;
  const summary = [code, responseCode].filter((x) => x !== undefined).join(' ') || String(e?.name ?? 'Error');
  if (code === 'EAUTH' || (responseCode !== undefined && AUTH_RESPONSE_CODES.has(responseCode))) return { kind: 'auth', summary };
  if (responseCode !== undefined) return { kind: responseCode >= 500 ? 'permanent' : 'transient', summary };
  if (code && TRANSIENT_CODES.has(code)) return { kind: 'transient', summary };
  if (code && PERMANENT_CODES.has(code)) return { kind: 'permanent', summary };
  return { kind: 'transient', summary };
}
