/** What the sign-in routes need beyond the workspace's dependencies, derived once when they are built. */
import { loadSecretKey } from '../../screening/secret-key.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { createAfterResponse, type AfterResponse } from './after-response.js';
import { relyingPartyOf, type RelyingParty } from './relying-party.js';

export interface SignInDeps extends WorkspaceDeps {
  /** Keys the hashes of addresses in the sign-in throttle (the server's one secret). */
  secretKey: string;
  rp: RelyingParty;
  /** Runs work after the response is sent (looking up an address that asked for a link, and mailing the link). */
  afterResponse: AfterResponse;
}

/** Adds the secret key (from SECRET_KEY or the data folder, as the rest of the server reads it) and the relying party. */
export function signInDepsOf(deps: WorkspaceDeps): SignInDeps {
  return {
    ...deps,
    secretKey: loadSecretKey(deps.config.secretKey, deps.config.dataDir),
    rp: relyingPartyOf(deps.config.publicUrl),
    afterResponse: createAfterResponse(deps.logger),
  };
}
