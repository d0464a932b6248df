import { describe, expect, it } from 'vitest';
import { renderText } from '../mail-content.js';
import { passkeyChanged } from './passkey-changed.js';

const at = '2026-11-27T10:00:00.000Z';
const accountUrl = 'https://intake.example/koordinator/konto';

describe('the mail about a changed passkey', () => {
  it('finding 13.6: says what changed and when, links to the account page, and what to do if it was not her, in each language', () => {
    const added = renderText(passkeyChanged({ change: 'added', at, accountUrl }, 'nb'));
    expect(passkeyChanged({ change: 'added', at, accountUrl }, 'nb').subject).toBe('En passnøkkel er lagt til på kontoen din i Ressursvenn');
    expect(added).toContain('En ny passnøkkel ble registrert på kontoen din på koordinatorsidene til Ressursvenn 27. november 2026 kl. 11:00.');
    expect(added).toContain(`Se passnøklene dine:\n${accountUrl}`);
    expect(added).toContain('«Logg ut overalt»');
    expect(added).toContain('nasjonal kontaktperson');
    expect(passkeyChanged({ change: 'removed', at, accountUrl }, 'nn').subject).toBe('Ein passnøkkel er fjerna frå kontoen din i Ressursvenn');
    expect(renderText(passkeyChanged({ change: 'removed', at, accountUrl }, 'nn'))).toContain('vel «Logg ut overalt»');
    const reset = passkeyChanged({ change: 'reset', at, accountUrl }, 'en');
    expect(reset.subject).toBe('Your Ressursvenn passkeys were removed');
    expect(renderText(reset)).toContain('The national contact removed your passkeys');
    expect(renderText(reset)).toContain('Ask for a sign-in link by email, then register a new passkey.');
  });
});
