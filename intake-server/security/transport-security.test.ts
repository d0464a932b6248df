import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PATHS = ['/koordinator/logg-inn', '/koordinator', '/koordinator/konto', '/koordinator/assets/sign-in.css', '/koordinator/finnes-ikke'];

describe('Strict-Transport-Security', () => {
  it('finding 13.13: is on every workspace response when PUBLIC_URL is https, and not on http://localhost', async () => {
    server = await createTestServer({ PUBLIC_URL: 'https://intake.example' });
    for (const path of PATHS) {
      const response = await server.app.request(path);
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
    }
    const post = await server.app.request('/koordinator/logg-inn', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(post.status).toBe(403);
    expect(post.headers.get('strict-transport-security')).toBe('max-age=31536000');

    // Left out on http://localhost (`npm start`), where it would mean nothing.
    await server.close();
    server = await createTestServer({ PUBLIC_URL: 'http://localhost:8787' });
    for (const path of PATHS) expect((await server.app.request(path)).headers.get('strict-transport-security'), path).toBeNull();
  });

  it('second attack 8: is on every response of the service when PUBLIC_URL is https: API, widget, hosted form, withdrawal, health, 404s and errors', async () => {
    server = await createTestServer({ PUBLIC_URL: 'https://intake.example' });
    const requests: [string, RequestInit?][] = [
      ['/api/v1/associations/eksempelby'],
      ['/api/v1/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' }],
      ['/skjema/eksempelby'],
      ['/trekk/ugyldig'],
      ['/widget.js'],
      ['/healthz'],
      ['/finnes-ikke'],
    ];
    for (const [path, init] of requests) {
      const response = await server.app.request(path, init);
      expect(response.headers.get('strict-transport-security'), `${path} ${response.status}`).toBe('max-age=31536000');
    }
    await server.close();
    server = await createTestServer({ PUBLIC_URL: 'http://localhost:8787' });
    for (const [path, init] of requests) expect((await server.app.request(path, init)).headers.get('strict-transport-security'), path).toBeNull();
  });
});
