import { describe, expect, it } from 'vitest';
import { changesState, isCrossSite } from './same-origin.js';

const request = (headers: Record<string, string>, url = 'https://intake.example/koordinator/logg-ut') => new Request(url, { method: 'POST', headers });

describe('telling a cross-site request', () => {
  it('trusts Sec-Fetch-Site when the browser sends it', () => {
    expect(isCrossSite(request({ 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
    expect(isCrossSite(request({ 'Sec-Fetch-Site': 'same-site' }))).toBe(true);
    expect(isCrossSite(request({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(true);
    expect(isCrossSite(request({ 'Sec-Fetch-Site': 'none' }))).toBe(true);
    // A matching Origin does not rescue a request the browser itself calls cross-site.
    expect(isCrossSite(request({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://intake.example' }))).toBe(true);
  });

  it('falls back to comparing Origin with the host', () => {
    expect(isCrossSite(request({ Origin: 'https://intake.example' }))).toBe(false);
    // Behind a TLS-terminating proxy the server sees http://; the host is what counts.
    expect(isCrossSite(request({ Origin: 'https://intake.example' }, 'http://intake.example/koordinator/logg-ut'))).toBe(false);
    expect(isCrossSite(request({ Origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite(request({ Origin: 'https://intake.example.evil.example' }))).toBe(true);
    expect(isCrossSite(request({ Origin: 'null' }))).toBe(true);
  });

  it('lets a request without either header through (not sent by a browser on another page)', () => {
    expect(isCrossSite(request({}))).toBe(false);
  });

  it('checks only methods that change state', () => {
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(changesState)).toEqual([false, false, false, false]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map(changesState)).toEqual([true, true, true, true]);
  });
});
