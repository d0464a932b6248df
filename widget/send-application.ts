/**
 * Sending an application: the proof of work when the server asks for one, the POST with an Idempotency-Key, and
 * what a retry must reuse (the same key and proof for the same body). Resolves to a result; never throws.
 */
import type { Application, AssociationLookup } from '../contract/index.js';
import { applicationsUrl } from './api-urls.js';
import { createIdempotencyKeys } from './idempotency-key.js';
import { submitApplication, type SubmitResult } from './submit-client.js';

export interface Sender {
  send(request: { base: string; application: Application; association: Promise<AssociationLookup | null> | undefined }): Promise<SubmitResult>;
  /** Forgets keys and proof once an application was accepted. */
  reset(): void;
}

const NOT_SENT: SubmitResult = { kind: 'failed', code: 'network_error', status: null, retryAfterSeconds: null, requestId: null };

export function createSender(): Sender {
  const keys = createIdempotencyKeys();
  /** The solved proof of work, kept so that a retry sends the same body. */
  let altcha: string | undefined;

  /** '' when the server asks for no proof, null when one could not be made. The solver is a chunk of its own. */
  async function proveWork(base: string, association: Promise<AssociationLookup | null> | undefined): Promise<string | null> {
    if (altcha !== undefined) return altcha;
    const found = await (association ?? Promise.resolve(null));
    if (found && !found.proofOfWork) return (altcha = '');
    try {
      const { proveWork: solve } = await import('./proof-of-work.js');
      const proof = await solve(base);
      return proof.kind === 'failed' ? null : (altcha = proof.altcha);
    } catch {
      return null;
    }
  }

  return {
    async send({ base, application, association }) {
      const proof = await proveWork(base, association);
      if (proof === null) return NOT_SENT;
      const body = JSON.stringify({ ...application, altcha: proof });
      return submitApplication({ url: applicationsUrl(base), body, idempotencyKey: keys.keyFor(body) });
    },
    reset() {
      keys.reset();
      altcha = undefined;
    },
  };
}
