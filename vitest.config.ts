import { defineConfig } from 'vitest/config';

// Node-side tests. Widget tests run in real Chromium through @web/test-runner (widget/web-test-runner.config.js).
export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts', 'intake-server/**/*.test.ts', 'demo/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'widget/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
