import { describe, expect, it } from 'vitest';
import { rateLimitAddress, UNREADABLE_ADDRESS } from './rate-limit-address.js';

describe('the address a rate limit counts by', () => {
  it('is the IPv6 /64, written one way, and the IPv4 address however it is written', () => {
    expect(rateLimitAddress('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddress('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(rateLimitAddress('192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitAddress('::ffff:c000:0201')).toBe('192.0.2.1');
    expect(rateLimitAddress('unknown')).toBe(UNREADABLE_ADDRESS);
  });
});
