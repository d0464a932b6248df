/**
 * What `npm start` builds before it serves: the widget (dist/widget) and the workspace's passkey script. The
 * end-to-end tests build them once per run (tests/support/build-assets.global.ts) and start the product with
 * DEMO_ASSETS_BUILT=1, so that several products starting at once never rebuild dist/widget under one another.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildWebAuthnBrowserScript } from '../scripts/build-server.js';

export async function buildDemoAssets(): Promise<void> {
  await Promise.all([
    build({ configFile: fileURLToPath(new URL('../widget/vite.config.ts', import.meta.url)), logLevel: 'warn' }),
    // The passkey pages load it from the workspace's assets (intake-server/install-paths.ts).
    buildWebAuthnBrowserScript(),
  ]);
}
