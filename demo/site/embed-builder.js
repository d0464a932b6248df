// Embed-code builder: offers the associations by name, turns what is typed into a slug or refuses it, keeps the
// snippet in step with the form, checks the colour, copies the snippet, and mounts a live preview of the widget.
// While the association is not known, there is no code to copy and no preview: never the previous association's.
// The server's own rule for slugs (intake-server/associations/association-fields.schema.ts).
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
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
const associationList = document.getElementById('association-list');
const accentInput = document.getElementById('accent');
const accentWarning = document.getElementById('accent-warning');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const hosted = document.getElementById('hosted');
const hostedLink = document.getElementById('hosted-link');
const cspLines = document.getElementById('csp-lines');
const preview = document.getElementById('preview');
const previewStatus = document.getElementById('preview-status');

if (tool && form && slugInput && snippet && preview) {
  const widgetUrl = tool.getAttribute('data-widget-url');
  const apiUrl = tool.getAttribute('data-api-url');
  const widgetOrigin = tool.getAttribute('data-widget-origin');
  const apiOrigin = tool.getAttribute('data-api-origin');
  const directory = associationDirectory(readAssociations(tool.getAttribute('data-associations')));
  /** What the server said of slugs that are not in the list: their association's name, or null when it has none. */
  const checked = new Map();
  let previewTimer;
  let lookupTimer;
  let widgetLoad;
  let shownSlug = '';
  /** Counts changes to the choice, so a preview that finishes loading after a later change is not shown. */
  let generation = 0;

  for (const label of directory.labels.values()) {
    const option = document.createElement('option');
    option.value = label;
    associationList?.append(option);
  }

  const current = () => {
    const data = new FormData(form);
    return {
      lang: String(data.get('lang') ?? ''),
      mode: String(data.get('mode') ?? ''),
      // A colour too light for the buttons' white text is not written into the code (WCAG 1.4.3): the default stays.
      accent: readableAccent(accentInput.value.toLowerCase()),
      inheritFont: data.has('inheritFont'),
      quickExit: data.has('quickExit'),
    };
  };

  /**
   * The association the field names: by its name in the list, or by a slug the list or the server knows. Otherwise
   * why there is no code: `error` when the field is wrong, `status` while it may still become right.
   */
  const choice = () => {
    const text = slugInput.value.trim();
    if (text === '') return { state: 'invalid', error: 'Skriv navnet eller kortnavnet til foreningen.' };
    const named = directory.byText.get(textKey(text));
    if (named) return { state: 'found', ...named };
    const slug = normaliseSlug(text);
    const wellFormed = slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
    const name = wellFormed ? (directory.bySlug.get(slug) ?? checked.get(slug)) : undefined;
    if (name) return { state: 'found', slug, name };
    // Part of a name: she is still typing or choosing in the list.
    const matches = [...directory.labels.values()].filter((label) => textKey(label).includes(textKey(text)));
    if (matches.length === 1) return { state: 'partial', status: `Én forening passer: ${matches[0]}. Velg den i lista, eller skriv hele navnet.` };
    if (matches.length > 1) return { state: 'partial', status: `${matches.length} foreninger passer. Velg en i lista, eller skriv hele navnet.` };
    if (!wellFormed) {
      return {
        state: 'invalid',
        error: 'Fant ingen forening med dette navnet. Et kortnavn kan bare ha bokstaver (a–z), tall og bindestrek, og høyst 64 tegn.',
      };
    }
    if (name === null) {
      return { state: 'invalid', slug, error: `Fant ingen aktiv forening med kortnavnet «${slug}». Velg foreningen i lista, eller sjekk kortnavnet med nasjonal kontaktperson.` };
    }
    return { state: 'checking', slug, status: 'Ser etter foreningen …' };
  };

  const update = () => {
    const options = current();
    const chosen = choice();
    accentWarning.hidden = contrastWithWhite(accentInput.value) >= 4.5;
    cspLines.textContent = [`script-src ${widgetOrigin}`, `connect-src ${apiOrigin}`, ...(options.mode ? [`frame-src ${apiOrigin}`] : [])].join('\n');
    copyStatus.textContent = '';
    clearTimeout(lookupTimer);
    if (chosen.state !== 'found') {
      showNoCode();
      showSlugMessage(chosen.error ?? '', chosen.status ?? '');
      if (chosen.state === 'checking') lookupTimer = setTimeout(() => lookUp(chosen.slug), PREVIEW_DELAY_MS);
      return;
    }
    showSlugMessage('', `Skjemaet hører til ${chosen.name}. Kortnavnet i koden er «${chosen.slug}».`);
    const { slug } = chosen;
    snippet.value = buildSnippet(widgetUrl, apiUrl, { ...options, slug });
    copyButton.disabled = false;
    const hostedUrl = `${apiUrl}/skjema/${slug}`;
    hostedLink.href = hostedUrl;
    hostedLink.textContent = hostedUrl;
    if (hosted) hosted.hidden = false;
    clearTimeout(previewTimer);
    const mine = ++generation;
    if (slug !== shownSlug) preview.replaceChildren(note('Laster skjemaet …'));
    previewTimer = setTimeout(() => mountPreview({ ...options, slug }, mine), PREVIEW_DELAY_MS);
  };

  /** Empties everything that names an association, so nothing from an earlier choice can be copied or previewed. */
  function showNoCode() {
    snippet.value = '';
    copyButton.disabled = true;
    if (hosted) hosted.hidden = true;
    clearTimeout(previewTimer);
    generation++;
    shownSlug = '';
    preview.replaceChildren(note('Velg en forening, så vises skjemaet her.'));
    previewStatus.textContent = '';
  }

  function showSlugMessage(error, status) {
    slugError.textContent = error;
    slugFound.textContent = status;
    if (error) slugInput.setAttribute('aria-invalid', 'true');
    else slugInput.removeAttribute('aria-invalid');
  }

  /** Asks the server whether a slug that is not in the list belongs to an active association. */
  async function lookUp(slug) {
    try {
      const response = await fetch(`${apiUrl}/api/v1/associations/${encodeURIComponent(slug)}`);
      if (response.ok) checked.set(slug, (await response.json()).name);
      else if (response.status === 404) checked.set(slug, null);
      else throw new Error(`status ${response.status}`);
    } catch {
      if (choice().slug === slug) showSlugMessage('Fikk ikke sjekket kortnavnet nå. Prøv igjen om litt.', '');
      return;
    }
    if (choice().slug === slug) update();
  }

  /** Shows a slug typed another way (capitals, spaces, æøå) as the slug the code uses, once the field is left. */
  function tidySlug() {
    const chosen = choice();
    if (chosen.state === 'found' && !directory.byText.has(textKey(slugInput.value.trim()))) slugInput.value = chosen.slug;
  }

  async function mountPreview(options, mine) {
    previewStatus.textContent = 'Laster skjemaet …';
    try {
      await loadWidget(widgetUrl);
    } catch {
      if (mine !== generation) return;
      preview.replaceChildren(note(`Skjemaet kunne ikke lastes fra ${widgetUrl}. Kjører tjenesten?`));
      previewStatus.textContent = 'Skjemaet kunne ikke lastes.';
      return;
    }
    if (mine !== generation) return;
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
    shownSlug = options.slug;
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
    if (snippet.value === '') return;
    snippet.select();
    try {
      await navigator.clipboard.writeText(snippet.value);
      copyStatus.textContent = 'Koden er kopiert. Lim den inn i en HTML-blokk på nettsiden.';
    } catch {
      copyStatus.textContent = 'Kunne ikke kopiere automatisk. Koden er merket: trykk Ctrl+C (Cmd+C på Mac).';
    }
  }

  slugInput.addEventListener('input', update);
  slugInput.addEventListener('change', tidySlug);
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

/** The list the page was given: `[{ slug, name }]` of the active associations; empty when there is none. */
function readAssociations(json) {
  try {
    const list = JSON.parse(json || '[]');
    return Array.isArray(list) ? list.filter((a) => typeof a?.slug === 'string' && typeof a?.name === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Looks associations up by what a webmaster may type: the name as the list shows it (case and spacing aside), or the
 * slug. Two associations with the same name are listed as «name (slug)», so each choice names one association.
 */
function associationDirectory(list) {
  const counts = new Map();
  for (const a of list) counts.set(textKey(a.name), (counts.get(textKey(a.name)) ?? 0) + 1);
  const byText = new Map();
  const labels = new Map();
  const bySlug = new Map();
  for (const a of [...list].sort((x, y) => x.name.localeCompare(y.name, 'nb'))) {
    const label = counts.get(textKey(a.name)) > 1 ? `${a.name} (${a.slug})` : a.name;
    byText.set(textKey(label), { slug: a.slug, name: a.name });
    labels.set(textKey(label), label);
    bySlug.set(a.slug, a.name);
  }
  return { byText, labels, bySlug };
}

function textKey(text) {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/**
 * A slug as the server's slugs are formed: lower case, æ as ae, ø and å as o and a (Bærum is baerum, Tromsø
 * tromso), other accents dropped, spaces and underscores as hyphens.
 */
function normaliseSlug(text) {
  return text
    .trim()
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]+/g, '-');
}

/** The chosen colour when white text on it is readable (contrast of at least 4.5:1), otherwise the default. */
function readableAccent(hex) {
  return contrastWithWhite(hex) >= 4.5 ? hex : DEFAULT_ACCENT;
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
