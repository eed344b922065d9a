import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure logic, transforms, importer; no build needed),
// `dist` (checks over the built dist/) and `e2e` (real Chromium through
// playwright-core against the built dist/). `npm test` runs them in that order
// with the build between unit and dist.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
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
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
