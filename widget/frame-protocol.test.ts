import { PROTOCOL, readLanguage, readMessage, readTheme, reviveEvent } from './frame-protocol.js';
import { assertDeepEqual, assertEqual, assertTrue, describe, it } from './test-helpers.js';

describe('frame-protocol', () => {
  it('reads only messages of its own protocol', () => {
    assertEqual(readMessage({ protocol: PROTOCOL, type: 'ready' })?.type, 'ready');
    assertEqual(readMessage({ protocol: 'other', type: 'ready' }), null);
    assertEqual(readMessage('ready'), null);
    assertEqual(readMessage(null), null);
    assertEqual(readMessage({ protocol: PROTOCOL, type: 5 }), null);
  });

  it('takes only documented theme properties with plain values', () => {
    assertDeepEqual(
      readTheme({
        '--rv-color-accent': ' #0b5d6b ',
        '--rv-font-family': "'Source Sans 3', system-ui",
        '--rv-radius': 'url(https://evil.example/track)',
        '--rv-padding': '1em; } :host { display: none',
        '--rv-max-width': 'x'.repeat(300),
        '--rv-color-text': 42,
        '--anything': 'red',
      }),
      { '--rv-color-accent': '#0b5d6b', '--rv-font-family': "'Source Sans 3', system-ui" },
    );
    assertDeepEqual(readTheme('nope'), {});
  });

  it('knows the form languages only', () => {
    assertEqual(readLanguage('nn'), 'nn');
    assertEqual(readLanguage('de'), '');
    assertEqual(readLanguage(undefined), '');
  });

  it('rebuilds events from checked values, dropping anything else', () => {
    const start = reviveEvent('ressursvenn-start', { association: 'narvik', language: 'nb', firstName: 'Kari' });
    assertDeepEqual((start as Event & { detail: unknown }).detail, { association: 'narvik', language: 'nb' });
    assertEqual(reviveEvent('ressursvenn-submit', { association: 'narvik', language: 'nb' })?.cancelable, false);
    assertEqual(reviveEvent('ressursvenn-view', { association: 'narvik', language: 'nb' }), null, 'not forwarded');
    assertEqual(reviveEvent('ressursvenn-start', { association: '<b>', language: 'nb' }), null);
    assertEqual(reviveEvent('ressursvenn-failure', { code: 'DROP TABLE' }), null);
    assertEqual(reviveEvent('ressursvenn-success', { reference: 'RV-ABCD-EFGH' })?.type, 'ressursvenn-success');
    assertTrue(reviveEvent('ressursvenn-success', { reference: null }) !== null, 'an unreadable reference is null');
    assertEqual(reviveEvent('ressursvenn-success', {}), null);
    assertEqual(reviveEvent('ressursvenn-step', 'step 2'), null);
  });
});
