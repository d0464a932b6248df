/*
 * Passkeys in the coordinator workspace: signing in with one ([data-passkey="sign-in"]) and registering one
 * ([data-passkey="register"]). Uses SimpleWebAuthnBrowser from simplewebauthn-browser.js, loaded just before this
 * file. Both parts stay hidden where the browser cannot use passkeys; the page's words come in data-msg-* attributes.
 */
(() => {
  'use strict';
  const lib = window.SimpleWebAuthnBrowser;
  const supported = Boolean(lib && lib.browserSupportsWebAuthn());

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body || {}),
    });
    let data = {};
    try {
      data = await response.json();
    } catch {
      // An empty or non-JSON answer counts as a failure below.
    }
    return { status: response.status, data };
  }

  /** Writes one of the root's messages (`data-msg-<key>`) into its status line, which screen readers announce. */
  function say(root, key) {
    const status = root.querySelector('[data-passkey-status]');
    if (status) status.textContent = root.dataset['msg' + key[0].toUpperCase() + key.slice(1)] || '';
  }

  /** Runs one ceremony at a time per root; the button stays focusable (aria-disabled) so keyboard focus is kept. */
  function guard(root, button, run) {
    let busy = false;
    return async (event) => {
      if (event) event.preventDefault();
      if (busy) return;
      busy = true;
      button.setAttribute('aria-disabled', 'true');
      say(root, 'working');
      try {
        await run();
      } catch (error) {
        say(root, error && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' ? 'exists' : 'failed');
      } finally {
        busy = false;
        button.removeAttribute('aria-disabled');
      }
    };
  }

  function failure(root, result) {
    if (result.status === 429) say(root, 'tooMany');
    else if (result.data && result.data.error === 'passkey_exists') say(root, 'exists');
    else say(root, 'failed');
  }

  for (const root of document.querySelectorAll('[data-passkey="sign-in"]')) {
    if (!supported) continue;
    root.hidden = false;
    const button = root.querySelector('[data-passkey-start]');
    button.addEventListener(
      'click',
      guard(root, button, async () => {
        const options = await postJson('/koordinator/passkey/innlogging/valg');
        if (options.status !== 200) return failure(root, options);
        const response = await lib.startAuthentication({ optionsJSON: options.data });
        const result = await postJson('/koordinator/passkey/innlogging', { response, next: root.dataset.next });
        if (result.status !== 200 || typeof result.data.redirect !== 'string') return failure(root, result);
        say(root, 'done');
        window.location.assign(result.data.redirect);
      }),
    );
  }

  for (const form of document.querySelectorAll('[data-passkey="register"]')) {
    form.hidden = false;
    if (!supported) {
      for (const part of form.querySelectorAll('label, input, .hint, .actions')) part.hidden = true;
      say(form, 'unsupported');
      continue;
    }
    const button = form.querySelector('button[type="submit"]');
    form.addEventListener(
      'submit',
      guard(form, button, async () => {
        const options = await postJson('/koordinator/passkey/registrering/valg');
        if (options.status !== 200) return failure(form, options);
        const response = await lib.startRegistration({ optionsJSON: options.data });
        const name = form.querySelector('input[name="name"]').value;
        const result = await postJson('/koordinator/passkey/registrering', { response, name });
        if (result.status !== 200) return failure(form, result);
        say(form, 'done');
        const next = form.dataset.next;
        window.location.assign('/koordinator/konto?lagret=passkey' + (next ? '&neste=' + encodeURIComponent(next) : ''));
      }),
    );
  }
})();
