import { describe, expect, it } from 'vitest';
import { maskUrlPassword, splitUrlPassword } from './url-password.js';

describe('a URL’s password', () => {
  it('is masked in a host URL and in libpq’s Unix-socket form; URLs without one stay as they are', () => {
    expect(maskUrlPassword('postgres://rv:s3cr%40t@db.internal:5432/rv')).toBe('postgres://rv:***@db.internal:5432/rv');
    expect(maskUrlPassword('postgresql://rv:s3cret@/rv?host=/run/postgresql')).toBe('postgresql://rv:***@/rv?host=/run/postgresql');
    expect(maskUrlPassword('smtps://mailer:p4ss@smtp.example:465')).toBe('smtps://mailer:***@smtp.example:465');
    for (const url of ['postgresql://rv@/rv?host=/run/postgresql', 'postgres://db.internal/rv', 'smtp://127.0.0.1:2525']) expect(maskUrlPassword(url)).toBe(url);
  });

  it('is taken out whole and decoded, for a child program’s environment', () => {
    expect(splitUrlPassword('postgres://rv:s3cr%40t%3A1@db.internal:5432/rv')).toEqual({ url: 'postgres://rv@db.internal:5432/rv', password: 's3cr@t:1' });
    expect(splitUrlPassword('postgresql://rv:pw@/rv?host=/run/postgresql')).toEqual({ url: 'postgresql://rv@/rv?host=/run/postgresql', password: 'pw' });
    expect(splitUrlPassword('postgres://rv@db.internal/rv')).toEqual({ url: 'postgres://rv@db.internal/rv', password: undefined });
  });
});
