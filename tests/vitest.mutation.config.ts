import { defineConfig } from 'vitest/config'
import path from 'node:path'
import viteConfig from '../vite.config'
import { KillFirstSequencer } from './support/kill-first-sequencer'

// Mutation testing reruns the tests once per mutant: only the unit tests of the mutated code (the content
// model and the reader settings) belong here, so each run takes seconds, not the whole suite's minutes.
// tests/setup.ts is kept: unhandled requests and console errors still fail a test.
export default defineConfig((env) => {
  const base = viteConfig(env)
  return {
    ...base,
    root: path.resolve(import.meta.dirname, '..'),
    test: {
      ...base.test,
      // Replaced, not merged: mergeConfig would add these to the whole suite's list.
      include: [
        'tests/unit/content/**/*.test.ts',
        'tests/unit/features/**/*.test.{ts,tsx}',
        // The reader's edge over the hostile corpus, and the fetch errors it classifies.
        'tests/unit/data/load-content.test.ts',
        'tests/unit/data/fetch-json.test.ts',
        // The published JSON Schema: the format's descriptions and rules as publishers read them.
        'tests/unit/build/content/publishing.test.ts',
      ],
      // Most of these need no DOM, and starting jsdom for every file would be most of each run's time; the
      // few that do say so (`// @vitest-environment jsdom`).
      environment: 'node',
      // The files that kill most mutants run first, so a killed static mutant stops early (see the sequencer).
      sequence: { sequencer: KillFirstSequencer },
    },
  }
})
