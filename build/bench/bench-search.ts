import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { generateCorpus } from '../corpus/corpus'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'
import { createWorkspace } from '../shared/workspace'
import type { Workspace } from '../shared/workspace'
import { queryKinds } from './search-queries'
import type { QueryKind } from './search-queries'
import { withSearchSection } from './search-section'

// `npm run bench:search`: search, feeds and sitemaps at the size of a real publication. In a scratch copy of
// the project it generates 10,000 articles, builds, and measures the search index on disk, then serves the
// build and, in Chromium, types a query on /search: the bytes it transferred and the time from the last
// keystroke to the painted results, cold (Pagefind and its index not yet loaded) and warm. Then one story is
// published and the site built again, to show what the syndication step redoes. Writes its section of
// docs/performance.md. Options: --count N (default 10000), --dir D, --port P (default PREVIEW_PORT or 4173).

const args = process.argv.slice(2)
const option = (name: string) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const COUNT = Number(option('--count') ?? 10_000)
const PORT = Number(option('--port') ?? process.env.PREVIEW_PORT ?? 4173)
const dir = option('--dir') ?? path.join(os.tmpdir(), 'broadsheet-search-bench')
const SITE = { VITE_SITE_URL: 'https://news.example' }
const UI_FILES = /^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\.|^pagefind-worker\./

const STEPS: [string, string[]][] = [
  ['npx', ['tsx', 'build/content/content.ts']],
  ['npx', ['vite', 'build']],
  ['npx', ['vite', 'build', '--ssr', 'src/server/entry-server.tsx', '--outDir', 'dist-ssr']],
  ['npx', ['tsx', 'build/prerender/prerender.ts']],
]

async function build(workspace: Workspace, label: string): Promise<string> {
  process.stdout.write(`${label}: build… `)
  let line = ''
  let total = 0
  for (const [command, commandArgs] of STEPS) {
    const { ms, output } = await workspace.run(command, commandArgs, SITE)
    total += ms
    line = output.split('\n').find((each) => each.startsWith('syndication:')) ?? line
  }
  console.log(`${(total / 1000).toFixed(1)} s`)
  return line
}

async function folderBytes(
  folder: string,
  skip?: RegExp,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (skip?.test(entry.name)) continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      const inner = await folderBytes(full)
      bytes += inner.bytes
      files += inner.files
    } else {
      bytes += (await stat(full)).size
      files += 1
    }
  }
  return { bytes, files }
}

interface QueryFigures {
  ms: number
  bytes: number
  /** Of which: the index chunks that hold the query's words (and prefixes searched while typing). */
  chunkBytes: number
  /** Of which: one fragment (a story's text and metadata) for each result shown. */
  fragmentBytes: number
  requests: number
  results: string
  /** From the last keystroke to the last index chunk's arrival, and to the last fragment's. */
  chunksDoneMs: number
  fragmentsDoneMs: number
}

/** Types `query` into the search field; times the last keystroke to the frame that shows the results. */
async function measureQuery(
  page: import('@playwright/test').Page,
  query: string,
  typed = true,
): Promise<QueryFigures> {
  const field = page.getByRole('searchbox', { name: 'Search stories' })
  const before = await page.evaluate(() => performance.getEntriesByType('resource').length)
  await page.evaluate(`(() => {
    performance.clearMarks('broadsheet:search-results')
    document.addEventListener('input', () => { window.lastKey = performance.now() }, { capture: true })
  })()`)
  await field.fill('')
  // Typed, a pause between two keys longer than 80 ms (a slow typist, or a busy machine) searches a prefix
  // of the query too; in one input (pasted) only the query itself is searched.
  if (typed) await field.pressSequentially(query, { delay: 60 })
  else await field.fill(query)
  // As a string: the bundler's helper names (__name) do not exist in the page.
  // A search that never answers fails the run after 30 s rather than hanging it.
  const ms = await page.evaluate<number>(`new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('no results painted within 30 s')), 30000)
    const check = () => {
      const mark = performance.getEntriesByName('broadsheet:search-results').at(-1)
      const lastKey = window.lastKey ?? 0
      if (mark && mark.startTime > lastKey)
        requestAnimationFrame(() => resolve(performance.now() - lastKey))
      else setTimeout(check, 5)
    }
    check()
  })`)
  const resources = await page.evaluate(
    (from) =>
      performance
        .getEntriesByType('resource')
        .slice(from)
        .map((entry) => ({
          name: entry.name,
          bytes: (entry as PerformanceResourceTiming).transferSize,
          end: (entry as PerformanceResourceTiming).responseEnd,
        })),
    before,
  )
  const lastKey = await page.evaluate<number>('window.lastKey')
  const doneAt = (pattern: RegExp) =>
    Math.max(
      0,
      ...resources.filter((entry) => pattern.test(entry.name)).map((entry) => entry.end - lastKey),
    )
  const results = await page
    .getByRole('status')
    .filter({ hasText: /found for/ })
    .innerText()
  const sum = (pattern: RegExp) =>
    resources
      .filter((entry) => pattern.test(entry.name))
      .reduce((total, entry) => total + entry.bytes, 0)
  return {
    ms,
    bytes: sum(/./),
    chunkBytes: sum(/\.pf_index$/),
    fragmentBytes: sum(/\.pf_fragment$/),
    requests: resources.length,
    results,
    chunksDoneMs: doneAt(/\.pf_index$/),
    fragmentsDoneMs: doneAt(/\.pf_fragment$/),
  }
}

