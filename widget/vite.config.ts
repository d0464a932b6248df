/** Builds the embeddable widget: dist/widget/widget.js, one minified IIFE for a classic `<script async>` (or a module). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const widgetDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(widgetDir, '../dist/widget');

/** What a webmaster's page pays for the widget; the benchmark enforces a budget, the build just reports it. */
const GZIP_TARGET_BYTES = 25 * 1024;

function reportGzipSize(): Plugin {
  return {
    name: 'ressursvenn-report-gzip-size',
    apply: 'build',
    closeBundle() {
      const bytes = gzipSync(readFileSync(resolve(outDir, 'widget.js')), { level: 9 }).length;
      const kb = (bytes / 1024).toFixed(1);
      const verdict = bytes <= GZIP_TARGET_BYTES ? 'within' : 'OVER';
      console.log(`dist/widget/widget.js: ${kb} KB gzip (${bytes} bytes), ${verdict} the ${GZIP_TARGET_BYTES / 1024} KB target`);
    },
  };
}

export default defineConfig({
  root: widgetDir,
  publicDir: false,
  logLevel: 'info',
  plugins: [reportGzipSize()],
  build: {
    outDir,
    emptyOutDir: true,
    // Vite does not minify every library format by default; the embed is for phones on slow connections.
    minify: 'oxc',
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: resolve(widgetDir, 'embed.ts'),
      formats: ['iife'],
      name: 'RessursvennSignupWidget',
      fileName: () => 'widget.js',
    },
    rolldownOptions: {
      output: {
        // Keep the licence notices of Lit and Valibot (their licences ask for it); drop every other comment.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
