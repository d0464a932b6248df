/**
 * Builds the embeddable widget into dist/widget/:
 * - `signup-[hash].js`, the element as an ES module, with one chunk per language (`nb-[hash].js` …), the proof-of-work
 *   solver and the isolated-mode frame code as chunks of their own, loaded only when needed;
 * - `widget.js`, the small classic script of the snippet, built afterwards with the chunks' names written into it.
 * `WIDGET_BUILD_SIZES=1 npm run build` lists every module's size per chunk, to see what the budget is spent on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defineConfig, type Plugin } from 'vite';
import type { Language } from '../contract/index.js';
import { minifyCss } from './build/minify-css.js';
import { minifyHtml } from './build/minify-html.js';
import { stripLitGlobals } from './build/strip-lit-globals.js';

const widgetDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(widgetDir, '../dist/widget');

/** What a page may pay until the form is interactive in one language (issue 4); `bench/widget.ts` measures it for real. */
const GZIP_BUDGET_BYTES = 18 * 1024;

/** What widget.js imports: each list's first file, and in parallel the files that one imports, to save round trips. */
interface Chunks {
  core: string[];
  messages: Record<Language, string[]>;
}

const coreEntry = resolve(widgetDir, 'signup-entry.ts');

type ModuleInfoLookup = (id: string) => { importedIds: readonly string[] } | null;
let coreModules: Set<string> | undefined;

/**
 * Everything the element's entry imports statically goes into its one chunk; the rest (languages, the flow after step
 * 1, isolated mode, the proof-of-work solver) is left to the bundler, which splits it off by its dynamic imports.
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

/** After the module build: builds widget.js with the chunk names, and reports what a page loads until interactive. */
function buildLoader(): Plugin {
  let chunks: Chunks | undefined;
  return {
    name: 'ressursvenn-build-loader',
    apply: 'build',
    buildStart() {
      coreModules = undefined;
    },
    generateBundle(_options, bundle) {
      const byName = new Map<string, { imports: string[] }>();
      let core: string | undefined;
      const messages: Partial<Record<Language, string>> = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        byName.set(item.fileName, item);
        if (process.env.WIDGET_BUILD_SIZES) {
          for (const [id, info] of Object.entries(item.modules)) {
            console.log(`${item.fileName}\t${info.renderedLength}\t${id.replace(/.*node_modules\//, '').replace(widgetDir, 'widget/')}`);
          }
        }
        if (item.isEntry && item.name === 'signup') core = item.fileName;
        const language = /\/messages\/(nb|nn|en)\.ts$/.exec(item.facadeModuleId ?? '')?.[1] as Language | undefined;
        if (language) messages[language] = item.fileName;
      }
      /** A chunk and everything it imports statically, depth first. */
      const closure = (file: string, seen = new Set<string>()): string[] => {
        if (seen.has(file)) return [];
        seen.add(file);
        return [file, ...(byName.get(file)?.imports ?? []).flatMap((next) => closure(next, seen))];
      };
      if (!core || !messages.nb || !messages.nn || !messages.en) throw new Error(`widget build: missing chunks (core ${core}, ${JSON.stringify(messages)})`);
      const coreFiles = closure(core);
      const own = (file: string) => [file, ...closure(file).slice(1).filter((f) => !coreFiles.includes(f))];
      chunks = { core: coreFiles, messages: { nb: own(messages.nb), nn: own(messages.nn), en: own(messages.en) } };
    },
    async closeBundle() {
      if (!chunks) return;
      await build({
        configFile: false,
        root: widgetDir,
        publicDir: false,
        logLevel: 'warn',
        define: { __RESSURSVENN_CHUNKS__: JSON.stringify(chunks) },
        build: {
          outDir,
          emptyOutDir: false,
          minify: 'oxc',
          sourcemap: false,
          target: 'es2022',
          lib: { entry: resolve(widgetDir, 'embed.ts'), formats: ['iife'], name: 'RessursvennSignupLoader', fileName: () => 'widget.js' },
          rolldownOptions: { output: { comments: { legal: false, annotation: false, jsdoc: false } } },
        },
      });
      const files = ['widget.js', ...chunks.core, ...chunks.messages.nb];
      const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
      const verdict = bytes <= GZIP_BUDGET_BYTES ? 'within' : 'OVER';
      console.log(
        `dist/widget: ${(bytes / 1024).toFixed(1)} KB gzip until interactive in Bokmål (${files.join(' + ')}), ${verdict} the ${GZIP_BUDGET_BYTES / 1024} KB budget`,
      );
    },
  };
}

export default defineConfig({
  root: widgetDir,
  publicDir: false,
  logLevel: 'info',
  // Lit's production files whatever NODE_ENV says (its development build warns in the console and is twice the size).
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [stripLitGlobals(), minifyCss(), minifyHtml(), buildLoader()],
  build: {
    outDir,
    emptyOutDir: true,
    // Vite does not minify every library format by default; the embed is for phones on slow connections.
    minify: 'oxc',
    sourcemap: false,
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
