/**
 * A GET of JSON from the intake server that resolves to null on any failure or timeout, and never throws. `onRefused`
 * hears the status of an answer that was not OK (a 404 tells "no such thing" from "could not ask").
 */
export async function fetchJson(url: string, timeoutMs: number, onRefused?: (status: number) => void): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal, headers: { Accept: 'application/json' } });
    if (response.ok) return await response.json();
    onRefused?.(response.status);
    return null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short non-empty string, as names and slugs from the server must be. */
export function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** Lookups help the form but are not needed to send it; none waits longer than this. */
export const LOOKUP_TIMEOUT_MS = 5000;
