// @ts-check
/**
 * Mutation testing of src/lib with StrykerJS (`npm run test:mutation`; not in
 * CI, it takes long). Scope a run to one module while working:
 * `npm run test:mutation -- --mutate src/lib/ids.ts`.
 * The clear-text report prints a score per module; reports/mutation/ has the
 * HTML report.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: ['src/lib/**/*.ts', '!src/lib/**/*.d.ts'],
  // Only what the unit tests read: not the build, not the browser tests.
  ignorePatterns: ['dist', 'test-results', 'reports', 'tests/e2e', 'tests/dist'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 80, low: 60, break: null },
  concurrency: 2,
  timeoutMS: 10_000,
  // The first run of the whole unit project is slow on two shared cores.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
