import { bucketFile, bucketOfPage } from '../content/index-layout'
import { isSlug } from '../content/safe-url'
import type { ContentSource } from './content-source'

// The older pages of every index (the front page's, and each section's, author's and topic's), served from
// their buckets (src/content/index-layout.ts): a publish writes page 1 and, every thirty stories, one new
// bucket, and never renumbers the files of the rest. Page n is bucket pageCount − n, with pageCount read from
// the index's page 1 itself.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** pages/<n>.json, or sections|authors|topics/<slug>/pages/<n>.json: the folder, then the page number. */
const PAGE_FILE = /^(?:(sections|authors|topics)\/([^/]+)\/)?pages\/([1-9]\d{0,5})\.json$/

/** The folder ('' or 'sections/world/') and number of an older index page's file, if `file` is one. */
export function olderIndexPage(file: string): { folder: string; page: number } | undefined {
  const match = PAGE_FILE.exec(file)
  if (match === null) return undefined
  const [, kind, slug, number] = match
  if (slug !== undefined && !isSlug(slug)) return undefined
  const page = Number(number)
  return page >= 2 ? { folder: slug === undefined ? '' : `${kind}/${slug}/`, page } : undefined
}

/**
 * Whether a request under the site is for an older index page's JSON, which the handler makes from its
 * bucket: a static copy of it may predate a publish (build/serve, src/server/worker.ts).
 */
export function isBucketedPageRequest(pathname: string): boolean {
  const at = pathname.indexOf('/content/')
  return at !== -1 && olderIndexPage(pathname.slice(at + '/content/'.length)) !== undefined
}

export function withIndexBuckets(source: ContentSource): ContentSource {
  return {
    async getJson(file) {
      const older = olderIndexPage(file)
      if (older === undefined) return source.getJson(file)
      const { folder, page } = older
      const front = await source.getJson(`${folder}index.json`)
      const pageCount = isRecord(front) ? front.pageCount : undefined
      if (typeof pageCount !== 'number' || !Number.isInteger(pageCount) || page > pageCount)
        return undefined
      const bucket = await source.getJson(`${folder}${bucketFile(bucketOfPage(page, pageCount))}`)
      // A content folder made before buckets existed: its pages/<n>.json are the pages themselves.
      if (bucket === undefined) return source.getJson(file)
      if (!isRecord(bucket)) return bucket
      return { articles: bucket.articles, page, pageCount }
    },
  }
}
