// custom-elements.json (hand-written, at the repository root) must describe the element as it is: every observed
// attribute, every event, every part the templates render, every custom property the styles read, every state.
import { EVENT_TYPES } from './event-types.js';
import { flowStyles } from './flow.styles.js';
import { THEME_PROPERTIES } from './frame-protocol.js';
import { RessursvennSignup } from './signup-element.js';
import { signupStyles } from './signup.styles.js';
import { cleanUp, expectAccessible, fillContact, fillFit, find, mount, next, shadow, submitButton, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertTrue, describe, it } from './test-helpers.js';

interface Declaration {
  tagName: string;
  attributes: Array<{ name: string; fieldName?: string }>;
  members: Array<{ name: string; attribute?: string }>;
  events: Array<{ name: string }>;
  cssParts: Array<{ name: string }>;
  cssProperties: Array<{ name: string }>;
  cssStates: Array<{ name: string }>;
}

// Fetched before any test stubs fetch.
const manifestFile = fetch('/custom-elements.json').then((response) => response.json());

async function declaration(): Promise<Declaration> {
  const manifest = (await manifestFile) as { modules: Array<{ declarations: Array<Partial<Declaration>> }> };
  const found = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'ressursvenn-signup');
  if (!found) throw new Error('custom-elements.json does not declare <ressursvenn-signup>');
  return found as Declaration;
}

const names = (items: Array<{ name: string }>) => items.map((item) => item.name).sort();

describe('custom-elements.json', () => {
  afterEach(cleanUp);

  it('lists every observed attribute, each with its property, and every event type', async () => {
    const element = await mount();
    await expectAccessible(element);
    const d = await declaration();
    assertDeepEqual(names(d.attributes), [...RessursvennSignup.observedAttributes].sort());
    for (const attribute of d.attributes) {
      assertTrue(d.members.some((m) => m.attribute === attribute.name && m.name === attribute.fieldName), `a member for ${attribute.name}`);
    }
    assertDeepEqual(names(d.events), [...EVENT_TYPES].sort());
  });

  it('lists every custom property the styles read, every part the form renders, and every state', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), {
      postalCode: (code) =>
        jsonResponse(200, { postalCode: code, place: null, kommune: null, associations: [{ slug: 'bjerkvik', name: 'Bjerkvik sanitetsforening' }] }),
    });
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    await expectAccessible(element);
    const d = await declaration();
    const documented = new Set(names(d.cssProperties));
    const read = new Set([...`${signupStyles.cssText}${flowStyles.cssText}`.matchAll(/var\((--rv-[a-z-]+)/g)].map((m) => m[1]!));
    for (const name of [...read, ...THEME_PROPERTIES]) assertTrue(documented.has(name), `${name} is documented`);
    for (const name of documented) assertTrue(read.has(name), `${name} is used`);

    // Walk through every view and collect the parts rendered.
    const parts = new Set<string>();
    const collect = () => shadow(element).querySelectorAll('[part]').forEach((el) => el.getAttribute('part')!.split(/\s+/).forEach((p) => parts.add(p)));
    collect();
    await next(element);
    collect();
    fillContact(element);
    await next(element);
    collect();
    await next(element);
    fillFit(element);
    await next(element);
    collect();
    find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 1 && shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt');
    collect();
    const isolated = await mount({ association: 'narvik', mode: 'isolated', api: location.origin });
    await waitFor(() => isolated.shadowRoot?.querySelector('iframe') != null, 'the iframe');
    isolated.shadowRoot!.querySelectorAll('[part]').forEach((el) => parts.add(el.getAttribute('part')!));
    const failureNoticeRendered = ['failure']; // shown in signup-submit.test.ts; the manifest must have it as well
    for (const part of [...parts, ...failureNoticeRendered]) assertTrue(names(d.cssParts).includes(part), `part ${part} is documented`);
    for (const part of names(d.cssParts)) assertTrue(parts.has(part) || failureNoticeRendered.includes(part), `part ${part} is rendered`);
    assertDeepEqual(names(d.cssStates), ['checking', 'failed', 'invalid', 'sending', 'sent']);
  });
});
