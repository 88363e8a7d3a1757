import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SummaryData } from '../../src/content/format'
import { bucketFile, pageOfBucket, STORIES_PER_PAGE } from '../../src/content/index-layout'
import { FRONT_PAGE_FILE, PAGES_FOLDER } from '../../src/content/content-files'
import { newestFirst, publishedTime } from '../content/front-page-index'

// One index (the front page's, or a section's, author's or topic's: the same layout, src/content/index-layout.ts)
// changed by one story: page 1 rewritten, or the one full bucket that lists it, and every thirty stories one
// new bucket. A folder is relative to dist/content: '' for the front page, 'sections/world/' for a listing.
// Work here is a handful of small files whatever the archive's size: buckets are found by a binary search on
// dates, never by reading them all.

export interface IndexPage {
  articles: SummaryData[]
  page: number
  pageCount: number
}

/** Where one publish writes: paths relative to dist/, written atomically and recorded. */
export interface IndexWriter {
  content: string
  write(relative: string, text: string): Promise<void>
  remove(relative: string): Promise<void>
}

export interface IndexChange {
  /** Reader page numbers whose stories changed (1 is the index's first page). */
  pages: number[]
  /** A new bucket: every older page's number moved, which static hosts must rewrite. */
  renumbered: boolean
  /** Page 1 after the change. */
  front: IndexPage
  /** No story is left: the index's files were removed. */
  emptied: boolean
  /** The older page rewritten, when the change was to a full bucket. */
  older?: IndexPage
  /** The index had no page before: its first story. */
  created?: boolean
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export async function readJsonFile(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}

/** Index files are ours (written by `npm run content` and by publish): checked for shape, not re-validated. */
export function summariesOf(value: unknown): SummaryData[] {
  if (!isRecord(value) || !Array.isArray(value.articles))
    throw new Error('an index file has no articles list: run `npm run build`')
  return value.articles.filter(
    (item: unknown): item is SummaryData => isRecord(item) && typeof item.slug === 'string',
  )
}

export async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.partial`, text)
  await rename(`${file}.partial`, file)
}

export async function removeFile(file: string): Promise<void> {
  await rm(file, { force: true })
}

/** Page 1 of the index in `folder`, or undefined when it has none yet (a listing's first story). */
export async function readFront(content: string, folder: string): Promise<IndexPage | undefined> {
  const json = await readJsonFile(path.join(content, folder, FRONT_PAGE_FILE)).catch(
    () => undefined,
  )
  if (json === undefined) return undefined
  return {
    articles: summariesOf(json),
    page: 1,
    pageCount: isRecord(json) && typeof json.pageCount === 'number' ? json.pageCount : 1,
  }
}

export async function readBucket(
  content: string,
  folder: string,
  number: number,
): Promise<SummaryData[]> {
  return summariesOf(await readJsonFile(path.join(content, folder, bucketFile(number))))
}

interface Located {
  number: number
  articles: SummaryData[]
  /** The story is in this bucket (else: the bucket whose dates it falls among). */
  found: boolean
}

/**
 * The full bucket that lists `slug`, or where a story of that time belongs, by a binary search on dates:
 * buckets are in date order, so about log2(buckets) reads (17 at a million stories) instead of all of them.
 */
export async function locateBucket(
  content: string,
  folder: string,
  buckets: number,
  slug: string,
  time: number,
): Promise<Located | undefined> {
  let low = 0
  let high = buckets - 1
  let nearest: Located | undefined
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const articles = await readBucket(content, folder, middle)
    if (articles.some((item) => item.slug === slug))
      return { number: middle, articles, found: true }
    const newest = articles[0]
    const oldest = articles.at(-1)
    if (!newest || !oldest) return nearest
    nearest = { number: middle, articles, found: false }
    if (time > publishedTime(newest)) low = middle + 1
    else if (time < publishedTime(oldest)) high = middle - 1
    else {
      // Same moment as a neighbour's edge: the story can only be next door.
      for (const near of [middle - 1, middle + 1].filter((n) => n >= 0 && n < buckets)) {
        const other = await readBucket(content, folder, near)
        if (other.some((item) => item.slug === slug))
          return { number: near, articles: other, found: true }
      }
      return nearest
    }
  }
  return nearest
}

export interface PlaceOptions {
  /** The story's summary before this publish (a correction): where to find it. */
  previous?: SummaryData
  /** The front page refuses a new story older than its page 1 (it would renumber older pages). */
  refuseBackdated?: boolean
}

const bucketJson = (articles: readonly SummaryData[]) => `${JSON.stringify({ articles })}\n`

async function writeFront(writer: IndexWriter, folder: string, front: IndexPage): Promise<void> {
  await writer.write(path.join('content', folder, FRONT_PAGE_FILE), JSON.stringify(front))
}

async function writeOlderPage(
  writer: IndexWriter,
  folder: string,
  number: number,
  articles: SummaryData[],
  pageCount: number,
): Promise<number> {
  await writer.write(path.join('content', folder, bucketFile(number)), bucketJson(articles))
  const page = pageOfBucket(number, pageCount)
  // Static hosts serve pages/<n>.json as a file; the on-demand server makes it from the bucket.
  await writer.write(
    path.join('content', folder, PAGES_FOLDER, `${page}.json`),
    JSON.stringify({ articles, page, pageCount }),
  )
  return page
}

/** Puts `summary` into the index in `folder`: replaces its entry (a correction) or adds it (a new story). */
export async function placeInIndex(
  writer: IndexWriter,
  folder: string,
  summary: SummaryData,
  options: PlaceOptions = {},
): Promise<IndexChange> {
  const existing = await readFront(writer.content, folder)
  const front = existing ?? { articles: [], page: 1, pageCount: 1 }
  const buckets = front.pageCount - 1
  const onFront = front.articles.some((item) => item.slug === summary.slug)
  const oldest = front.articles.at(-1)
  const time = publishedTime(options.previous ?? summary)
  const olderThanFront = oldest !== undefined && time < publishedTime(oldest)
  if (!onFront && buckets > 0 && (options.previous !== undefined || olderThanFront)) {
    const located = await locateBucket(writer.content, folder, buckets, summary.slug, time)
    if (located !== undefined && (located.found || olderThanFront)) {
      if (!located.found && options.refuseBackdated === true)
        throw new Error(
          `${summary.slug} is dated before the front page's oldest story: a backdated story changes the ` +
            'older pages, so run `npm run build` to publish it.',
        )
      // A story that joins a full bucket (it moved here from another section) makes it one longer until
      // the next build lays the index out again: no other page's number moves.
      const articles = [
        ...located.articles.filter((item) => item.slug !== summary.slug),
        summary,
      ].sort(newestFirst)
      const page = await writeOlderPage(writer, folder, located.number, articles, front.pageCount)
      const older = { articles, page, pageCount: front.pageCount }
      return { pages: [page], renumbered: false, front, emptied: false, older }
    }
  }
  const articles = [...front.articles.filter((item) => item.slug !== summary.slug), summary].sort(
    newestFirst,
  )
  let pageCount = front.pageCount
  let kept = articles
  let renumbered = false
  if (articles.length >= 2 * STORIES_PER_PAGE) {
    // The front's oldest page's worth becomes the next full bucket; older pages are renumbered, which the
    // on-demand server does by itself (page n is bucket pageCount − n).
    kept = articles.slice(0, articles.length - STORIES_PER_PAGE)
    await writer.write(
      path.join('content', folder, bucketFile(buckets)),
      bucketJson(articles.slice(articles.length - STORIES_PER_PAGE)),
    )
    pageCount += 1
    renumbered = true
  }
  const next = { articles: kept, page: 1, pageCount }
  await writeFront(writer, folder, next)
  return { pages: [1], renumbered, front: next, emptied: false, created: existing === undefined }
}

