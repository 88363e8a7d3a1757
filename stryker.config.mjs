// @ts-check
// Mutation testing (`npm run test:mutation`, not in CI): how many deliberate bugs in the content model and the
// reader settings the unit tests catch. See docs/mutation-testing.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const incrementalFile = 'reports/stryker-incremental.json'

/**
 * Incremental mode reuses a mutant's result while its code and its covering tests are unchanged. A static
 * mutant (in code that runs once, as its module loads: the schema in format.ts is built that way) has no
 * covering test in per-test coverage, so no test can ever count as "added" for it: once it had survived,
 * Stryker never ran it again, however many tests were added that kill it. The last score's 74 static
 * survivors in format.ts were such results, kept from before their tests existed. Forgetting the static
 * mutants that were not killed makes every run test them again; a killed one is reused only while the test
 * that killed it still exists (Stryker's own rule).
 */
function forgetStaticSurvivors(file) {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8'))
  for (const result of Object.values(report.files)) {
    result.mutants = result.mutants.filter(
      (mutant) =>
        mutant.static !== true || mutant.status === 'Killed' || mutant.status === 'Timeout',
    )
  }
  writeFileSync(file, JSON.stringify(report))
}
forgetStaticSurvivors(incrementalFile)

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/content/**/*.ts', 'src/features/reader-settings/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants are tested, never ignored: each runs every test (see forgetStaticSurvivors).
  ignoreStatic: false,
  // The machine is shared: two test processes at most.
  concurrency: 2,
  // Reruns only mutants whose code or covering tests changed since the last run, and every static mutant that
  // was not killed.
  incremental: true,
  incrementalFile,
  tempDirName: '.stryker-tmp',
  // Build output and other reports are no part of what the tests read.
  ignorePatterns: ['/dist', '/dist-worker', '/test-results', '/playwright-report', '/reports'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  // On two cores shared by eight, a starved test run can take many times its usual time: a short limit would
  // count it as a timeout (detected) and restart the worker, which costs more than the wait.
  timeoutMS: 30_000,
}
