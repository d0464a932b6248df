import { createIdempotencyKeys, randomKey } from './idempotency-key.js';
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

  it('makes random UUID v4 keys', () => {
    const a = randomKey();
    const b = randomKey();
    assertTrue(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(a), `UUID v4 shape: ${a}`);
    assertTrue(a !== b, 'two keys differ');
  });
});
