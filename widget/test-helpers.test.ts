import { AssertionError, assertDeepEqual, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

function throwsAssertion(run: () => void): boolean {
  try {
    run();
    return false;
  } catch (error) {
    return error instanceof AssertionError;
  }
}

describe('the test assertions', () => {
  it('fail on different values and pass on equal ones', () => {
    if (!throwsAssertion(() => assertEqual(1, 2))) throw new Error('assertEqual(1, 2) passed');
    if (!throwsAssertion(() => assertEqual('a', 'b'))) throw new Error("assertEqual('a', 'b') passed");
    if (throwsAssertion(() => assertEqual('a', 'a'))) throw new Error("assertEqual('a', 'a') failed");
  });

  it('compare structures deeply', () => {
    if (!throwsAssertion(() => assertDeepEqual({ a: [1, 2] }, { a: [1, 3] }))) throw new Error('nested difference passed');
    if (!throwsAssertion(() => assertDeepEqual({ a: 1 }, { a: 1, b: undefined }))) throw new Error('missing key passed');
    if (!throwsAssertion(() => assertDeepEqual([1], { 0: 1 }))) throw new Error('array and object passed');
    if (throwsAssertion(() => assertDeepEqual({ a: [1, { b: true }] }, { a: [1, { b: true }] }))) throw new Error('equal failed');
  });

  it('check truth and containment', () => {
    if (!throwsAssertion(() => assertTrue(false, 'x'))) throw new Error('assertTrue(false) passed');
    if (!throwsAssertion(() => assertTrue(1, 'x'))) throw new Error('assertTrue(1) passed');
    if (!throwsAssertion(() => assertIncludes('abc', 'd'))) throw new Error('assertIncludes passed');
    if (!throwsAssertion(() => assertIncludes(null, ''))) throw new Error('assertIncludes(null) passed');
  });
});
