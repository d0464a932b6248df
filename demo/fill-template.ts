/** Fills `{{NAME}}` placeholders in the demo's HTML files with values escaped for attributes and text alike. */

const SECTION = /\{\{#([A-Z_]+)\}\}([\s\S]*?)\{\{\/\1\}\}/g;
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/**
 * Replaces every `{{NAME}}` in `template` with `values.NAME`, HTML-escaped so it is safe inside a quoted attribute
 * or as text. A section `{{#NAME}}…{{/NAME}}` is kept only when `values.NAME` is not empty, for links to optional
 * services. Throws when the template uses a name that has no value, so a typo fails at start, not in a browser.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const valueOf = (name: string): string => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the placeholder {{${name}}}`);
    return value;
  };
  return template
    .replace(SECTION, (_match, name: string, inner: string) => (valueOf(name) === '' ? '' : inner))
    .replace(PLACEHOLDER, (_match, name: string) => escapeHtml(valueOf(name)));
}

/** Escapes the five characters that matter in HTML text and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
