import { defineConfig } from 'vitest/config';

// Node-side tests. Widget tests run in real Chromium through @web/test-runner (widget/web-test-runner.config.js).
// `npm run test:pg` runs the server suites again with TEST_DATABASE_URL set: then tests that only make sense on SQLite
// (*.sqlite.test.ts) stay out and their PostgreSQL counterparts (*.postgres.test.ts) come in, and the other way round.
const onPostgres = !!process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts', 'intake-server/**/*.test.ts', 'demo/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'widget/**', onPostgres ? '**/*.sqlite.test.ts' : '**/*.postgres.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds the widget once before any test file runs: the end-to-end tests serve it (see demo/build-assets.ts).
    globalSetup: ['tests/support/build-assets.global.ts'],
  },
});
