/**
 * What a per-address rate limit counts by. An IPv4 address is one client; an IPv6 client usually holds a whole /64
 * (every home and phone connection gets one, and picks new addresses in it at will), so IPv6 addresses are grouped by
 * their first 64 bits. An IPv4 address written as IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket reports it) is the
 * IPv4 address.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The one key every address that cannot be read shares: garbage in a header never buys a fresh allowance. */
export const UNREADABLE_ADDRESS = 'unreadable';

/**
 * The key a client address is limited by: the IPv4 address, the IPv6 /64 as `a:b:c:d::/64`. A port is dropped
 * (`203.0.113.5:40000`, `[2001:db8::1]:40000`, as some proxies write X-Forwarded-For), so changing it changes
 * nothing (second attack, finding 9); anything else that is no address shares one key, `UNREADABLE_ADDRESS`.
 */
export function rateLimitAddress(address: string): string {
  const raw = withoutPort(address.trim());
  const withoutZone = raw.replace(/%.*$/, '');
  if (isIPv4(withoutZone)) return withoutZone;
  if (!isIPv6(withoutZone)) return UNREADABLE_ADDRESS;
  const groups = expandIPv6(withoutZone.toLowerCase());
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** `host:port` → host for IPv4, `[v6]:port` and `[v6]` → v6; anything else as it was. */
function withoutPort(address: string): string {
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(address);
  if (v4) return v4[1]!;
  const v6 = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (v6) return v6[1]!;
  return address;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail turned into two groups). */
function expandIPv6(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
