import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateCorpus } from './corpus'
import { OccupiedFolderError, prepareFolder, writeArticleFiles } from './write'
import { createProgress } from '../shared/progress'

// `tsx build/corpus/generate-corpus.ts --count 10000 --out <dir> [--seed 1] [--photos 40] [--force]`: a made-up
// archive for the scale benchmark. Photos are only named; the build draws placeholders for them.

const USAGE =
  'usage: tsx build/corpus/generate-corpus.ts --count <n> --out <dir> [--seed 1] [--photos 40] [--force]'

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback
  if (value === undefined || !/^\d+$/.test(value))
    throw new Error(`--${name} must be a whole number`)
  return Number(value)
}

function readArgs() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      photos: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  })
  if (values.out === undefined) throw new Error('--out is required')
  return {
    count: wholeNumber('count', values.count),
    seed: wholeNumber('seed', values.seed, 1),
    photos: wholeNumber('photos', values.photos, 40),
    out: path.resolve(values.out),
    force: values.force,
  }
}

let args: ReturnType<typeof readArgs>
try {
  args = readArgs()
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  process.exit(2)
}

const { count, seed, photos, out, force } = args
const startedAt = performance.now()
try {
  // Before generating: a refusal should take a moment, not the time to write ten thousand articles.
  await prepareFolder(out, force)
} catch (error) {
  if (!(error instanceof OccupiedFolderError)) throw error
  console.error(error.message)
  process.exit(1)
}
const files = generateCorpus({ count, seed, photos })
const progress = createProgress('corpus', files.length)
const bytes = await writeArticleFiles(out, files, () => {
  progress.tick()
})
progress.done()
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
console.log(
  `corpus: wrote ${count.toLocaleString('en')} articles (${(bytes / 1_000_000).toFixed(1)} MB) ` +
    `to ${out} in ${seconds} s (seed ${seed}, ${photos} photos)`,
)
