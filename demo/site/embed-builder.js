// Embed-code builder: keeps the snippet in step with the form, checks the slug and the colour, copies the snippet,
// and mounts a live preview of the widget.
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 64;
const TAG = 'ressursvenn-signup';
const LOAD_TIMEOUT_MS = 8000;
const PREVIEW_DELAY_MS = 400;
const DEFAULT_ACCENT = '#0b5d6b';

const tool = document.querySelector('[data-widget-url]');
const form = document.getElementById('builder');
const slugInput = document.getElementById('slug');
const slugError = document.getElementById('slug-error');
const slugFound = document.getElementById('slug-found');
const accentInput = document.getElementById('accent');
const accentWarning = document.getElementById('accent-warning');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const hostedLink = document.getElementById('hosted-link');
const cspLines = document.getElementById('csp-lines');
const preview = document.getElementById('preview');
const previewStatus = document.getElementById('preview-status');

if (tool && form && slugInput && snippet && preview) {
  const widgetUrl = tool.getAttribute('data-widget-url');
  const apiUrl = tool.getAttribute('data-api-url');
  const widgetOrigin = tool.getAttribute('data-widget-origin');
  const apiOrigin = tool.getAttribute('data-api-origin');
  let previewTimer;
  let lookupTimer;
  let widgetLoad;

  const current = () => {
    const data = new FormData(form);
    return {
      slug: slugInput.value.trim(),
      lang: String(data.get('lang') ?? ''),
      mode: String(data.get('mode') ?? ''),
      accent: accentInput.value.toLowerCase(),
      inheritFont: data.has('inheritFont'),
      quickExit: data.has('quickExit'),
    };
  };

  const update = () => {
    const options = current();
    const valid = options.slug.length <= SLUG_MAX && SLUG_PATTERN.test(options.slug);
    showSlugError(!valid);
    accentWarning.hidden = contrastWithWhite(options.accent) >= 4.5;
    if (!valid) return;
    snippet.value = buildSnippet(widgetUrl, apiUrl, options);
    const hosted = `${apiUrl}/skjema/${options.slug}`;
    hostedLink.href = hosted;
    hostedLink.textContent = hosted;
    cspLines.textContent = [`script-src ${widgetOrigin}`, `connect-src ${apiOrigin}`, ...(options.mode ? [`frame-src ${apiOrigin}`] : [])].join('\n');
    copyStatus.textContent = '';
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => mountPreview(options), PREVIEW_DELAY_MS);
    clearTimeout(lookupTimer);
    lookupTimer = setTimeout(() => lookUp(options.slug), PREVIEW_DELAY_MS);
  };

  function showSlugError(show) {
    slugError.hidden = !show;
    if (show) {
      slugInput.setAttribute('aria-invalid', 'true');
      slugInput.setAttribute('aria-describedby', 'slug-error slug-hint');
      slugFound.textContent = '';
    } else {
      slugInput.removeAttribute('aria-invalid');
      slugInput.setAttribute('aria-describedby', 'slug-hint slug-found');
    }
  }

  /** Names the association the slug belongs to, so that a typo shows before the code is pasted. */
  async function lookUp(slug) {
    try {
      const response = await fetch(`${apiUrl}/api/v1/associations/${encodeURIComponent(slug)}`);
      if (current().slug !== slug) return;
      slugFound.textContent = response.ok
        ? `Skjemaet hører til ${(await response.json()).name}.`
        : 'Fant ingen aktiv forening med dette kortnavnet. Sjekk det med nasjonal kontaktperson.';
    } catch {
      slugFound.textContent = '';
    }
  }

  async function mountPreview(options) {
    previewStatus.textContent = 'Laster skjemaet …';
    try {
      await loadWidget(widgetUrl);
    } catch {
      preview.replaceChildren(note(`Skjemaet kunne ikke lastes fra ${widgetUrl}. Kjører tjenesten?`));
      previewStatus.textContent = 'Skjemaet kunne ikke lastes.';
      return;
    }
    const element = document.createElement(TAG);
    element.setAttribute('association', options.slug);
    element.setAttribute('api', apiUrl);
    if (options.lang) element.setAttribute('lang', options.lang);
    if (options.mode) element.setAttribute('mode', options.mode);
    if (options.quickExit) element.setAttribute('quick-exit', '');
    if (options.inheritFont) element.setAttribute('inherit-font', '');
    // Through the CSS object model, which a strict CSP allows (a style attribute it would not).
    if (options.accent !== DEFAULT_ACCENT) element.style.setProperty('--rv-color-accent', options.accent);
    // The preview's own exit button would leave the builder: say what it would do instead.
    element.addEventListener('ressursvenn-exit', (event) => {
      event.preventDefault();
      previewStatus.textContent = `På nettsiden ville knappen tatt den som leser, til ${event.detail.url}.`;
    });
    preview.replaceChildren(element);
    previewStatus.textContent = `Forhåndsvisningen viser skjemaet for «${options.slug}».`;
  }

  /** Adds the widget script to the page once; resolves when the element is defined. */
  function loadWidget(src) {
    widgetLoad ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.addEventListener('error', () => reject(new Error('script failed to load')));
      document.head.append(script);
      const timer = setTimeout(() => reject(new Error('element was not defined in time')), LOAD_TIMEOUT_MS);
      customElements.whenDefined(TAG).then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return widgetLoad;
  }

  async function copy() {
    snippet.select();
    try {
      await navigator.clipboard.writeText(snippet.value);
      copyStatus.textContent = 'Koden er kopiert. Lim den inn i en HTML-blokk på nettsiden.';
    } catch {
      copyStatus.textContent = 'Kunne ikke kopiere automatisk. Koden er merket: trykk Ctrl+C (Cmd+C på Mac).';
    }
  }

  slugInput.addEventListener('input', update);
  form.addEventListener('change', update);
  accentInput.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', copy);
  update();
}

/** The exact snippet a webmaster pastes: the script tag, its <noscript> link, and the colour when one was chosen. */
function buildSnippet(src, apiUrl, options) {
  const attributes = [`src="${escapeAttribute(src)}"`, `data-association="${escapeAttribute(options.slug)}"`];
  if (options.lang) attributes.push(`data-lang="${escapeAttribute(options.lang)}"`);
  if (options.mode) attributes.push(`data-mode="${escapeAttribute(options.mode)}"`);
  if (options.quickExit) attributes.push('data-quick-exit');
  if (options.inheritFont) attributes.push('data-inherit-font');
  const lines = [
    `<script ${attributes.join(' ')} async></script>`,
    `<noscript><a href="${escapeAttribute(`${apiUrl}/skjema/${options.slug}`)}">Søk om å bli ressursvenn</a></noscript>`,
  ];
  if (options.accent !== DEFAULT_ACCENT) lines.unshift(`<style>ressursvenn-signup { --rv-color-accent: ${options.accent}; }</style>`);
  return lines.join('\n');
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function note(text) {
  const paragraph = document.createElement('p');
  paragraph.className = 'preview__fallback';
  paragraph.textContent = text;
  return paragraph;
}
