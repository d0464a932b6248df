/** What the sign-in routes need beyond the workspace's dependencies, derived once when they are built. */
import type { WorkspaceDeps } from '../workspace-deps.js';
import { createAfterResponse, type AfterResponse } from './after-response.js';
import { relyingPartyOf, type RelyingParty } from './relying-party.js';

export interface SignInDeps extends WorkspaceDeps {
  rp: RelyingParty;
  /** Runs work after the response is sent (looking up an address that asked for a link, and mailing the link). */
  afterResponse: AfterResponse;
}

/** Adds the relying party and the after-response runner. */
export function signInDepsOf(deps: WorkspaceDeps): SignInDeps {
  return {
    ...deps,
    rp: relyingPartyOf(deps.config.publicUrl),
    afterResponse: createAfterResponse(deps.logger),
  };
}
