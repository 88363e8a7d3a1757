import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildFrontPagePages } from '../content/front-page-index'
import { writeBuckets } from '../content/index-buckets'
import { checkFile } from '../content/validate-articles'
import { publishIntoDist } from '../publish/publish-article'
import { writeRenderManifest } from '../publish/manifest'
import { dist as builtDist } from '../prerender/prerender-pages'
import { frontPageFile } from '../../src/content/content-files'
import { articlesDir, root } from '../shared/paths'
import { withMarkedSection } from './on-demand-section'

// `npm run bench:publish-scale -- [--sizes 10000,100000,1000000]` (after `npm run build`): the cost of one
// publish against the index of an archive of each size, without building that archive. Publishing reads and
// writes only the index files and the story's own, so an index of N summaries (written here, in the temp
// folder, deleted after) is all of the archive it could touch. Three corrections deep in the archive and
// three new stories, timed in-process after one warm-up publish (so Node's start-up and the first import of
// the server entry are not counted).

const args = process.argv.slice(2)
const sizesArg = args[args.indexOf('--sizes') + 1]
const SIZES = (args.includes('--sizes') && sizesArg ? sizesArg : '10000,100000,1000000')
  .split(',')
  .map(Number)

const first = (await readdir(path.join(builtDist, 'content', 'articles')))[0] ?? ''
const sample = Object.fromEntries(
  Object.entries(
    JSON.parse(
      await readFile(path.join(builtDist, 'content', 'articles', first), 'utf8'),
    ) as Record<string, unknown>,
  ).filter(([key]) => key !== 'updatedAt' && key !== 'related'),
)
const at = (n: number) =>
  new Date(Date.UTC(2000, 0, 1) + n * 60_000).toISOString().replace(/\.\d+Z$/, 'Z')

async function publishStory(dist: string, slug: string, publishedAt: string) {
  const bytes = Buffer.from(
    JSON.stringify({ ...sample, slug, headline: `Story ${slug}`, publishedAt }),
  )
  const checked = checkFile(articlesDir, `${slug}.json`, bytes)
  if (!checked.record) throw new Error(JSON.stringify(checked.problems))
  const started = performance.now()
  await publishIntoDist({
    dist,
    record: checked.record,
    json: JSON.parse(bytes.toString()),
    variants: {},
  })
  return performance.now() - started
}

const rows: string[] = []
for (const size of SIZES) {
  const site = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-publish-scale-'))
  try {
    const dist = path.join(site, 'dist')
    const content = path.join(dist, 'content')
    await mkdir(path.join(content, 'pages'), { recursive: true })
    await mkdir(path.join(content, 'articles'), { recursive: true })
    await mkdir(path.join(site, 'dist-ssr'), { recursive: true })
    const setup = performance.now()
    const summaries = Array.from({ length: size }, (_, n) => ({
      slug: `story-${n}`,
      headline: `Story ${n}`,
      section: 'World',
      publishedAt: at(n),
    }))
    const pages = buildFrontPagePages(summaries)
    summaries.length = 0
    await writeFile(path.join(content, frontPageFile(1)), JSON.stringify(pages[0]))
    await writeBuckets(content, pages)
    const deep = [0.25, 0.5, 0.75].map((share) => Math.floor(size * share))
    for (const n of deep)
      await writeFile(
        path.join(content, 'articles', `story-${n}.json`),
        JSON.stringify({ ...sample, slug: `story-${n}` }),
      )
    await writeRenderManifest(dist, { mode: 'on-demand', prerenderSince: 0 })
    const setupS = (performance.now() - setup) / 1000
    await publishStory(dist, 'warm-up', at(size + 1))
    const corrections = []
    for (const n of deep) corrections.push(await publishStory(dist, `story-${n}`, at(n)))
    const fresh = []
    for (let round = 0; round < 3; round += 1)
      fresh.push(await publishStory(dist, `new-${round}`, at(size + 2 + round)))
    const med = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? 0
    const line = `| ${size.toLocaleString('en')} | ${pages.length.toLocaleString('en')} | ${med(corrections).toFixed(0)} ms (${corrections.map((v) => v.toFixed(0)).join(', ')}) | ${med(fresh).toFixed(0)} ms (${fresh.map((v) => v.toFixed(0)).join(', ')}) | ${setupS.toFixed(0)} s |`
    console.log(line)
    rows.push(line)
  } finally {
    await rm(site, { recursive: true, force: true })
  }
}
const cpus = os.cpus()
const body = `## One publish against the index of a million stories

Measured by \`npm run bench:publish-scale\` on ${new Date().toISOString().slice(0, 10)}, on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, **with other
helpers' builds and tests running on the same 2 cores** (load average above 20): single runs vary by several
times, so read the medians and the spread. \`npm run publish\` touches only the index files and the story's own,
so an index of that many summaries (written in the temp folder, deleted after) stands for the archive. Times are
in-process, after one warm-up publish (Node's start-up and the first import of the server entry, about a second,
are the same at any size). A correction finds the older page listing its story by a binary search on dates (9, 12
and 15 bucket reads at these sizes); a new story rewrites the front page and, every thirtieth time, writes one new
bucket.

| stories in the index | index pages | a correction (median of 3) | a new story (median of 3) | writing the index (setup) |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`
const docs = path.join(root, 'docs/performance.md')
await writeFile(docs, withMarkedSection(await readFile(docs, 'utf8'), 'publish-scale', body))
console.log(body)
