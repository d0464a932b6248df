/** Vitest's global set-up: builds what the product serves once per run, before the end-to-end tests start it. */
import { buildDemoAssets } from '../../demo/build-assets.js';

export default async function setup(): Promise<void> {
  await buildDemoAssets();
}
