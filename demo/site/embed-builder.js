// Embed-code builder: keeps the snippet in step with the form, copies it, and mounts a live preview of the widget.
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 64;
const TAG = 'ressursvenn-signup';
const LOAD_TIMEOUT_MS = 8000;
const PREVIEW_DELAY_MS = 400;

const tool = document.querySelector('[data-widget-url]');
const form = document.getElementById('builder');
const slugInput = document.getElementById('slug');
const slugError = document.getElementById('slug-error');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const preview = document.getElementById('preview');
const previewStatus = document.getElementById('preview-status');

if (tool && form && slugInput && snippet && preview) {
  const widgetUrl = tool.getAttribute('data-widget-url');
  const apiUrl = tool.getAttribute('data-api-url');
  let previewTimer;
  let widgetLoad;

  const current = () => ({
    slug: slugInput.value.trim(),
    lang: form.querySelector('input[name="lang"]:checked')?.value ?? '',
  });

  const update = () => {
    const { slug, lang } = current();
    const valid = slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
    showSlugError(!valid);
    if (!valid) return;
    snippet.value = buildSnippet(widgetUrl, slug, lang);
    copyStatus.textContent = '';
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => mountPreview(slug, lang), PREVIEW_DELAY_MS);
  };

  function showSlugError(show) {
    slugError.hidden = !show;
    if (show) {
      slugInput.setAttribute('aria-invalid', 'true');
      slugInput.setAttribute('aria-describedby', 'slug-error slug-hint');
    } else {
      slugInput.removeAttribute('aria-invalid');
      slugInput.setAttribute('aria-describedby', 'slug-hint');
    }
  }

  async function mountPreview(slug, lang) {
    previewStatus.textContent = 'Laster skjemaet …';
    try {
      await loadWidget(widgetUrl);
    } catch {
      preview.replaceChildren(note(`Skjemaet kunne ikke lastes fra ${widgetUrl}. Kjører tjenesten?`));
      previewStatus.textContent = 'Skjemaet kunne ikke lastes.';
      return;
    }
    const element = document.createElement(TAG);
    element.setAttribute('association', slug);
    element.setAttribute('api', apiUrl);
    if (lang) element.setAttribute('lang', lang);
    preview.replaceChildren(element);
    previewStatus.textContent = `Forhåndsvisningen viser skjemaet for «${slug}».`;
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
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', copy);
  update();
}

/** The exact one-line snippet a webmaster pastes. */
function buildSnippet(src, slug, lang) {
  const langAttribute = lang ? ` data-lang="${escapeAttribute(lang)}"` : '';
  return `<script src="${escapeAttribute(src)}" data-association="${escapeAttribute(slug)}"${langAttribute} async></script>`;
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