function serve(workspace: Workspace): () => void {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: workspace.dir, stdio: 'ignore', detached: true },
  )
  return () => {
    if (child.pid !== undefined) process.kill(-child.pid)
  }
}

async function waitUntilUp(origin: string) {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).ok) return
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error('vite preview did not start within 30 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

interface KindFigures extends QueryKind {
  /** One run per round, each in a fresh browser context (nothing of the index cached). */
  runs: QueryFigures[]
  /** The query in one input, in a fresh context: its own cost, without prefixes searched while typing. */
  alone?: QueryFigures
}

interface Opened {
  bytes: number
  requests: number
}

/** Opens /search in a fresh context and waits until Pagefind has loaded, as a reader's page has by the time they type. */
async function openSearch(browser: import('@playwright/test').Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${origin}/search`)
  await page.getByRole('searchbox', { name: 'Search stories' }).waitFor()
  await page.waitForLoadState('networkidle')
  const opened: Opened = await page.evaluate(`(() => {
    const entries = performance.getEntriesByType('resource')
      .filter((entry) => /pagefind|SearchPage/.test(entry.name))
    return { bytes: entries.reduce((sum, entry) => sum + entry.transferSize, 0), requests: entries.length }
  })()`)
  return { context, page, opened }
}

/** "Show more" after the worst case's first page: past the recent index, into the full one. */
async function measureMore(page: import('@playwright/test').Page) {
  const before = await page.evaluate(() => performance.getEntriesByType('resource').length)
  const items = page.getByRole('list', { name: /^Results for/ }).getByRole('listitem')
  const shown = await items.count()
  const started = await page.evaluate(() => performance.now())
  await page.getByRole('button', { name: 'Show more results' }).click()
  await items.nth(shown).waitFor()
  const ms =
    (await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            resolve(performance.now())
          }),
        ),
    )) - started
  const bytes = await page.evaluate(
    (from) =>
      performance
        .getEntriesByType('resource')
        .slice(from)
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0),
    before,
  )
  const results = await page
    .getByRole('status')
    .filter({ hasText: /found for/ })
    .innerText()
  return { ms, bytes, results }
}

const ROUNDS = 2

function queryTable(figures: readonly KindFigures[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const rows = figures.map((kind) => {
    const [run] = kind.runs
    if (!run) return ''
    const alone = kind.alone ?? run
    const times = (pick: (each: QueryFigures) => number) =>
      `${kind.runs.map((each) => pick(each).toFixed(0)).join(', ')} ms`
    return `| "${kind.query}" | ${kind.kind} | ${kind.stories.toLocaleString('en')} | ${alone.results.replace(/\.$/, '')} | ${kb(alone.bytes)} (chunks ${kb(alone.chunkBytes)}, fragments ${kb(alone.fragmentBytes)}) | ${kb(run.bytes)} | ${times((each) => each.chunksDoneMs)} | ${times((each) => each.fragmentsDoneMs)} | ${times((each) => each.ms)} |`
  })
  return [
    '| query | kind | stories holding its words | answer | bytes, in one input | bytes, typed | last key → chunks in | → fragments in | → results painted |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

async function measureKinds(origin: string, kinds: readonly QueryKind[]) {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const figures: KindFigures[] = kinds.map((kind) => ({ ...kind, runs: [] }))
  let opened: Opened = { bytes: 0, requests: 0 }
  let more: Awaited<ReturnType<typeof measureMore>> | undefined
  // Rounds interleave the kinds, so a burst of load from the machine's other work does not fall on one kind.
  for (let round = 0; round < ROUNDS; round += 1)
    for (const kind of figures) {
      const open = await openSearch(browser, origin)
      opened = open.opened
      kind.runs.push(await measureQuery(open.page, kind.query))
      if (round === 0 && kind === figures.at(-1)) more = await measureMore(open.page)
      await open.context.close()
      if (round === 0) {
        const pasted = await openSearch(browser, origin)
        kind.alone = await measureQuery(pasted.page, kind.query, false)
        await pasted.context.close()
      }
    }
  await browser.close()
  return { figures, opened, more }
}

const measureOnly = option('--measure-only')
if (measureOnly !== undefined) {
  const kinds = queryKinds(generateCorpus({ count: COUNT, seed: 1, photos: 40 }))
  const measured = await measureKinds(measureOnly, kinds)
  console.log(queryTable(measured.figures), '\n', measured.more, measured.opened)
  process.exit(0)
}

console.log(`Scratch project in ${dir}`)
const workspace = await createWorkspace(dir)
const articlesDir = path.join(workspace.dir, 'public/content/articles')
const corpus = generateCorpus({ count: COUNT, seed: 1, photos: 40 })
await mkdir(articlesDir, { recursive: true })
for (const file of corpus) await writeFile(path.join(articlesDir, `${file.slug}.json`), file.json)
const articleCount = (await readdir(articlesDir)).length
console.log(`${articleCount} articles`)

const cold = await build(workspace, 'cold')
const pagefindDir = path.join(workspace.dir, 'dist/pagefind')
const index = await folderBytes(pagefindDir, UI_FILES)
const fragments = await folderBytes(path.join(pagefindDir, 'fragment'))
const chunks = await folderBytes(path.join(pagefindDir, 'index'))

const kinds = queryKinds(corpus)
const origin = `http://127.0.0.1:${PORT}`
const stop = serve(workspace)
let measured: Awaited<ReturnType<typeof measureKinds>>
try {
  await waitUntilUp(origin)
  measured = await measureKinds(origin, kinds)
} finally {
  stop()
}
const sample = corpus[Math.floor(corpus.length / 3)]
if (!sample) throw new Error('The corpus is empty.')

// A new story, newest of all: what does the syndication step redo?
const newest = JSON.parse(sample.json) as Record<string, unknown>
const BREAKING_SLUG = 'breaking-a-new-story-tops-the-front-page'
const breaking: Record<string, unknown> = {
  ...newest,
  slug: BREAKING_SLUG,
  headline: 'Breaking: A New Story Tops the Front Page',
  publishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
}
delete breaking.updatedAt
await writeFile(
  path.join(articlesDir, `${BREAKING_SLUG}.json`),
  `${JSON.stringify(breaking, null, 2)}\n`,
)
const published = await build(workspace, 'one new article')

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const cpus = os.cpus()
const machine = `${String(cpus.length)} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`
const body = `## Search, feeds and sitemaps: ${articleCount.toLocaleString('en')} articles

Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}, on the same generated
archive as the build benchmark (seed 1), built with \`VITE_SITE_URL=https://news.example\`.

**The search index** (\`dist/pagefind/\`, Pagefind's own UI bundles left out) is ${kb(index.bytes)} in ${index.files.toLocaleString('en')} files
on the server: ${chunks.files.toLocaleString('en')} index chunks (${kb(chunks.bytes)}) and ${fragments.files.toLocaleString('en')} fragments (${kb(fragments.bytes)}). A reader
downloads only the chunks for the words typed and the fragments of the results shown (10 at a time).

**Queries of each kind**, typed at 60 ms a key in Chromium on /search (1366 px), each in a fresh browser
context with Pagefind loaded as the page opened; ${String(ROUNDS)} rounds, interleaved, times of each round. The
archive is generated with Zipf-distributed names and a few places and people per story (build/corpus/names.ts),
so a name is in few stories, as in a real archive, while the common words of news copy are in almost all.

${queryTable(measured.figures)}

Goal: at most 150 KB and 300 ms.${
  measured.more
    ? ` "Show more" after the worst case's first page (the next ten, still from the newest stories) fetched ${kb(measured.more.bytes)} in ${measured.more.ms.toFixed(0)} ms.`
    : ''
} The bytes count every file the search page fetched for the query: index chunks and fragments (one per result
shown, ten at a time). The pause after typing (80 ms, so each key does not start a search) is inside the times.

Opening the search page fetched ${kb(measured.opened.bytes)} in ${String(measured.opened.requests)} requests (the page's chunk, \`pagefind.js\`, its
WebAssembly, and the metadata of the full and the recent index), none of it before the reader opens search.

**Feeds and sitemaps**, from the prerender step's summary, cold and after one new article:

\`\`\`
${cold}
${published}
\`\`\`

After one new article the step reads that one story's text (the others' come from the build cache, by
digest), and rewrites only the files whose bytes change: the site's feeds, its section's and its authors'
feeds, the sitemap listing it and the index. Pagefind has no append: the build's index is rebuilt from every
story's remembered record, so its time stays about the same. \`npm run publish\` does not rebuild it: it
writes a small delta index of the stories published since the build (docs/syndication.md).
`
const docs = path.join(root, 'docs/performance.md')
await writeFile(docs, withSearchSection(await readFile(docs, 'utf8'), body))
// --keep leaves the scratch project, to measure again with --measure-only.
if (!args.includes('--keep')) await rm(workspace.dir, { recursive: true, force: true })
console.log(`\n${body}`)
