/** Shared set-up for the element tests: mounting, filling in the form, a fetch stub, waiting, and the axe check. */
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import { defineRessursvennSignup } from './define.js';
import type { RessursvennSignup } from './signup-element.js';
import { AssertionError } from './test-helpers.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with every WCAG 2.0–2.2 A/AA violation axe finds in `element`, shadow DOM included. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    const lines = results.violations.map(
      (violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
    );
    throw new AssertionError(`axe found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

const mounted: HTMLElement[] = [];

/** Puts a defined <ressursvenn-signup> with these attributes on the page and waits for its first render. */
export async function mount(attributes: Record<string, string> = { association: 'narvik' }): Promise<RessursvennSignup> {
  defineRessursvennSignup();
  const container = document.createElement('div');
  const element = document.createElement('ressursvenn-signup');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  document.body.append(container);
  mounted.push(container);
  await element.updateComplete;
  return element;
}

/** Removes what {@link mount} added and restores a stubbed fetch. */
export function cleanUp(): void {
  for (const container of mounted.splice(0)) container.remove();
  activeStub?.restore();
}

export function shadow(element: RessursvennSignup): ShadowRoot {
  if (!element.shadowRoot) throw new AssertionError('the element has no shadow root');
  return element.shadowRoot;
}

/** The element inside the shadow root matching `selector`; fails if there is none. */
export function find<T extends Element = HTMLElement>(element: RessursvennSignup, selector: string): T {
  const found = shadow(element).querySelector<T>(selector) as T | null;
  if (!found) throw new AssertionError(`nothing matches ${selector}`);
  return found;
}

export function field(element: RessursvennSignup, name: string): HTMLInputElement {
  return find<HTMLInputElement>(element, `[name="${name}"]`);
}

/** Types a value as a person would: the value changes and an input event follows. */
export function typeInto(element: RessursvennSignup, name: string, value: string): void {
  const input = field(element, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Clicks Ja or Nei on a yes/no question. */
export function answer(element: RessursvennSignup, name: string, yes: boolean): void {
  find<HTMLInputElement>(element, `[name="${name}"][value="${yes}"]`).click();
}

/** Fills in a complete, valid application (the contract's fixture person). */
export function fillValid(element: RessursvennSignup): void {
  typeInto(element, 'firstName', 'Kari');
  typeInto(element, 'lastName', 'Nordmann');
  typeInto(element, 'email', 'kari.nordmann@example.no');
  typeInto(element, 'phone', '412 34 567');
  typeInto(element, 'postalCode', '8514');
  for (const name of ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate']) {
    answer(element, name, true);
  }
  typeInto(element, 'languages', 'norsk, engelsk');
  find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
}

/** The visible submit button (send, or try again after a failure). */
export function submitButton(element: RessursvennSignup): HTMLButtonElement {
  return find<HTMLButtonElement>(element, 'button[type="submit"]');
}

/** Waits until `condition` holds, polling; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new AssertionError(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One request the stub received. */
export interface FetchCall {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

interface FetchStub {
  calls: FetchCall[];
  restore(): void;
}

let activeStub: FetchStub | undefined;

/** Replaces `window.fetch` until {@link cleanUp}; `respond` answers each call (or rejects, like a network error). */
export function stubFetch(
  respond: (call: FetchCall, index: number, signal: AbortSignal | null) => Promise<Response> | Response,
  options: { challenge?: () => Promise<Response> | Response } = {},
): FetchStub {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: FetchCall = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : '',
    };
    // The proof-of-work challenge: by default the server asks for none (204). Only applications are recorded.
    if (call.url.endsWith('/api/v1/challenge')) return options.challenge ? options.challenge() : new Response(null, { status: 204 });
    calls.push(call);
    return respond(call, calls.length - 1, init.signal ?? null);
  };
  activeStub = {
    calls,
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
  association: { slug: 'narvik', name: 'Narvik Sanitetsforening', email: 'ressursvenn@narvik.example' },
};
