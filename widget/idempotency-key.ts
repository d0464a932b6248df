/** Idempotency keys for submissions: the same payload keeps its key, so the server recognises a retry. */

/** Hands out one key per distinct payload for the lifetime of a form. */
export interface IdempotencyKeys {
  /** The key for this exact payload: the one it had before, or a new one. */
  keyFor(payload: string): string;
  /** Forgets every payload and key, e.g. once an application was accepted. */
  reset(): void;
}

/**
 * Creates a key store. It remembers every payload it has seen rather than only the last one: if an attempt reached
 * the server but its answer was lost, going back to that same payload must reuse its key, or it would be stored twice.
 */
export function createIdempotencyKeys(generate: () => string = timeOrderedKey): IdempotencyKeys {
  const keys = new Map<string, string>();
  return {
    keyFor(payload) {
      let key = keys.get(payload);
      if (key === undefined) {
        key = generate();
        keys.set(payload, key);
      }
      return key;
    },
    reset() {
      keys.clear();
    },
  };
}

/**
 * A UUID v7 (RFC 9562): 48 bits of the time the key was made, then 74 random bits. Random enough to never repeat
 * (the IETF draft asks for a UUID or similar), and keys made later sort later, so the server's index of keys grows at
 * its end instead of touching a random page for every application (about a third of what a commit writes there).
 * The server accepts any key the draft allows; a wrong clock on the volunteer's phone only costs it that saving.
 * `crypto.getRandomValues` works on plain-http pages too, where `crypto.randomUUID` does not.
 */
export function timeOrderedKey(now = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 5, t = now; i >= 0; i--, t = Math.floor(t / 256)) bytes[i] = t % 256;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
