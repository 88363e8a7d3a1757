import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { withArchiveSection } from './archive-section'
import { generateCorpus } from '../corpus/corpus'
import { strictArticleSchema } from '../../src/content/format'
import { root } from '../shared/paths'
import { ARTICLES_FOLDER } from '../../src/content/content-files'
import { createWorkspace } from '../shared/workspace'
import type { Workspace } from '../shared/workspace'

// `npm run bench:archive`: the build at the size of a real publication. In a scratch copy of the project it
// generates 10,000 articles (build/corpus/generate-corpus.ts), builds cold, changes one article and builds again,
// timing each step, and measures the front page's index files. Writes its section of docs/performance.md.
// Options: --count N (default 10000), --dir D (default: the system's temp folder), --keep (leave the scratch
// project, about 1.4 GB at 10,000 articles, for a look inside).

const args = process.argv.slice(2)
const option = (name: string) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const COUNT = Number(option('--count') ?? 10_000)
const dir = option('--dir') ?? path.join(os.tmpdir(), 'broadsheet-archive-bench')

// A production build's settings: the build warns without a public address.
const SITE = { VITE_SITE_URL: 'https://news.example' }

interface Step {
  name: string
  command: [string, string[]]
  /** The step's own summary lines, kept as evidence of what it redid. */
  summary: RegExp
}

const STEPS: Step[] = [
  {
    name: '`npm run content`',
    command: ['npx', ['tsx', 'build/content/content.ts']],
    summary: /^(content:| {2})/,
  },
  { name: 'client build (`vite build`)', command: ['npx', ['vite', 'build']], summary: /^✓ built/ },
  {
    name: 'server build (`vite build --ssr`)',
    command: [
      'npx',
      ['vite', 'build', '--ssr', 'src/server/entry-server.tsx', '--outDir', 'dist-ssr'],
    ],
    summary: /^✓ built/,
  },
  {
    name: 'prerender',
    command: ['npx', ['tsx', 'build/prerender/prerender.ts']],
    summary: /^prerender:/,
  },
]

interface Timed {
  name: string
  ms: number
  summary: string[]
}

async function build(workspace: Workspace, label: string): Promise<Timed[]> {
  const timed: Timed[] = []
  for (const step of STEPS) {
    process.stdout.write(`${label}: ${step.name}… `)
    const [command, commandArgs] = step.command
    const { ms, output } = await workspace.run(command, commandArgs, SITE)
    const summary = output.split('\n').filter((line) => step.summary.test(line))
    console.log(`${(ms / 1000).toFixed(1)} s`)
    timed.push({ name: step.name, ms, summary })
  }
  return timed
}

async function indexSizes(contentDir: string) {
  const files = [
    'index.json',
    ...(await readdir(path.join(contentDir, 'pages'))).map((name) => `pages/${name}`),
  ]
  const sizes = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(path.join(contentDir, file))
      return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength }
    }),
  )
  const sorted = (key: 'raw' | 'gzip') => sizes.map((size) => size[key]).sort((a, b) => a - b)
  const median = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0
  return {
    pages: files.length,
    first: sizes[0] ?? { raw: 0, gzip: 0 },
    median: { raw: median(sorted('raw')), gzip: median(sorted('gzip')) },
    largest: { raw: sorted('raw').at(-1) ?? 0, gzip: sorted('gzip').at(-1) ?? 0 },
  }
}

const PUBLISH_RUNS = 3

interface PublishRun {
  kind: 'new' | 'correction'
  processMs: number
  ms: number
  cpuMs: number
}

