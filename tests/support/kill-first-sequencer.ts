import { relative } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

// The mutation run stops a mutant's test run at its first failure (bail). A static mutant (one in a schema
// built as its module loads) has no covering test of its own, so it runs every related file; starting with the
// files that exercise the whole format means a killed one usually stops within seconds instead of after all
// forty files. Only the order changes: every file still runs for a mutant that survives.
const FIRST = [
  'tests/unit/content/format.test.ts',
  'tests/unit/content/blocks.test.ts',
  'tests/unit/data/load-content.test.ts',
  'tests/unit/content/view-model.test.ts',
  'tests/unit/content/embeds.test.ts',
  'tests/unit/build/content/publishing.test.ts',
  'tests/unit/content/modules-load.test.ts',
]

function rank(root: string, spec: TestSpecification): number {
  const index = FIRST.indexOf(relative(root, spec.moduleId))
  return index === -1 ? FIRST.length : index
}

export class KillFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const root = this.ctx.config.root
    return sorted
      .map((spec, position) => ({ spec, position, rank: rank(root, spec) }))
      .sort((a, b) => a.rank - b.rank || a.position - b.position)
      .map(({ spec }) => spec)
  }
}
