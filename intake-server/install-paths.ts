/**
 * Where the server finds its own files. Run from the TypeScript sources (tsx: `npm start`, the tests), they sit in
 * this folder's subfolders; run as the release (`dist/server/`, built by `scripts/build-server.ts` into one folder),
 * beside the bundle. This module is the only one that knows the difference, so no other path depends on where a
 * module ended up in the bundle.
 */
const fromSource = import.meta.url.endsWith('.ts');

/** Folders whose .css, .js and .svg files the workspace serves under `/koordinator/assets/`, in order of precedence. */
export const WORKSPACE_ASSET_DIRS: readonly URL[] = fromSource
  ? // The WebAuthn browser library is bundled by `npm run build` (it is not a source file).
    [new URL('./workspace/assets/', import.meta.url), new URL('../dist/server/assets/', import.meta.url)]
  : [new URL('./assets/', import.meta.url)];

/** The hand-written sample register (`postnummer-sample.tsv`, `kommuner-sample.csv`). */
export const SAMPLE_DIR_URL = new URL(fromSource ? './seed/' : './sample/', import.meta.url);

/** The SQLite writer thread's entry module, and whether it must register tsx first (sources only). */
export const STORE_WORKER = { url: new URL(fromSource ? './applications/store.worker.ts' : './store.worker.js', import.meta.url), fromSource };
