/**
 * Builds the intake server for production into dist/server/ (run by `npm run build`, after the widget):
 * - `main.js` (the server), `admin.js` (the admin tool) and `store.worker.js` (the SQLite writer thread), bundled by
 *   esbuild with the pure-JavaScript packages they use (Hono, Kysely, Valibot, altcha-lib) and shared chunks beside
 *   them. Left outside the bundle, and so the release's only runtime dependencies: better-sqlite3 (native), pg (only
 *   with DATABASE_URL), nodemailer and @simplewebauthn/server (loaded when first needed, not at start).
 * - `assets/`: the workspace's stylesheets and scripts, and the WebAuthn browser library bundled from the exported
 *   entry of @simplewebauthn/browser (global `SimpleWebAuthnBrowser`).
 * - `sample/`: the hand-written sample register loaded into an empty database.
 * One bundle instead of ~200 modules is what brings the cold start under 250 ms (`npm run bench` measures it).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/server`;

/** Packages the release installs (package.json `dependencies`); everything else the server imports is bundled. */
const RUNTIME_PACKAGES = ['better-sqlite3', 'pg', 'nodemailer', '@simplewebauthn/server'];

/** The WebAuthn browser library as one classic script, into `dir` (the demo calls this too, for `npm start`). */
export async function buildWebAuthnBrowserScript(dir = `${out}/assets`): Promise<void> {
  await build({
    entryPoints: { 'simplewebauthn-browser': '@simplewebauthn/browser' },
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    globalName: 'SimpleWebAuthnBrowser',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'inline',
    outdir: dir,
    logLevel: 'warning',
  });
}

async function buildServer(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      main: 'intake-server/main.ts',
      admin: 'intake-server/admin/main.ts',
      'store.worker': 'intake-server/applications/store.worker.ts',
    },
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outdir: out,
    // Flat, beside the entries: install-paths.ts finds the server's files relative to whichever file it ends up in.
    chunkNames: 'chunk-[hash]',
    external: RUNTIME_PACKAGES,
    tsconfig: 'tsconfig.json',
    // Smaller to parse at start; names are kept, so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    // A CommonJS module inside the bundle may call require() for a Node built-in.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  mkdirSync(`${out}/assets`, { recursive: true });
  cpSync(`${root}intake-server/workspace/assets`, `${out}/assets`, { recursive: true });
  await buildWebAuthnBrowserScript();
  mkdirSync(`${out}/sample`, { recursive: true });
  for (const file of ['postnummer-sample.tsv', 'kommuner-sample.csv']) cpSync(`${root}intake-server/seed/${file}`, `${out}/sample/${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildServer();
  process.stdout.write(`dist/server: built in ${Math.round(performance.now() - started)} ms\n`);
}
