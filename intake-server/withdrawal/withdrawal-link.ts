/**
 * The link in the applicant's receipt that withdraws her application: stateless, an HMAC over the application's id,
 * the link's expiry and her language, keyed by the server's secret. Single use because the application is gone after
 * it is used; it expires when the application's retention period would (RETENTION_MONTHS after it was sent).
 */
import { LANGUAGES, type Language } from '../../contract/index.js';
import { signValue, verifySignedValue } from '../lib/signed-value.js';
import { monthsBefore } from '../lib/time.js';

const PURPOSE = 'withdraw-application';

/** The path of the withdrawal page, under the public address. */
export const WITHDRAWAL_PATH = '/trekk';

export interface WithdrawalToken {
  applicationId: string;
  expiresAt: Date;
  language: Language;
}

/** The withdrawal link for an application sent at `at`. */
export function withdrawalUrl(publicUrl: string, secret: string, t: { applicationId: string; language: Language; at: Date; retentionMonths: number }): string {
  const expires = monthsBefore(t.at, -t.retentionMonths).getTime();
  return `${publicUrl}${WITHDRAWAL_PATH}/${signValue(secret, PURPOSE, `${t.applicationId}.${expires}.${t.language}`)}`;
}

/** What a token says, or null when it was changed or made up. Expiry is the caller's to check (a kind page either way). */
export function readWithdrawalToken(secret: string, token: string): WithdrawalToken | null {
  if (token.length > 200) return null;
  const payload = verifySignedValue(secret, PURPOSE, token);
  const match = payload?.match(/^([A-Za-z0-9_-]{1,64})\.(\d{1,15})\.([a-z]{2})$/);
  if (!match || !(LANGUAGES as readonly string[]).includes(match[3]!)) return null;
  return { applicationId: match[1]!, expiresAt: new Date(Number(match[2])), language: match[3] as Language };
}