/** Takes the story out of the index in `folder` (it left this section, or lost this author or topic). */
export async function removeFromIndex(
  writer: IndexWriter,
  folder: string,
  previous: SummaryData,
): Promise<IndexChange | undefined> {
  const front = await readFront(writer.content, folder)
  if (front === undefined) return undefined
  if (front.articles.some((item) => item.slug === previous.slug)) {
    const next = {
      ...front,
      articles: front.articles.filter((item) => item.slug !== previous.slug),
    }
    if (next.articles.length === 0 && next.pageCount === 1) {
      await writer.remove(path.join('content', folder, FRONT_PAGE_FILE))
      return { pages: [1], renumbered: false, front: next, emptied: true }
    }
    // A short page 1 is still a page: the next build evens the index out again.
    await writeFront(writer, folder, next)
    return { pages: [1], renumbered: false, front: next, emptied: false }
  }
  const buckets = front.pageCount - 1
  const located = await locateBucket(
    writer.content,
    folder,
    buckets,
    previous.slug,
    publishedTime(previous),
  )
  if (located === undefined || !located.found) return undefined
  const articles = located.articles.filter((item) => item.slug !== previous.slug)
  const page = await writeOlderPage(writer, folder, located.number, articles, front.pageCount)
  const older = { articles, page, pageCount: front.pageCount }
  return { pages: [page], renumbered: false, front, emptied: false, older }
}

/** Static hosts serve pages/<n>.json as files: after a new bucket, every older page moves down one. */
export async function renumberedPages(
  content: string,
  folder: string,
  pageCount: number,
): Promise<IndexPage[]> {
  const pages: IndexPage[] = []
  for (let page = 2; page <= pageCount; page += 1)
    pages.push({
      articles: await readBucket(content, folder, pageCount - page),
      page,
      pageCount,
    })
  return pages
}
