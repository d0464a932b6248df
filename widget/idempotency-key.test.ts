import { createIdempotencyKeys, timeOrderedKey } from './idempotency-key.js';
import { assertEqual, assertTrue, describe, it } from './test-helpers.js';

describe('idempotency keys', () => {
  it('keeps the key of a payload and gives a changed payload a new one', () => {
    let counter = 0;
    const keys = createIdempotencyKeys(() => `key-${++counter}`);
    assertEqual(keys.keyFor('{"a":1}'), 'key-1');
    assertEqual(keys.keyFor('{"a":1}'), 'key-1', 'a retry of the same payload');
    assertEqual(keys.keyFor('{"a":2}'), 'key-2', 'a changed payload');
    assertEqual(keys.keyFor('{"a":1}'), 'key-1', 'going back to an earlier payload reuses its key');
    keys.reset();
    assertEqual(keys.keyFor('{"a":1}'), 'key-3', 'after reset');
  });

  it('makes UUID v7 keys that carry their time and sort by it', () => {
    const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const a = timeOrderedKey(Date.UTC(2026, 10, 27, 8, 0, 0, 0));
    const b = timeOrderedKey(Date.UTC(2026, 10, 27, 8, 0, 0, 1));
    const c = timeOrderedKey(Date.UTC(2026, 10, 27, 8, 0, 0, 1));
    for (const k of [a, b, c]) assertTrue(shape.test(k), `UUID v7 shape: ${k}`);
    assertEqual(parseInt(a.replace(/-/g, '').slice(0, 12), 16), Date.UTC(2026, 10, 27, 8, 0, 0, 0), 'the first 48 bits are the time in ms');
    assertTrue(a < b, 'a later key sorts later');
    assertTrue(b !== c, 'keys made in the same millisecond differ');
  });
});
