/** Shared set-up for the element tests: mounting, filling in the form, waiting, and the axe check (the intake server's stand-in is in test-server-stub.ts). */
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import { defineRessursvennSignup } from './define.js';
import type { RessursvennSignup } from './signup-element.js';
import { AssertionError } from './test-helpers.js';
import { isFetchStubbed, restoreFetch, stubFetch } from './test-server-stub.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with every WCAG 2.0–2.2 A/AA violation axe finds in `element`, shadow DOM included (also inside a same-origin frame). */
export async function expectAccessible(element: Element): Promise<void> {
  // An element in a frame is checked by the axe of its own window (axe refuses nodes of another realm).
  const axe = (element.ownerDocument.defaultView as Window | null)?.axe ?? window.axe;
  const results = await axe.run(element, {
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

/**
 * Puts a defined <ressursvenn-signup> with these attributes on the page and waits until it is rendered in its
 * language. Without a stub of its own, fetch answers the lookups and refuses applications.
 */
export async function mount(attributes: Record<string, string> = { association: 'narvik' }): Promise<RessursvennSignup> {
  defineRessursvennSignup();
  if (!isFetchStubbed()) stubFetch(() => Promise.reject(new TypeError('no application expected in this test')));
  const container = document.createElement('div');
  const element = document.createElement('ressursvenn-signup');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  document.body.append(container);
  mounted.push(container);
  await element.updateComplete;
  return element;
}

/** Removes what {@link mount} added, restores a stubbed fetch and forgets the tab's drafts. */
export function cleanUp(): void {
  for (const container of mounted.splice(0)) container.remove();
  restoreFetch();
  // The draft each form kept in the tab (removing it writes it once more): the next test starts empty.
  sessionStorage.clear();
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

export const YES_NO = ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate'];

/** Fills in step 1 with the contract's fixture person (postal code 8514 unless given). */
export function fillContact(element: RessursvennSignup, postalCode = '8514'): void {
  typeInto(element, 'firstName', 'Kari');
  typeInto(element, 'lastName', 'Nordmann');
  typeInto(element, 'email', 'kari.nordmann@example.no');
  typeInto(element, 'phone', '412 34 567');
  typeInto(element, 'postalCode', postalCode);
}

/** Waits until the flow chunk (steps 2 and 3) is here; the element fetches it when idle after its first render. */
export async function flowReady(element: RessursvennSignup): Promise<void> {
  await waitFor(() => shadow(element).querySelector('[name="age25OrOlder"]') !== null, 'the later steps are rendered');
  await element.updateComplete;
}

/** The step heading's text, e.g. "Steg 2 av 3 Om oppdraget". */
export function stepHeading(element: RessursvennSignup): string {
  return (shadow(element).querySelector('#rv-step-heading')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Presses the main button and waits until the form has moved on (another heading), or has put focus on an error
 * summary, a failure notice or the receipt.
 */
export async function next(element: RessursvennSignup): Promise<void> {
  const before = stepHeading(element);
  const button = submitButton(element);
  button.focus();
  button.click();
  await waitFor(() => {
    if (element.matches(':state(checking)') || element.matches(':state(sending)')) return false;
    const focused = shadow(element).activeElement;
    return stepHeading(element) !== before || (focused !== button && focused?.matches('[part="error-summary"], [part="failure"], [part="receipt"]') === true);
  }, 'the form moves on');
  await element.updateComplete;
}

/** Answers step 2: yes to every question, and the languages. */
export function fillFit(element: RessursvennSignup): void {
  for (const name of YES_NO) answer(element, name, true);
  typeInto(element, 'languages', 'norsk, engelsk');
}

/**
 * Fills in a complete, valid application and leaves the form on step 3 with the privacy box ticked, ready to send.
 * A routing question after step 1 is confirmed as suggested.
 */
export async function fillValid(element: RessursvennSignup, postalCode = '8514'): Promise<void> {
  fillContact(element, postalCode);
  await next(element);
  if (shadow(element).querySelector('[part="routing"]')) await next(element);
  fillFit(element);
  await next(element);
  find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
  await element.updateComplete;
}

/** The main button (next, confirm, send); after a failed send, the notice's "try again". */
export function submitButton(element: RessursvennSignup): HTMLButtonElement {
  const buttons = Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('button[type="submit"]'));
  const visible = buttons.filter((button) => button.checkVisibility());
  if (visible.length === 0) throw new AssertionError('no visible submit button');
  return visible[visible.length - 1]!;
}

/** Waits until `condition` holds, polling; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new AssertionError(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}


/** The page's own fetch, for the test server's switches: a stub put in by a test answers only the intake server's paths. */
const serverFetch = window.fetch.bind(window);

/**
 * How the test server (web-test-runner.config.js) serves the flow chunk to this page: held back until
 * {@link releaseFlow}, refused with a 503, or (null) as usual. A page that has had the chunk, or failed to load it,
 * keeps that result (Chromium does not fetch a failed module again; only the built widget asks again, with a
 * `?retry=` query), so a test file of the element from source can try one of them only.
 */
export function setFlowSwitch(value: 'hold' | 'fail' | null): void {
  document.cookie = value ? `rv-flow=${value}; path=/` : 'rv-flow=; path=/; max-age=0';
}

/** What the page fetched from the built widget's folder (dist/widget/) after its first `seen` resources, with their queries. */
export const widgetFetchesSince = (seen: number): string[] =>
  performance
    .getEntriesByType('resource')
    .slice(seen)
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/widget/'))
    .map((url) => url.pathname.slice('/dist/widget/'.length) + url.search);

/** The flow chunk's requests the test server has had (path and query) since the last call. */
export async function flowRequests(): Promise<string[]> {
  return ((await (await serverFetch('/test/flow/requests')).json()) as { requests: string[] }).requests;
}

/** Lets the held flow chunk go; asks again until the server has the request (it may still be on its way there). */
export async function releaseFlow(): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const { released } = (await (await serverFetch('/test/flow/release')).json()) as { released: number };
    if (released > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new AssertionError('the flow chunk was never asked for');
}
