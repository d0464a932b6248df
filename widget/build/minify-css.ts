/**
 * Vite plugin: collapses the whitespace and comments inside Lit's css`…` templates of `*.styles.ts` files. Vite's
 * minifier leaves template strings alone, and the styles are a good part of the bytes a page pays for the form.
 */
import type { Plugin } from 'vite';

/** Whitespace and comments out; a single space is kept where CSS needs one (between selector parts, in values). */
function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
    .trim();
}

export function minifyCss(): Plugin {
  return {
    name: 'ressursvenn-minify-css',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_match, body: string) => `css\`${minifyCssText(body)}\``), map: null };
    },
  };
}
