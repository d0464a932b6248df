import { expectAccessible } from './test-fixtures.js';
import { AssertionError, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

describe('the axe check', () => {
  it('fails on an unlabelled input and on low contrast inside a shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<input type="text"><p style="color:#bbb;background:#fff">faint text</p>';
    document.body.append(host);
    try {
      let failure: unknown;
      try {
        await expectAccessible(host);
      } catch (error) {
        failure = error;
      }
      assertTrue(failure instanceof AssertionError, 'the check failed');
      assertIncludes((failure as Error).message, 'label');
      assertIncludes((failure as Error).message, 'color-contrast');
    } finally {
      host.remove();
    }
  });
});
