/**
 * Vite plugin: Lit's production files register their versions on `globalThis` (litHtmlVersions, reactiveElementVersions,
 * litElementVersions) and keep decorator metadata in a global WeakMap and a `Symbol.metadata` polyfill. An embedded
 * form must add nothing to the host page's globals, so the build removes the registrations and keeps the metadata map
 * in the module. The element uses no decorators, so that map stays empty. Fails the build if Lit's code changed shape.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  { file: /lit-html\/lit-html\.js$/, find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/, replace: 'void 0' },
  { file: /lit-element\/lit-element\.js$/, find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, replace: 'void 0' },
  { file: /reactive-element\/reactive-element\.js$/, find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, replace: 'void 0' },
  {
    file: /reactive-element\/reactive-element\.js$/,
    find: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap/,
    replace: 'void 0',
  },
  { file: /reactive-element\/reactive-element\.js$/, find: /this\[Symbol\.metadata\]/, replace: 'this[__rvMetadataKey]' },
  { file: /reactive-element\/reactive-element\.js$/, find: /litPropertyMetadata\.get\(/, replace: '__rvPropertyMetadata.get(' },
];

export function stripLitGlobals(): Plugin {
  return {
    name: 'ressursvenn-strip-lit-globals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/development\//.test(id.replace(/\\/g, '/'))) {
        this.error(`strip-lit-globals: Lit's development build was bundled (${id}); build with production conditions.`);
      }
      const rewrites = REWRITES.filter((rewrite) => rewrite.file.test(id.replace(/\\/g, '/')));
      if (rewrites.length === 0) return null;
      let out = code;
      for (const rewrite of rewrites) {
        if (!rewrite.find.test(out)) this.error(`strip-lit-globals: ${rewrite.find} not found in ${id}; Lit changed, update the plugin.`);
        out = out.replace(rewrite.find, rewrite.replace);
      }
      if (/reactive-element\.js$/.test(id)) out = `const __rvMetadataKey=Symbol();const __rvPropertyMetadata=new WeakMap;${out}`;
      return { code: out, map: null };
    },
  };
}
