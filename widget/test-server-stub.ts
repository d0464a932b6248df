/** The intake server's stand-in for the element tests: a fetch stub answering lookups and applications, and its canned answers. */

/** One request the stub received. */
export interface FetchCall {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

interface FetchStub {
  /** Applications posted. */
  calls: FetchCall[];
  /** Lookups (association, postal code, challenge) asked for. */
  lookups: string[];
  restore(): void;
}

let activeStub: FetchStub | undefined;

/** Whether a stub is in place (mount puts one in when a test has none). */
export const isFetchStubbed = () => activeStub !== undefined;

/** Puts the real fetch back, if a stub replaced it. */
export const restoreFetch = () => activeStub?.restore();

/** What the lookups answer; each may also reject like a network error. */
export interface LookupAnswers {
  challenge?: () => Promise<Response> | Response;
  association?: (slug: string) => Promise<Response> | Response;
  postalCode?: (code: string) => Promise<Response> | Response;
  /** Whether this page may frame the form of isolated mode (`/skjema/:slug/ramme/tilgang`). */
  frameAccess?: (slug: string) => Promise<Response> | Response;
}

/** The page's association as the intake server describes it. */
export const NARVIK = { slug: 'narvik', name: 'Narvik sanitetsforening', defaultLanguage: 'nb', proofOfWork: false, email: 'post@narvik-sanitet.example' };

/** The national contact, as the lookup names it when nobody serves a postal code and the page's association cannot take it. */
export const NATIONAL_FALLBACK = {
  slug: null,
  name: 'Norske Kvinners Sanitetsforening sentralt',
  email: 'ressursvenn@nks.example',
  phone: '21 00 00 00',
  kind: 'national',
};

/** A postal code nobody serves: the form goes on without asking (to `fallback`, by default the national contact). */
export const unrouted = (code: string, fallback: object = NATIONAL_FALLBACK) =>
  jsonResponse(200, { postalCode: code, place: null, kommune: null, associations: [], fallback, unknownPostalCode: false });

/**
 * Replaces `window.fetch` until {@link restoreFetch} (which the fixtures' `cleanUp` calls); `respond` answers each application (or rejects, like a network
 * error). The lookups answer as in `answers`: by default the association is Narvik's, no postal code has an
 * association, no proof of work is asked for, and the page may frame isolated mode's form.
 */
export function stubFetch(
  respond: (call: FetchCall, index: number, signal: AbortSignal | null) => Promise<Response> | Response,
  answers: LookupAnswers = {},
): FetchStub {
  activeStub?.restore();
  const original = window.fetch;
  const calls: FetchCall[] = [];
  const lookups: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: FetchCall = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : '',
    };
    const path = new URL(call.url, location.href).pathname;
    if (path.endsWith('/api/v1/challenge')) {
      lookups.push(call.url);
      return answers.challenge ? answers.challenge() : jsonResponse(404, { error: { code: 'not_found' } });
    }
    const association = /\/api\/v1\/associations\/([^/]+)$/.exec(path);
    if (association) {
      lookups.push(call.url);
      return answers.association ? answers.association(association[1]!) : jsonResponse(200, { ...NARVIK, slug: association[1] });
    }
    const postal = /\/api\/v1\/postal-codes\/(\d+)$/.exec(path);
    if (postal) {
      lookups.push(call.url);
      return answers.postalCode ? answers.postalCode(postal[1]!) : unrouted(postal[1]!);
    }
    const frame = /\/skjema\/([^/]+)\/ramme\/tilgang$/.exec(path);
    if (frame) {
      lookups.push(call.url);
      return answers.frameAccess ? answers.frameAccess(frame[1]!) : jsonResponse(200, { allowed: true });
    }
    calls.push(call);
    return respond(call, calls.length - 1, init.signal ?? null);
  };
  activeStub = {
    calls,
    lookups,
    restore() {
      window.fetch = original;
      activeStub = undefined;
    },
  };
  return activeStub;
}

/** A JSON response as the intake server sends it. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** What the intake server answers to an accepted application. */
export const ACCEPTED = {
  reference: 'RV-7K3M-Q9TX',
  association: { slug: 'narvik', name: 'Narvik sanitetsforening', email: 'ressursvenn@narvik.example' },
};
