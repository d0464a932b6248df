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
  let imports = 0;
  const absolute = body.replace(/\bimport\((["'`])(\.\/[\w.-]+\.js)\1\)/g, (_all, _quote: string, specifier: string) => {
    imports++;
    return `import(__rvChunk(${JSON.stringify(specifier)}))`;
  });
  if (imports !== (body.match(/\bimport\(/g) ?? []).length) throw new Error(`widget build: ${fileName} has an import() of something other than a chunk name`);
  return {
    classic: `(function(){"use strict";var __rvScript=document.currentScript?.src,__rvChunk=(s)=>__rvScript?new URL(s,__rvScript).href:s;${absolute}\ndocument[${key}]??={${registry}}})();\n`,
    facade: `export const{${pairs.map(({ exported }) => exported).join(',')}}=document[${key}];\n`,
  };
}
