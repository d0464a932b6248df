/**
 * The set-up every end-to-end file shares: the product started as `npm start` starts it (in a temporary data folder)
 * and a headless Chromium, before the file's tests, and both stopped and the folder removed after them. A file's own
 * `beforeAll` registered after this call runs once both are up, and its `afterAll` before they stop.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { startProduct, type RunningProduct, type StartOptions } from './start-product.js';
import { createTempDir, type TempDir } from './temp-dir.js';

export interface ProductInChromium {
  readonly product: RunningProduct;
  readonly browser: Browser;
  /** The product's data folder (its SQLite file is `intake.sqlite` there). */
  readonly dir: TempDir;
}

export function useProductInChromium(prefix: string, env: Record<string, string> = {}, options: StartOptions = {}): ProductInChromium {
  const dir = createTempDir(prefix);
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    product = await startProduct(dir.path, env, options);
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    dir.remove();
  });
  return {
    get product() {
      if (!product) throw new Error('the product is not started yet (use it inside a test or a later beforeAll)');
      return product;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet (use it inside a test or a later beforeAll)');
      return browser;
    },
    dir,
  };
}
