/**
 * Turns the widget build's ES-module entry chunk into the classic widget.js and a module that re-exports its exports
 * (the whole arrangement is explained at the top of widget/vite.config.ts). Fails on a chunk of another shape.
 */

/** The entry chunk's closing `export{a as b,…};`, the only export statement a minified chunk has. */
const EXPORTS = /export\s*\{([^{}]*)\}\s*;?\s*$/;

/** Turns the entry chunk into the classic widget.js and a module that re-exports its exports (see the top). */
export function classicEntry(fileName: string, code: string): { classic: string; facade: string } {
  const found = EXPORTS.exec(code);
  if (!found) throw new Error(`widget build: ${fileName} does not end in one export statement`);
  const body = code.slice(0, found.index);
  if (/(^|[;}\s])(import\s*[{*"'`]|import\s+\w|export\s*[{*])/.test(body) || /\bimport\.meta\b/.test(body)) {
    throw new Error(`widget build: ${fileName} has a static import, a second export or import.meta, which a classic script cannot have`);
  }
  const pairs = found[1]!
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [local, as, exported] = item.split(/\s+/);
      if (!local || (as !== undefined && (as !== 'as' || !exported))) throw new Error(`widget build: cannot read the export "${item}"`);
      return { local, exported: exported ?? local };
    });
  const key = `Symbol.for(${JSON.stringify(`ressursvenn-signup:${fileName}`)})`;
  const registry = pairs.map(({ local, exported }) => `${JSON.stringify(exported)}:${local}`).join(',');
  // A classic script from another origin resolves import("./x.js") against about:blank, not its own URL: the chunks'
  // names are made absolute against the script's URL (as a module, currentScript is null and its own URL applies).
  const { code: absolute } = retryingImports(fileName, body);
  return {
    classic: `(function(){"use strict";var __rvScript=document.currentScript?.src,${chunkLoader('__rvScript')};${absolute}\ndocument[${key}]??={${registry}}})();\n`,
    facade: `export const{${pairs.map(({ exported }) => exported).join(',')}}=document[${key}];\n`,
  };
}

/** Where the tries of each chunk URL are counted, shared by widget.js and every chunk of every copy on the page. */
const TRIES_KEY = 'Symbol.for("ressursvenn-chunk-tries")';

/**
 * The one loader of every lazy chunk, `__rvLoad("./x.js")`, with `base` the expression of the URL the name is
 * relative to (none: left relative). Chromium keeps a failed module load in its module map and fails every later
 * import() of that URL at once, without asking the server (as the HTML standard says), so a chunk that could not be
 * fetched (a 503, a dropped connection) could never be tried again until a reload. After a failure the next try asks
 * for the same file with `?retry=1`, `?retry=2` …: a new entry in the module map, so a real request. The chunk's own
 * imports are relative names without the query and so still resolve to the modules the page already has (one Lit,
 * one definition of the element). Only a failure of the chunk's own file is mended this way: a shared chunk it
 * imports statically that failed stays failed until a reload.
 */
export function chunkLoader(base: string | null): string {
  const url = base ? `new URL(s,${base}).href` : 's';
  return `__rvLoad=(s)=>{var u=${base ? `${base}?${url}:s` : url},t=document[${TRIES_KEY}]??={},n=t[u]|0;return import(n?u+"?retry="+n:u).catch(e=>{t[u]=n+1;throw e})}`;
}

/** Turns every `import("./x.js")` of a chunk's code into `__rvLoad("./x.js")` (see {@link chunkLoader}); fails on an import() of anything else. */
export function retryingImports(fileName: string, code: string): { code: string; imports: number } {
  let imports = 0;
  const rewritten = code.replace(/\bimport\((["'`])(\.\/[\w.-]+\.js)\1\)/g, (_all, _quote: string, specifier: string) => {
    imports++;
    return `__rvLoad(${JSON.stringify(specifier)})`;
  });
  if (imports !== (code.match(/\bimport\(/g) ?? []).length) throw new Error(`widget build: ${fileName} has an import() of something other than a chunk name`);
  return { code: rewritten, imports };
}

/** A lazy ES-module chunk with its import()s made retrying, its loader first (relative to the chunk's own URL); unchanged without any. */
export function lazyChunk(fileName: string, code: string): string {
  const { code: rewritten, imports } = retryingImports(fileName, code);
  return imports === 0 ? code : `const ${chunkLoader('import.meta.url')};${rewritten}`;
}
