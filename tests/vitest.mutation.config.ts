import { defineConfig } from 'vitest/config'
import path from 'node:path'
import viteConfig from '../vite.config'

// Mutation testing reruns the tests once per mutant: only the unit tests of the mutated code (the content
// model and the reader settings) belong here, so each run takes seconds, not the whole suite's minutes.
export default defineConfig((env) => {
  const base = viteConfig(env)
  return {
    ...base,
    root: path.resolve(import.meta.dirname, '..'),
    test: {
      ...base.test,
      // Replaced, not merged: mergeConfig would add these to the whole suite's list.
      include: ['tests/unit/content/**/*.test.ts', 'tests/unit/features/**/*.test.ts'],
      // These tests need no DOM; starting jsdom for every file would be most of each run's time.
      environment: 'node',
      setupFiles: ['tests/setup-console.ts'],
    },
  }
})