/** `npm run publish` in the built workspace, as a newsroom runs it: corrections deep in the archive, then new stories. */
async function timePublishes(
  space: Workspace,
  files: readonly { slug: string; json: string }[],
): Promise<PublishRun[]> {
  const desk = path.join(space.dir, 'desk')
  await mkdir(desk, { recursive: true })
  const runs: PublishRun[] = []
  const stories = [
    ...Array.from({ length: PUBLISH_RUNS }, (_, run) => {
      const story = files[Math.floor((files.length * (run + 1)) / (PUBLISH_RUNS + 2))]
      if (!story) throw new Error('The corpus is empty.')
      const json = strictArticleSchema.parse(JSON.parse(story.json))
      return { ...json, headline: `${json.headline} (corrected again)` }
    }),
    ...Array.from({ length: PUBLISH_RUNS }, (_, run) => {
      const json = strictArticleSchema.parse(JSON.parse(files[0]?.json ?? '{}'))
      const fresh = {
        ...json,
        slug: `late-news-${run}`,
        headline: `Late news, part ${run + 1}`,
        publishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      }
      delete (fresh as { updatedAt?: string }).updatedAt
      delete (fresh as { related?: unknown }).related
      return fresh
    }),
  ]
  for (const story of stories) {
    const file = path.join(desk, `${story.slug}.json`)
    await writeFile(file, `${JSON.stringify(story, null, 2)}\n`)
    process.stdout.write(`publish ${story.slug}… `)
    const { ms: processMs } = await space.run(
      'npx',
      ['tsx', 'build/publish/publish.ts', file],
      SITE,
    )
    const manifest = JSON.parse(
      await readFile(path.join(space.dir, 'dist-ssr/publish-manifest.json'), 'utf8'),
    ) as { publishes: { kind: 'new' | 'correction'; ms: number; cpuMs?: number }[] }
    const last = manifest.publishes[0]
    if (!last) throw new Error('npm run publish recorded nothing')
    console.log(`${(processMs / 1000).toFixed(1)} s`)
    runs.push({ kind: last.kind, processMs, ms: last.ms, cpuMs: last.cpuMs ?? 0 })
  }
  return runs
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const total = (steps: Timed[]) => steps.reduce((sum, step) => sum + step.ms, 0)

console.log(`Scratch project in ${dir}`)
const workspace = await createWorkspace(dir)
const articlesDir = path.join(workspace.dir, 'public/content', ARTICLES_FOLDER)
const corpus = generateCorpus({ count: COUNT, seed: 1, photos: 40 })
await mkdir(articlesDir, { recursive: true })
let corpusBytes = 0
for (const file of corpus) {
  corpusBytes += Buffer.byteLength(file.json)
  await writeFile(path.join(articlesDir, `${file.slug}.json`), file.json)
}
const articleCount = (await readdir(articlesDir)).length
console.log(`${articleCount} articles (${(corpusBytes / 1e6).toFixed(1)} MB generated)`)

const cold = await build(workspace, 'cold')
// One story in the middle of the archive gets a new headline, as an editor's correction would.
const changed = corpus[Math.floor(corpus.length / 2)]
if (!changed) throw new Error('The corpus is empty.')
const changedFile = path.join(articlesDir, `${changed.slug}.json`)
const article = strictArticleSchema.parse(JSON.parse(await readFile(changedFile, 'utf8')))
await writeFile(
  changedFile,
  `${JSON.stringify({ ...article, headline: `${article.headline} (corrected)` }, null, 2)}\n`,
)
const warm = await build(workspace, 'one change')
// A new story, newer than all the others: it lands on the front page and shifts every older page by one.
const breaking = {
  ...article,
  slug: 'breaking-a-new-story-tops-the-front-page',
  headline: 'Breaking: A New Story Tops the Front Page',
  publishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
}
delete (breaking as { updatedAt?: string }).updatedAt
await writeFile(
  path.join(articlesDir, `${breaking.slug}.json`),
  `${JSON.stringify(breaking, null, 2)}\n`,
)
const published = await build(workspace, 'one new article')
const publishing = await timePublishes(workspace, corpus)
const index = await indexSizes(path.join(workspace.dir, 'dist/content'))
const middle = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const publishRows = (['correction', 'new'] as const).map((kind) => {
  const runs = publishing.filter((run) => run.kind === kind)
  return `| ${kind === 'new' ? 'a new story' : 'a correction'} | ${seconds(middle(runs.map((run) => run.processMs)))} | ${middle(runs.map((run) => run.ms)).toFixed(0)} ms | ${middle(runs.map((run) => run.cpuMs)).toFixed(0)} ms | ${runs.map((run) => `${run.ms} / ${run.cpuMs}`).join(', ')} |`
})
const htmlFiles = (await readdir(path.join(workspace.dir, 'dist/articles'))).length

const cpus = os.cpus()
const machine = `${String(cpus.length)} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`
const body = `## Archive scale: ${articleCount.toLocaleString('en')} articles

Measured by \`npm run bench:archive\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}. A scratch copy of the
project gets ${COUNT.toLocaleString('en')} generated articles (\`build/corpus/generate-corpus.ts\`, seed 1: ${(corpusBytes / 1e6).toFixed(0)} MB of JSON,
6–25 blocks each, photos from a pool of 40) beside the samples, builds from nothing, then builds again after
one article's headline changed (an editor's correction), then again after a new article was published.
Wall times of each step of \`npm run build\`:

| step | cold | after one change | after one new article |
| --- | --- | --- | --- |
${STEPS.map((step, index) => `| ${step.name} | ${seconds(cold[index]?.ms ?? 0)} | ${seconds(warm[index]?.ms ?? 0)} | ${seconds(published[index]?.ms ?? 0)} |`).join('\n')}
| **whole build** | **${seconds(total(cold))}** | **${seconds(total(warm))}** | **${seconds(total(published))}** |

What the steps said they did, cold, after the change and after the new article:

\`\`\`
${[...cold, ...warm, ...published].flatMap((step) => step.summary).join('\n')}
\`\`\`

After one change the content step checks only that file (the others are known by a digest of their
bytes), rewrites only the index pages whose stories changed, and encodes no photo; prerendering renders only
the pages whose published JSON changed (the article, and the index page listing it) and copies the rest
of the ${htmlFiles.toLocaleString('en')} article pages from the build cache. A new article is newest, so it moves one story down
every page of the index: every index page is rewritten and rendered again (small pages, a few seconds),
while no other article is touched. The client and server builds compile the
same code at any archive size; the client build also copies \`public/\`, content included, into \`dist/\`.
Cold, photo encoding is most of the content step: it grows with unique photos, not with articles.

Without a rebuild, \`npm run publish -- <file>\` (build/publish) puts one story into this built site: ${PUBLISH_RUNS}
corrections to older stories and ${PUBLISH_RUNS} new stories, one process each (medians; the process's wall time includes
Node's start-up and loading the server entry, about a second; the publish's own wall and CPU time come from
\`dist-ssr/publish-manifest.json\`). \`npm run bench:publish-scale\` measures the same up to a million stories.

| publish | process, wall | publish, wall | publish, CPU | every run (wall / CPU ms) |
| --- | --- | --- | --- | --- |
${publishRows.join('\n')}

The front page stays small however large the archive: ${index.pages.toLocaleString('en')} index files of 30 stories.

| index file | bytes | gzip |
| --- | --- | --- |
| \`index.json\` (the front page) | ${kb(index.first.raw)} | ${kb(index.first.gzip)} |
| median page | ${kb(index.median.raw)} | ${kb(index.median.gzip)} |
| largest page | ${kb(index.largest.raw)} | ${kb(index.largest.gzip)} |
`
const docs = path.join(root, 'docs/performance.md')
await writeFile(docs, withArchiveSection(await readFile(docs, 'utf8'), body))
await mkdir(path.join(root, 'reports/bench'), { recursive: true })
await writeFile(
  path.join(root, 'reports/bench/archive.json'),
  JSON.stringify({ articleCount, cold, warm, index, publishing }, null, 2),
)
if (!args.includes('--keep')) await rm(workspace.dir, { recursive: true, force: true })
console.log(`\n${body}`)
