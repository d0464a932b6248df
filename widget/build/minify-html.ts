/**
 * Vite plugin: collapses the indentation inside Lit's html`…` templates of the widget. Vite's minifier leaves
 * template strings alone. A run of whitespace that holds a line break becomes one space (or nothing, between two
 * tags), which renders the same: the templates have no <pre> and no whitespace-sensitive text.
 */
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The text of one template part, with line-broken whitespace collapsed. */
function minifyHtmlText(text: string): string {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && value && typeof value === 'object') walk(value, visit);
  }
}

export function minifyHtml(): Plugin {
  return {
    name: 'ressursvenn-minify-html',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/widget\/.*\.ts$/.test(id.replace(/\\/g, '/')) || !code.includes('html`')) return null;
      const edits: Array<{ start: number; end: number; text: string }> = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        if (tag.type !== 'Identifier' || tag.name !== 'html') return;
        for (const quasi of (node.quasi as { quasis: Node[] }).quasis) {
          const text = code.slice(quasi.start, quasi.end);
          const minified = minifyHtmlText(text);
          if (minified !== text) edits.push({ start: quasi.start, end: quasi.end, text: minified });
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}
