/** Test helpers for the browser tests: Mocha's globals, typed, and assertions that throw on failure. */

type Test = () => void | Promise<void>;

interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, test: Test): void;
  beforeEach(hook: Test): void;
  afterEach(hook: Test): void;
}

// @web/test-runner loads Mocha before the test module and puts these on the window.
const mocha = globalThis as unknown as MochaGlobals;
export const describe = (name: string, body: () => void): void => mocha.describe(name, body);
export const it = (name: string, test: Test): void => mocha.it(name, test);
export const beforeEach = (hook: Test): void => mocha.beforeEach(hook);
export const afterEach = (hook: Test): void => mocha.afterEach(hook);

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown): string => {
  if (value instanceof Element) return `<${value.localName}${value.id ? `#${value.id}` : ''}${value.className ? `.${String(value.className).split(' ').join('.')}` : ''}>`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Fails unless `actual` and `expected` are the same value (`Object.is`). */
export function assertEqual<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Fails unless `actual` and `expected` have the same structure (plain objects, arrays and primitives). */
export function assertDeepEqual(actual: unknown, expected: unknown, message = ''): void {
  if (!deepEqual(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Fails unless `condition` is true. */
export function assertTrue(condition: unknown, message: string): asserts condition {
  if (condition !== true) throw new AssertionError(`${message} (got ${show(condition)})`);
}

/** Fails unless `text` contains `part`. */
export function assertIncludes(text: string | null | undefined, part: string, message = ''): void {
  if (typeof text !== 'string' || !text.includes(part)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(text)} to contain ${show(part)}`);
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
