import { bucketFile, bucketOfPage } from '../content/index-layout'
import type { ContentSource } from './content-source'

// The older pages of the front page, served from their buckets (src/content/index-layout.ts): a publish
// writes the front page and, every thirty stories, one new bucket, and never renumbers the files of the rest.
// Page n is bucket pageCount − n, with pageCount read from the front page itself.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const PAGE_FILE = /^pages\/([1-9]\d{0,5})\.json$/

export function withIndexBuckets(source: ContentSource): ContentSource {
  return {
    async getJson(file) {
      const page = Number(PAGE_FILE.exec(file)?.[1] ?? Number.NaN)
      if (!Number.isInteger(page) || page < 2) return source.getJson(file)
      const front = await source.getJson('index.json')
      const pageCount = isRecord(front) ? front.pageCount : undefined
      if (typeof pageCount !== 'number' || !Number.isInteger(pageCount) || page > pageCount)
        return undefined
      const bucket = await source.getJson(bucketFile(bucketOfPage(page, pageCount)))
      // A content folder made before buckets existed: its pages/<n>.json are the pages themselves.
      if (bucket === undefined) return source.getJson(file)
      if (!isRecord(bucket)) return bucket
      return { articles: bucket.articles, page, pageCount }
    },
  }
}
