import { describe, expect, it } from 'vitest';
import { maskUrlPassword } from './mask-url-password.js';

describe('maskUrlPassword', () => {
  it('masks the password of a host URL and of libpq’s Unix-socket form, and leaves URLs without one as they are', () => {
    expect(maskUrlPassword('postgres://rv:s3cr%40t@db.internal:5432/rv')).toBe('postgres://rv:***@db.internal:5432/rv');
    expect(maskUrlPassword('postgresql://rv:s3cret@/rv?host=/run/postgresql')).toBe('postgresql://rv:***@/rv?host=/run/postgresql');
    expect(maskUrlPassword('smtps://mailer:p4ss@smtp.example:465')).toBe('smtps://mailer:***@smtp.example:465');
    for (const url of ['postgresql://rv@/rv?host=/run/postgresql', 'postgres://db.internal/rv', 'smtp://127.0.0.1:2525']) expect(maskUrlPassword(url)).toBe(url);
  });
});
