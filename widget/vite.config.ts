/**
 * Builds the embeddable widget into dist/widget/:
 * - `widget.js`, the classic script of the snippet: the loader, Lit, the element, the first step and its texts in
 *   Bokmål, Nynorsk and English, so that a page in any of them makes one request before the form is usable (a second
 *   round trip is 150 ms or more on a phone);
 * - ES-module chunks loaded only when needed: the later steps and their texts (`nb-later-[hash].js` …), the checks,
 *   the proof-of-work solver, isolated mode.
 *
 * How the chunks share widget.js's modules: the bundler first makes an ordinary ES-module build whose entry chunk
 * (`signup-[hash].js`) holds everything the entry imports statically and exports what the other chunks import from
 * it. The plugin below turns that chunk into widget.js, a function around the same code that registers those exports
 * on `document` under a symbol named after the chunk (first copy wins, as the element's definition does), and leaves
 * in its place a three-line module that re-exports them from there. The lazy chunks still `import … from
 * "./signup-[hash].js"` and so get the very objects widget.js made: one Lit, one copy of every module. The build
 * fails if the entry chunk is not of the shape this needs. Every chunk's `import()` goes through one small loader
 * (`chunkLoader` in build/classic-entry.ts) that asks the server again for a chunk whose load failed.
 *
 * `WIDGET_BUILD_SIZES=1 npm run build` lists every module's size per chunk, to see what the budget is spent on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import type { Language } from '../contract/limits.js';
import { byteBreakdown } from './build/byte-breakdown.js';
import { classicEntry, lazyChunk } from './build/classic-entry.js';
import { minifyCss } from './build/minify-css.js';
import { minifyHtml } from './build/minify-html.js';
import { stripLitGlobals } from './build/strip-lit-globals.js';
import { checkBudget, filesAfterWidget } from './build/until-interactive.js';

const widgetDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(widgetDir, '../dist/widget');

/**
 * What a page may pay until the form is interactive in each language (issue 17); the build fails over it.
 * `bench/widget.ts` measures it for real, as served.
 */
const GZIP_BUDGET_BYTES = 15 * 1024;

const coreEntry = resolve(widgetDir, 'embed.ts');

type ModuleInfoLookup = (id: string) => { importedIds: readonly string[] } | null;
let coreModules: Set<string> | undefined;

/**
 * Everything the entry imports statically goes into its one chunk (widget.js); the rest (the later steps' texts, the
 * flow after step 1, isolated mode, the proof-of-work solver) is left to the bundler, which splits it off by its
 * dynamic imports.
 */
function coreChunk(id: string, meta: { getModuleInfo: ModuleInfoLookup }): string | null {
  if (!coreModules) {
    coreModules = new Set();
    const queue = [coreEntry];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (coreModules.has(next)) continue;
      coreModules.add(next);
      queue.push(...(meta.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return coreModules.has(id) ? 'signup' : null;
}

const gzipSize = (file: string) => gzipSync(readFileSync(resolve(outDir, file)), { level: 9 }).length;

/** Makes widget.js from the entry chunk (see the top), and checks what a page loads until interactive in each language. */
function buildClassicEntry(): Plugin {
  /** Per language, the files a page fetches after widget.js until the form is interactive. */
  let after: Record<Language, string[]> = { nb: [], nn: [], en: [] };
  return {
    name: 'ressursvenn-classic-entry',
    apply: 'build',
    buildStart() {
      coreModules = undefined;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      if (process.env.WIDGET_BUILD_SIZES) {
        for (const chunk of chunks) {
          for (const [id, info] of Object.entries(chunk.modules)) {
            console.log(`${chunk.fileName}\t${info.renderedLength}\t${id.replace(/.*node_modules\//, '').replace(widgetDir, 'widget/')}`);
          }
        }
      }
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'signup');
      if (!entry) throw new Error('widget build: no entry chunk');
      if (entry.imports.length > 0) throw new Error(`widget build: the entry chunk imports ${entry.imports.join(', ')}; it must hold all it needs`);
      if (!entry.map) throw new Error('widget build: no source map for the entry chunk');
      const shorten = (source: string) => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '').replace(/^\/.*?\/(widget|contract)\//, '$1/');
      this.emitFile({ type: 'asset', fileName: 'breakdown.json', source: `${JSON.stringify(byteBreakdown(entry.code, entry.map, shorten), null, 1)}\n` });
      // The maps served only the table: none is published.
      for (const name of Object.keys(bundle)) if (name.endsWith('.map')) delete bundle[name];
      const { classic, facade } = classicEntry(entry.fileName, entry.code);
      entry.code = facade;
      // Every lazy load goes through one loader that fetches a failed chunk again when tried again (see chunkLoader).
      for (const chunk of chunks) if (chunk !== entry) chunk.code = lazyChunk(chunk.fileName, chunk.code);
      this.emitFile({ type: 'asset', fileName: 'widget.js', source: classic });
      // Until interactive in a language: widget.js, and that language's first-step texts if they were a chunk.
      const shape = ({ fileName, imports, facadeModuleId, modules }: (typeof chunks)[number]) => ({ fileName, imports, facadeModuleId, moduleIds: Object.keys(modules) });
      after = filesAfterWidget(shape(entry), chunks.map(shape));
    },
    closeBundle() {
      for (const line of checkBudget(after, gzipSize, GZIP_BUDGET_BYTES)) console.log(`dist/widget: ${line}`);
    },
  };
}

export default defineConfig({
  root: widgetDir,
  publicDir: false,
  logLevel: 'info',
  // Lit's production files whatever NODE_ENV says (its development build warns in the console and is twice the size).
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [stripLitGlobals(), minifyCss(), minifyHtml(), buildClassicEntry()],
  build: {
    outDir,
    emptyOutDir: true,
    // Vite does not minify every library format by default; the embed is for phones on slow connections.
    minify: 'oxc',
    // Made for the byte breakdown (breakdown.json), then dropped: see buildClassicEntry.
    sourcemap: 'hidden',
    target: 'es2022',
    // No <link rel="modulepreload"> in the host page's <head>: the widget adds nothing to the page.
    modulePreload: false,
    lib: {
      entry: { signup: coreEntry },
      formats: ['es'],
    },
    rolldownOptions: {
      // The entry chunk may export what the lazy chunks import from it too: no separate facade chunk to fetch.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: '[name]-[hash].js',
        minify: true,
        manualChunks: coreChunk,
        // Keep the licence notices of Lit and Valibot (their licences ask for it); drop every other comment.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
