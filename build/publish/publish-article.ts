import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SummaryData } from '../../src/content/format'
import {
  bucketFile,
  bucketOfPage,
  pageOfBucket,
  STORIES_PER_PAGE,
} from '../../src/content/index-layout'
import { frontPageFile } from '../../src/content/content-files'
import type { VariantManifest } from '../content/image-variants'
import type { ArticleRecord } from '../content/validate-articles'
import { newestFirst, publishedTime } from '../content/front-page-index'
import { fillTemplate, savedTemplate } from '../prerender/prerender-pages'
import { loadServerEntry } from '../prerender/server-entry'
import type { ServerEntry } from '../prerender/server-entry'
import { publishJson } from '../prerender/publish-json'
import { prerendersArticle } from '../prerender/render-mode'
import { PUBLISH_HOOKS } from './hooks'
import { readManifest, recordPublish } from './manifest'

// One story into an already built site (dist/), touching only what it changes. The index layout
// (src/content/index-layout.ts) makes that possible: full buckets never change when a story is added, so a new
// story rewrites the front page, and once every thirty stories writes one new bucket; a correction rewrites
// the one file that lists it, found by date in a handful of reads.

export interface PublishInput {
  dist: string
  record: ArticleRecord
  json: unknown
  variants: VariantManifest
}

export interface PublishResult {
  kind: 'new' | 'correction'
  /** Files written, relative to dist/. */
  files: string[]
  /** Cache keys to purge at the CDN. */
  keys: string[]
}

interface FrontPage {
  articles: SummaryData[]
  page: number
  pageCount: number
}

interface Bucket {
  articles: SummaryData[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function readJsonFile(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}

/** Index files are ours (written by `npm run content` and by this step): checked for shape, not re-validated. */
function summariesOf(value: unknown): SummaryData[] {
  if (!isRecord(value) || !Array.isArray(value.articles))
    throw new Error('an index file has no articles list: run `npm run build`')
  return value.articles.filter(
    (item: unknown): item is SummaryData => isRecord(item) && typeof item.slug === 'string',
  )
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.partial`, text)
  await rename(`${file}.partial`, file)
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

export async function publishIntoDist(input: PublishInput): Promise<PublishResult> {
  const started = performance.now()
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

  const articleJson = path.join('content', 'articles', `${record.slug}.json`)
  const kind = (await exists(path.join(dist, articleJson))) ? 'correction' : 'new'
  const published = publishJson(input.json, publishOptions)
  await write(articleJson, JSON.stringify(published))
  if (manifest.mode === 'static' || prerendersArticle(readManifestMode(manifest), published))
    await renderPage(
      path.join('articles', `${record.slug}.html`),
      entry.prerenderArticle(published, record.slug),
    )

  const summary = publishJson(record.summary, publishOptions)
  const frontJson: unknown = await readJsonFile(path.join(content, 'index.json'))
  const front: FrontPage = {
    articles: summariesOf(frontJson),
    page: 1,
    pageCount:
      isRecord(frontJson) && typeof frontJson.pageCount === 'number' ? frontJson.pageCount : 1,
  }
  const buckets = front.pageCount - 1
  const onFront = front.articles.some((item) => item.slug === record.slug)
  const bucket =
    onFront || kind === 'new' ? undefined : await findBucket(content, buckets, record.slug, summary)

  if (bucket !== undefined) {
    // A correction to an older story: its bucket (and, for static hosts, the page file showing it).
    const listed = bucket.articles.map((item) => (item.slug === record.slug ? summary : item))
    await write(
      path.join('content', bucketFile(bucket.number)),
      `${JSON.stringify({ articles: listed })}\n`,
    )
    const page = pageOfBucket(bucket.number, front.pageCount)
    const pageJson = { articles: listed, page, pageCount: front.pageCount }
    await write(path.join('content', frontPageFile(page)), JSON.stringify(pageJson))
    if (manifest.mode === 'static')
      await renderPage(path.join('page', `${page}.html`), entry.prerenderFrontPage(pageJson, page))
    keys.add(`front-page:${page}`)
  } else {
    if (!onFront && kind === 'new' && buckets > 0) {
      const oldest = front.articles.at(-1)
      if (oldest && publishedTime(summary) < publishedTime(oldest))
        throw new Error(
          `${record.slug} is dated before the front page's oldest story: a backdated story changes the ` +
            'older pages, so run `npm run build` to publish it.',
        )
    }
    const articles = [...front.articles.filter((item) => item.slug !== record.slug), summary].sort(
      newestFirst,
    )
    let pageCount = front.pageCount
    let kept = articles
    if (articles.length >= 2 * STORIES_PER_PAGE) {
      // The front page's oldest page's worth becomes the next full bucket; older pages are renumbered, which
      // the on-demand server does by itself (page n is bucket pageCount − n).
      const newBucket = articles.slice(articles.length - STORIES_PER_PAGE)
      kept = articles.slice(0, articles.length - STORIES_PER_PAGE)
      await write(
        path.join('content', bucketFile(buckets)),
        `${JSON.stringify({ articles: newBucket })}\n`,
      )
      pageCount += 1
      keys.add('front-page')
      if (manifest.mode === 'static')
        await renumberStaticPages(pageCount, content, write, renderPage, entry)
    }
    const frontPage = { articles: kept, page: 1, pageCount }
    await write(path.join('content', 'index.json'), JSON.stringify(frontPage))
    await renderPage('index.html', entry.prerenderFrontPage(frontPage, 1))
    keys.add('front-page:1')
  }

  for (const hook of PUBLISH_HOOKS) {
    const done = await hook.run({
      slug: record.slug,
      kind,
      article: published,
      summary,
      frontPage: summariesFront(await readJsonFile(path.join(content, 'index.json'))),
      dist,
    })
    files.push(...done.files)
    done.keys.forEach((key) => keys.add(key))
  }

  const result: PublishResult = { kind, files, keys: [...keys] }
  await recordPublish(dist, manifest, {
    slug: record.slug,
    kind,
    at: new Date().toISOString(),
    files,
    purged: result.keys,
    ms: Math.round(performance.now() - started),
  })
  return result
}

