import { validApplication } from '../contract/fixtures.js';
import { parseRetryAfter, submitApplication } from './submit-client.js';
import { cleanUp } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertEqual, describe, it } from './test-helpers.js';

const request = { url: 'https://intake.example/api/v1/applications', body: JSON.stringify(validApplication()), idempotencyKey: 'k-1' };

describe('submitApplication', () => {
  afterEach(cleanUp);

  it('posts JSON with the idempotency key and reads the receipt', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED));
    const result = await submitApplication(request);
    assertDeepEqual(result, { kind: 'accepted', reference: ACCEPTED.reference, association: ACCEPTED.association });
    const call = stub.calls[0]!;
    assertEqual(call.method, 'POST');
    assertEqual(call.url, request.url);
    assertEqual(call.headers.get('Content-Type'), 'application/json');
    assertEqual(call.headers.get('Idempotency-Key'), 'k-1');
    assertEqual(call.body, request.body);
  });

  it('treats a 2xx with an unreadable body as stored', async () => {
    stubFetch(() => new Response('<html>ok</html>', { status: 201 }));
    assertDeepEqual(await submitApplication(request), { kind: 'accepted', reference: null, association: null });
  });

  it('turns a 422 with fields into field errors, dropping unknown fields and codes', async () => {
    stubFetch(() =>
      jsonResponse(422, {
        error: {
          code: 'validation_failed',
          message: 'Invalid application',
          requestId: 'req-1',
          fields: { postalCode: 'invalid_postal_code', email: 'something_new', isAdmin: 'required' },
        },
      }),
    );
    assertDeepEqual(await submitApplication(request), {
      kind: 'invalid',
      fields: { postalCode: 'invalid_postal_code', email: 'invalid_value' },
      requestId: 'req-1',
    });
  });

  it('reads Retry-After on 429 and retryAfterSeconds on 503', async () => {
    stubFetch(() => jsonResponse(429, { error: { code: 'rate_limited', message: '', requestId: 'r' } }, { 'Retry-After': '120' }));
    assertDeepEqual(await submitApplication(request), {
      kind: 'failed',
      code: 'rate_limited',
      status: 429,
      retryAfterSeconds: 120,
      requestId: 'r',
    });
    cleanUp();
    stubFetch(() => jsonResponse(503, { error: { code: 'service_unavailable', message: '', requestId: 's', retryAfterSeconds: 30 } }));
    const unavailable = await submitApplication(request);
    assertEqual(unavailable.kind === 'failed' && unavailable.retryAfterSeconds, 30);
  });

  it('names failures without a JSON body by their status', async () => {
    stubFetch(() => new Response('Bad gateway', { status: 502 }));
    const result = await submitApplication(request);
    assertEqual(result.kind === 'failed' && result.code, 'internal_error');
  });

  it('reports a network error instead of throwing', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await submitApplication(request);
    assertEqual(result.kind === 'failed' && result.code, 'network_error');
  });

  it('gives up after the timeout and says so', async () => {
    stubFetch(
      (_call, _index, signal) =>
        new Promise<Response>((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const result = await submitApplication({ ...request, timeoutMs: 30 });
    assertEqual(result.kind === 'failed' && result.code, 'timeout');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    assertEqual(parseRetryAfter('90'), 90);
    assertEqual(parseRetryAfter(new Date(60_000).toUTCString(), 0), 60);
    assertEqual(parseRetryAfter('soon'), null);
    assertEqual(parseRetryAfter(null), null);
  });
});
