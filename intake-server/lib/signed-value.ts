/** Values the server hands out and takes back unchanged: `payload.mac`, an HMAC-SHA-256 keyed by the server's secret. */
import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (secret: string, purpose: string, payload: string) =>
  createHmac('sha256', secret).update(`${purpose}\0${payload}`).digest('base64url');

/** Signs `payload` for one `purpose`. */
export function signValue(secret: string, purpose: string, payload: string): string {
  return `${payload}.${mac(secret, purpose, payload)}`;
}

/** The payload of a value this server signed for `purpose`, or null when it was changed, made up or signed for another purpose. */
export function verifySignedValue(secret: string, purpose: string, signed: string): string | null {
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const payload = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(secret, purpose, payload));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}
