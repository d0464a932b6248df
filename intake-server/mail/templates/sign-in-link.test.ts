import { describe, expect, it } from 'vitest';
import { renderText } from '../mail-content.js';
import { signInLink } from './sign-in-link.js';

const data = { url: 'https://intake.example/koordinator/logg-inn/lenke?token=abc', validMinutes: 15 };

describe('the sign-in link mail', () => {
  it('carries the link, how long it works and what to do if it was not you, in each language', () => {
    const nb = renderText(signInLink(data, 'nb'));
    expect(nb).toContain('Logg inn:\nhttps://intake.example/koordinator/logg-inn/lenke?token=abc');
    expect(nb).toContain('Den virker én gang, i 15 minutter.');
    expect(nb).toContain('Har du ikke bedt om den?');
    expect(signInLink(data, 'nn').subject).toBe('Innloggingslenkja di til Ressursvenn');
    expect(renderText(signInLink(data, 'en'))).toContain('It works once, for 15 minutes.');
  });
});
