// mode="isolated", the frame's side: what the form inside the intake server's frame tells its parent, and what it
// takes from it. Same origin here so that the test can look inside; the origin checks are the same code.
import { PROTOCOL } from './frame-protocol.js';
import type { RessursvennSignup } from './signup-element.js';
import { expectAccessible, waitFor } from './test-fixtures.js';
import { afterEach, assertDeepEqual, assertEqual, assertTrue, describe, it } from './test-helpers.js';

interface Received {
  data: { protocol: string; type: string; [key: string]: unknown };
  origin: string;
}

let frame: HTMLIFrameElement | undefined;
const received: Received[] = [];
const onMessage = (event: MessageEvent) => {
  if (frame && event.source === frame.contentWindow) received.push({ data: event.data, origin: event.origin });
};

async function openFrame(): Promise<RessursvennSignup> {
  received.length = 0;
  window.addEventListener('message', onMessage);
  frame = document.createElement('iframe');
  frame.title = 'Søknadsskjema';
  frame.src = '/widget/test-pages/frame.html';
  frame.width = '600';
  frame.height = '400';
  document.body.append(frame);
  await waitFor(() => received.some((m) => m.data.type === 'ready'), 'the frame says it is ready', 8000);
  const element = (frame.contentWindow as Window & { formElement: RessursvennSignup }).formElement;
  await element.updateComplete;
  return element;
}

describe('frame-child.ts (inside the isolated-mode frame)', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    window.removeEventListener('message', onMessage);
  });

  it('tells the parent its height, to the parent’s origin, and again when it changes', async () => {
    const element = await openFrame();
    await expectAccessible(element);
    await waitFor(() => received.some((m) => m.data.type === 'height'), 'a height');
    const heights = () => received.filter((m) => m.data.type === 'height').map((m) => m.data.height as number);
    assertTrue(heights().at(-1)! > 300, `a real height (${heights().join(', ')})`);
    assertTrue(received.every((m) => m.origin === location.origin && m.data.protocol === PROTOCOL), 'our protocol, from our origin');
    const before = heights().at(-1)!;
    element.shadowRoot!.querySelector('details')!.open = true;
    await waitFor(() => heights().at(-1)! > before, 'a taller height once the help panel opens');
  });

  it('passes on the form’s events with no personal data, and asks the parent to leave on quick exit', async () => {
    const element = await openFrame();
    await expectAccessible(element);
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('[name="firstName"]')!;
    input.value = 'Kari';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitFor(() => received.some((m) => m.data.type === 'event'), 'the start event');
    const start = received.find((m) => m.data.type === 'event')!.data;
    assertDeepEqual(start, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-start', detail: { association: 'narvik', language: 'nb' } });
    assertTrue(!JSON.stringify(received).includes('Kari'), 'nothing typed is posted');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="quick-exit"]')!.click();
    await waitFor(() => received.some((m) => m.data.type === 'exit'), 'the exit request');
    assertEqual(frame!.contentWindow!.location.pathname, '/widget/test-pages/frame.html', 'the frame itself stays');
  });

  it('takes language and theme from its parent only, and only documented, safe properties', async () => {
    const element = await openFrame();
    await expectAccessible(element);
    const win = frame!.contentWindow!;
    win.postMessage({ protocol: PROTOCOL, type: 'lang', lang: 'en' }, location.origin);
    await waitFor(() => element.getAttribute('lang') === 'en', 'the language from the parent');
    win.postMessage(
      {
        protocol: PROTOCOL,
        type: 'theme',
        properties: { '--rv-color-accent': 'rgb(120, 20, 90)', '--rv-radius': 'url(https://evil.example/x)', '--other': 'red', color: 'red' },
      },
      location.origin,
    );
    await waitFor(() => element.style.getPropertyValue('--rv-color-accent') === 'rgb(120, 20, 90)', 'the accent colour');
    assertEqual(element.style.getPropertyValue('--rv-radius'), '', 'no url()');
    assertEqual(element.style.getPropertyValue('--other'), '', 'only documented properties');
    assertEqual(element.style.getPropertyValue('color'), '');
    // A message the frame posts to itself is not from its parent.
    (win as Window & { eval(code: string): unknown }).eval(
      `window.postMessage({ protocol: '${PROTOCOL}', type: 'lang', lang: 'nn' }, location.origin)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    assertEqual(element.getAttribute('lang'), 'en', 'ignored');
  });

  it('forgets the draft of its form when the parent page leaves by quick exit', async () => {
    const element = await openFrame();
    const win = frame!.contentWindow!;
    const key = `ressursvenn-draft:${(element.getAttribute('association') ?? '').trim().toLowerCase()}`;
    win.sessionStorage.setItem(key, JSON.stringify({ firstName: 'Kari' }));
    win.postMessage({ protocol: PROTOCOL, type: 'exit' }, location.origin);
    await waitFor(() => win.sessionStorage.getItem(key) === null, 'the draft is gone');
  });
});
