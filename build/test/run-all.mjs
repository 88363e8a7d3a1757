// `npm test`: every layer, in order of trust: types, lint, formatting and unused code, unit and integration
// (Vitest, jsdom), then the production build and real-browser tests (Playwright on Chromium). Ends with one
// line, `N passed, N failed`, summed from the runners' JSON reports, for CI to read.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const reports = 'reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

let passed = 0
let failed = 0

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  return result.status === 0
}

/** A check without its own test count (types, lint, build) counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1
  else {
    failed += 1
    console.log(`✗ ${label} failed`)
  }
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

// `tsc -b` checks every program in tsconfig.json's references, each with its own platform's types.
check('types', 'npx', ['tsc', '-b'])
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
check('format', 'npx', ['prettier', '--check', '.'])
// Unused files, exports and dependencies (knip.json).
check('unused code', 'npx', ['knip'])

const vitestOk = run('unit and integration tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${reports}/vitest.json`,
])
const vitest = readJson(`${reports}/vitest.json`)
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  if (!vitestOk && vitest.numFailedTests === 0) failed += 1
} else failed += 1

const built = run('production build', 'npm', ['run', 'build'])
if (built) {
  passed += 1
  check('byte budgets', 'npx', ['tsx', 'build/bench/check-budgets.ts'])
  // The on-demand server against this build: Node, workerd (miniflare) and a real Varnish.
  const serverOk = run('on-demand server tests', 'npx', [
    'vitest',
    'run',
    '-c',
    'tests/server/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${reports}/vitest-server.json`,
  ])
  const server = readJson(`${reports}/vitest-server.json`)
  if (server) {
    passed += server.numPassedTests
    failed += server.numFailedTests
    if (!serverOk && server.numFailedTests === 0) failed += 1
  } else failed += 1
  run('browser tests', 'npx', ['playwright', 'test'])
  const playwright = readJson(`${reports}/playwright.json`)
  if (playwright) {
    passed += playwright.stats.expected
    failed += playwright.stats.unexpected + playwright.stats.flaky
  } else failed += 1
} else {
  failed += 1
  console.log('✗ build failed: browser tests not run')
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
