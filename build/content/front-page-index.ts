import { parseContentDate } from '../../src/content/dates'
import type { SummaryData } from '../../src/content/format'
import { LIMITS } from '../../src/content/limits'
import { bucketCount, pageCountOf, STORIES_PER_PAGE } from '../../src/content/index-layout'

export { STORIES_PER_PAGE }

export interface FrontPageFile {
  articles: SummaryData[]
  page: number
  pageCount: number
}

const time = (value: string | undefined) =>
  value === undefined ? 0 : (parseContentDate(value)?.epochMs ?? 0)

/** Newest first; stories published at the same moment in slug order, so every run agrees. */
export function newestFirst(a: SummaryData, b: SummaryData): number {
  return time(b.publishedAt) - time(a.publishedAt) || a.slug.localeCompare(b.slug)
}

export function publishedTime(summary: SummaryData): number {
  return time(summary.publishedAt)
}

/**
 * The front page's index, newest first, cut into pages: never one file listing everything, so the front page
 * stays a few KB whether the archive holds ten stories or a hundred thousand. Page 1 takes the newest stories
 * beyond the last full page counted from the oldest (src/content/index-layout.ts), so older pages keep their
 * stories when one is published. An empty site still has its page 1.
 */
export function buildFrontPagePages(
  summaries: readonly SummaryData[],
  perPage = STORIES_PER_PAGE,
): FrontPageFile[] {
  const sorted = [...summaries].sort(newestFirst)
  const pageCount = pageCountOf(sorted.length, perPage)
  if (pageCount > LIMITS.indexPages)
    throw new Error(`${sorted.length} stories need more than ${LIMITS.indexPages} pages`)
  const front = sorted.length - bucketCount(sorted.length, perPage) * perPage
  return Array.from({ length: pageCount }, (_, index) => ({
    articles:
      index === 0
        ? sorted.slice(0, front)
        : sorted.slice(front + (index - 1) * perPage, front + index * perPage),
    page: index + 1,
    pageCount,
  }))
}
