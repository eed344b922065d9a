import { defineConfig } from 'vitest/config';

// The unit project alone, for Stryker (stryker.config.mjs): its Vitest runner
// takes one config and no project filter. Mirrors the `unit` project of
// vitest.config.ts, less the tests that only spawn processes.
export default defineConfig({
  test: {
    // MUTATION_TESTS narrows the run to some files while working on one module,
    // e.g. MUTATION_TESTS=tests/unit/numerals.test.ts.
    include: process.env.MUTATION_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'],
    // Its CLI tests run the importer in child processes, which Stryker cannot see into.
    exclude: ['tests/unit/import-cli.test.ts'],
    update: 'none',
    testTimeout: 60_000,
  },
});
