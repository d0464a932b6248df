import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const keyOf = async (forwardedFor: string) => {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, true)));
  return (await app.request('/', { headers: { 'X-Forwarded-For': forwardedFor } })).text();
};

describe('the client a rate limit counts', () => {
  it('rotating IPv6 addresses: one /64 is one client for every limit (applications, counts, sign-in)', async () => {
    expect(await keyOf('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(await keyOf('2001:db8:1:2:ffff:ee:dd:9')).toBe('2001:db8:1:2::/64');
    expect(await keyOf('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(await keyOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(await keyOf('192.0.2.7, 198.51.100.4')).toBe('198.51.100.4');
  });

  it('second attack 9: a port in X-Forwarded-For changes nothing, and what cannot be read shares one key', async () => {
    expect(await keyOf('203.0.113.5:40000')).toBe('203.0.113.5');
    expect(await keyOf('203.0.113.5:40001')).toBe('203.0.113.5');
    expect(await keyOf('[2001:db8:1:2::1]:40000')).toBe('2001:db8:1:2::/64');
    expect(await keyOf('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(await keyOf('nonsense-1')).toBe(await keyOf('nonsense-2'));
    expect(await keyOf('203.0.113.5:abc')).toBe(await keyOf('garbage'));
  });
});
