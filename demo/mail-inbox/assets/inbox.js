// Keeps the demo inbox current: every 2 s it fetches the SMTP banner and message list and swaps in what changed.
const POLL_MS = 2000;

const main = document.querySelector('[data-live-url]');
const announcer = document.getElementById('live-announcer');

if (main && announcer && 'DOMParser' in window) {
  const url = main.getAttribute('data-live-url');
  const parser = new DOMParser();

  const refresh = async () => {
    if (document.hidden) return;
    let markup;
    try {
      const response = await fetch(url, { cache: 'no-store', headers: { accept: 'text/html' } });
      if (!response.ok) return;
      markup = await response.text();
    } catch {
      return;
    }
    const fresh = parser.parseFromString(markup, 'text/html');
    for (const region of fresh.querySelectorAll('[data-live-region]')) {
      const current = document.getElementById(region.id);
      if (!current || current.outerHTML === region.outerHTML) continue;
      swap(current, document.importNode(region, true));
    }
  };

  const loop = async () => {
    await refresh();
    setTimeout(loop, POLL_MS);
  };
  setTimeout(loop, POLL_MS);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) refresh();
  });

  /** Replaces a region, keeps keyboard focus on the equivalent control, and tells screen readers what changed. */
  function swap(current, replacement) {
    const focused = current.contains(document.activeElement) ? describe(document.activeElement) : null;
    current.replaceWith(replacement);
    if (focused) {
      const candidates = [...replacement.querySelectorAll(focused.tag)];
      const again = candidates.find((element) => describe(element).key === focused.key) || candidates[0];
      again?.focus();
    }
    const headline = replacement.querySelector('[data-live-announce]');
    if (headline) announce(headline.textContent.trim());
  }

  function describe(element) {
    const tag = element.tagName.toLowerCase();
    const key = element.getAttribute('href') || element.closest('form')?.getAttribute('action') || element.id || '';
    return { tag, key };
  }

  function announce(text) {
    announcer.textContent = '';
    // A short pause makes screen readers announce the same text twice in a row, too.
    setTimeout(() => {
      announcer.textContent = text;
    }, 50);
  }
}
