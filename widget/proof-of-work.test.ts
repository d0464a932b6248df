import { createChallenge, verifySolution, type DeriveKeyFunction } from 'altcha-lib';
import { cleanUp, expectAccessible, fillValid, mount, shadow, submitButton, waitFor } from './test-fixtures.js';
import { ACCEPTED, NARVIK, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertEqual, assertTrue, describe, it } from './test-helpers.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

// The same derivation as the server's altcha-lib/algorithms/sha, in WebCrypto, to make and check a challenge here.
const deriveKey: DeriveKeyFunction = async (parameters, salt, password) => {
  let data = new Uint8Array([...salt, ...password]);
  for (let i = 0; i < Math.max(1, parameters.cost); i++) data = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return { derivedKey: data.subarray(0, parameters.keyLength ?? 32) };
};

const withProof = () => jsonResponse(200, { ...NARVIK, proofOfWork: true });

describe('<ressursvenn-signup> proof of work', () => {
  afterEach(cleanUp);

  it('solves the server’s challenge before sending when the server asks for one, and sends a proof it can verify', async () => {
    const challenge = await createChallenge({ algorithm: 'SHA-256', cost: 1, counter: 3000, deriveKey, hmacSignatureSecret: SECRET });
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { association: withProof, challenge: () => jsonResponse(200, challenge) });
    const element = await mount({ association: 'narvik', api: 'https://intake.example' });
    await expectAccessible(element);
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt shows', 8000);
    assertEqual(stub.calls.length, 1);
    const { altcha } = JSON.parse(stub.calls[0]!.body) as { altcha: string };
    const payload = JSON.parse(atob(altcha));
    const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, hmacSignatureSecret: SECRET });
    assertTrue(result.verified, 'the proof verifies');
  });

  it('asks for no challenge when the server says it needs no proof', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED));
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 1, 'sent');
    assertTrue(!stub.lookups.some((url) => url.endsWith('/challenge')), 'no challenge request');
    assertEqual((JSON.parse(stub.calls[0]!.body) as { altcha: string }).altcha, '');
  });

  it('asks for a challenge when the association could not be looked up, and sends none on a 404', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { association: () => Promise.reject(new TypeError('offline')) });
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 1, 'sent');
    assertTrue(stub.lookups.some((url) => url.endsWith('/challenge')), 'the challenge was asked for');
    assertEqual((JSON.parse(stub.calls[0]!.body) as { altcha: string }).altcha, '');
  });

  it('keeps what was typed and offers a retry when the challenge cannot be fetched', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { association: withProof, challenge: () => Promise.reject(new TypeError('Failed to fetch')) });
    const element = await mount({ association: 'narvik', api: 'https://intake.example' });
    await expectAccessible(element);
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    assertEqual(stub.calls.length, 0, 'nothing was posted without the proof');
    assertEqual(shadow(element).querySelector<HTMLInputElement>('#rv-firstName')?.value, 'Kari');
    await expectAccessible(element);
  });
});