function summariesFront(value: unknown): { articles: SummaryData[]; pageCount: number } {
  return {
    articles: summariesOf(value),
    pageCount: isRecord(value) && typeof value.pageCount === 'number' ? value.pageCount : 1,
  }
}

function readManifestMode(manifest: {
  mode: 'static' | 'on-demand'
  prerenderSince: number | null
}) {
  return { mode: manifest.mode, prerenderSince: manifest.prerenderSince ?? -Infinity }
}

/**
 * The full bucket that lists `slug`, found by its publication time: buckets are in date order, so a binary
 * search reads about log2(buckets) files (17 at a million stories) instead of all of them.
 */
async function findBucket(
  content: string,
  buckets: number,
  slug: string,
  summary: SummaryData,
): Promise<(Bucket & { number: number }) | undefined> {
  const time = publishedTime(summary)
  const read = async (number: number): Promise<Bucket> => ({
    articles: summariesOf(await readJsonFile(path.join(content, bucketFile(number)))),
  })
  let low = 0
  let high = buckets - 1
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const bucket = await read(middle)
    if (bucket.articles.some((item) => item.slug === slug)) return { ...bucket, number: middle }
    const newest = bucket.articles[0]
    const oldest = bucket.articles.at(-1)
    if (!newest || !oldest) return undefined
    if (time > publishedTime(newest)) low = middle + 1
    else if (time < publishedTime(oldest)) high = middle - 1
    else {
      // Same moment as a neighbour's edge: the story can only be next door.
      for (const near of [middle - 1, middle + 1].filter((n) => n >= 0 && n < buckets)) {
        const other = await read(near)
        if (other.articles.some((item) => item.slug === slug)) return { ...other, number: near }
      }
      return undefined
    }
  }
  return undefined
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
