import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure logic, transforms, importer; no build needed),
// `dist` (checks over the built dist/) and `e2e` (real Chromium through
// playwright-core against the built dist/). `npm test` runs them in that order
// with the build between unit and dist.
export default defineConfig({
  test: {
    // A test run never writes a golden or snapshot, in CI or not, and
    // UPDATE_SNAPSHOT is ignored: a missing one fails. `npm run test:update`
    // (vitest --update) is the one way to write them, to be reviewed as a diff.
    update: 'none',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
          // Pure logic without shared state: worker threads that keep the
          // module cache from file to file (the same transforms, zod schemas
          // and YAML parser load once per worker, not once per file).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Fixture builds share Astro's content cache (node_modules/.astro): one at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One Chromium and one server of the built site for every file.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
