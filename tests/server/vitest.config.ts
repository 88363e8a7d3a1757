import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The on-demand server's tests (tests/server/): Node, not jsdom, and against the production build, so they
// run after `npm run build` (build/test/run-all.mjs does). One file at a time: some start Varnish or workerd,
// on fixed loopback ports.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
