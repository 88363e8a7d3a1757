import { access } from 'node:fs/promises'
import path from 'node:path'
import { bucketFile, bucketOfPage, STORIES_PER_PAGE } from '../../src/content/index-layout'
import { frontPageFile } from '../../src/content/content-files'
import type { VariantManifest } from '../content/image-variants'
import type { ArticleRecord } from '../content/validate-articles'
import { fillTemplate, savedTemplate } from '../prerender/prerender-pages'
import { loadServerEntry } from '../prerender/server-entry'
import type { ServerEntry } from '../prerender/server-entry'
import { publishJson } from '../prerender/publish-json'
import { prerendersArticle } from '../prerender/render-mode'
import { PUBLISH_HOOKS } from './hooks'
import type { IndexChange, IndexWriter } from './index-files'
import { placeInIndex, readJsonFile, removeFile, summariesOf, writeAtomically } from './index-files'
import { publishListings } from './listing-publish'
import { readManifest, recordPublish } from './manifest'
import { previousSummary } from './previous-summary'

// One story into an already built site (dist/), touching only what it changes. The index layout
// (src/content/index-layout.ts) makes that possible: full buckets never change when a story is added, so a new
// story rewrites page 1 of each index that lists it (the front page, its section's, authors' and topics'), and
// once every thirty stories writes one new bucket; a correction rewrites the one file of each that lists it,
// found by date in a handful of reads. The hooks (feeds, sitemaps, search) then do the same for their files.

export interface PublishInput {
  dist: string
  record: ArticleRecord
  json: unknown
  variants: VariantManifest
}

export interface PublishResult {
  kind: 'new' | 'correction'
  /** Files written (or removed), relative to dist/. */
  files: string[]
  /** Cache keys to purge at the CDN. */
  keys: string[]
  /** CPU time of each step, in ms (process.cpuUsage: what grows, if anything, shows here). */
  steps: Record<string, number>
}

/** Runs the steps in order, measuring each one's CPU time (user + system) into `steps`. */
function stepTimer(steps: Record<string, number>) {
  let mark = process.cpuUsage()
  return (name: string) => {
    const used = process.cpuUsage(mark)
    steps[name] = (steps[name] ?? 0) + (used.user + used.system) / 1000
    mark = process.cpuUsage()
  }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

export async function publishIntoDist(input: PublishInput): Promise<PublishResult> {
  const started = performance.now()
  const steps: Record<string, number> = {}
  const step = stepTimer(steps)
  const { dist, record } = input
  const content = path.join(dist, 'content')
  const manifest = await readManifest(dist)
  const entry: ServerEntry = await loadServerEntry()
  const template = await savedTemplate()
  const publishOptions = { variants: input.variants, basePath: entry.basePath }
  const files: string[] = []
  const keys = new Set<string>([`article:${record.slug}`])
  const write = async (relative: string, text: string) => {
    await writeAtomically(path.join(dist, relative), text)
    files.push(relative)
  }
  const renderPage = async (relative: string, page: { head: string; body: string }) => {
    await write(relative, fillTemplate(template, page, { deferApp: true }))
  }
  const writer: IndexWriter = {
    content,
    write,
    remove: async (relative) => {
      await removeFile(path.join(dist, relative))
      files.push(relative)
    },
  }
  const isStatic = manifest.mode === 'static'
  step('setup')

  const articleJson = path.join('content', 'articles', `${record.slug}.json`)
  const kind = (await exists(path.join(dist, articleJson))) ? 'correction' : 'new'
  // Where the story was listed before this publish: a correction may have moved it.
  const previous =
    kind === 'correction'
      ? previousSummary(
          await readJsonFile(path.join(dist, articleJson)).catch(() => undefined),
          record.slug,
        )
      : undefined
  const published = publishJson(input.json, publishOptions)
  await write(articleJson, JSON.stringify(published))
  if (isStatic || prerendersArticle(readManifestMode(manifest), published))
    await renderPage(
      path.join('articles', `${record.slug}.html`),
      entry.prerenderArticle(published, record.slug),
    )

  step('article')
  const summary = publishJson(record.summary, publishOptions)
  const front = await placeInIndex(writer, '', summary, { previous, refuseBackdated: true })
  if (front.older !== undefined) {
    // A correction to an older story: its bucket (and, for static hosts, the page file showing it).
    if (isStatic)
      await renderPage(
        path.join('page', `${front.older.page}.html`),
        entry.prerenderFrontPage(front.older, front.older.page),
      )
    keys.add(`front-page:${front.older.page}`)
  } else {
    if (front.renumbered) {
      keys.add('front-page')
      if (isStatic)
        await renumberStaticPages(front.front.pageCount, content, write, renderPage, entry)
    }
    await renderPage('index.html', entry.prerenderFrontPage(front.front, 1))
    keys.add('front-page:1')
  }

  step('front page')
  // Its section's, authors' and topics' pages (build/publish/listing-publish.ts).
  const listings = await publishListings({ writer, entry, isStatic, renderPage }, summary, previous)
  listings.keys.forEach((key) => keys.add(key))
  step('listings')

  for (const hook of PUBLISH_HOOKS) {
    const done = await hook.run({
      slug: record.slug,
      kind,
      article: published,
      summary,
      frontPage: { articles: front.front.articles, pageCount: front.front.pageCount },
      dist,
      record,
      previous,
      listings: listings.changed,
      position: positionOf(record.slug, front),
      frontPages: front.pages,
    })
    files.push(...done.files)
    done.keys.forEach((key) => keys.add(key))
    step(hook.name)
  }

  // A hook may write a file twice (a sitemap listing both the story and the page that lists it).
  const result: PublishResult = { kind, files: [...new Set(files)], keys: [...keys], steps }
  await recordPublish(dist, manifest, {
    slug: record.slug,
    kind,
    at: new Date().toISOString(),
    files: result.files,
    purged: result.keys,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round(Object.values(steps).reduce((sum, value) => sum + value, 0)),
    steps: Object.fromEntries(Object.entries(steps).map(([name, ms]) => [name, Math.round(ms)])),
  })
  return result
}

/** Stories newer than this one on the front page's index: page 1, then the older pages in order. */
function positionOf(slug: string, change: IndexChange): number | undefined {
  const onFront = change.front.articles.findIndex((item) => item.slug === slug)
  if (onFront !== -1) return onFront
  const inOlder = change.older?.articles.findIndex((item) => item.slug === slug) ?? -1
  if (change.older === undefined || inOlder === -1) return undefined
  return change.front.articles.length + (change.older.page - 2) * STORIES_PER_PAGE + inOlder
}

function readManifestMode(manifest: {
  mode: 'static' | 'on-demand'
  prerenderSince: number | null
}) {
  return { mode: manifest.mode, prerenderSince: manifest.prerenderSince ?? -Infinity }
}

/** Static hosts serve pages/<n>.json and page/<n>.html as files: every thirty stories they all move down one. */
async function renumberStaticPages(
  pageCount: number,
  content: string,
  write: (relative: string, text: string) => Promise<void>,
  renderPage: (relative: string, page: { head: string; body: string }) => Promise<void>,
  entry: ServerEntry,
): Promise<void> {
  for (let page = 2; page <= pageCount; page += 1) {
    const bucket = summariesOf(
      await readJsonFile(path.join(content, bucketFile(bucketOfPage(page, pageCount)))),
    )
    const pageJson = { articles: bucket, page, pageCount }
    await write(path.join('content', frontPageFile(page)), JSON.stringify(pageJson))
    await renderPage(path.join('page', `${page}.html`), entry.prerenderFrontPage(pageJson, page))
  }
}
