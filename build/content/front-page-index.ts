import { parseContentDate } from '../../src/content/dates'
import type { SummaryData } from '../../src/content/format'
import { LIMITS } from '../../src/content/limits'

/** Stories on one page of the front page: a screenful or two on a phone, one request of a few KB. */
export const STORIES_PER_PAGE = 30

export interface FrontPageFile {
  articles: SummaryData[]
  page: number
  pageCount: number
}

const time = (value: string | undefined) =>
  value === undefined ? 0 : (parseContentDate(value)?.epochMs ?? 0)

/**
 * The front page's index, newest first, cut into pages: never one file listing everything, so the front page
 * stays the same few KB whether the archive holds ten stories or a hundred thousand. An empty site still has
 * its page 1.
 */
export function buildFrontPagePages(
  summaries: readonly SummaryData[],
  perPage = STORIES_PER_PAGE,
): FrontPageFile[] {
  const sorted = [...summaries].sort(
    (a, b) => time(b.publishedAt) - time(a.publishedAt) || a.slug.localeCompare(b.slug),
  )
  const pageCount = Math.max(1, Math.ceil(sorted.length / perPage))
  if (pageCount > LIMITS.indexPages)
    throw new Error(`${sorted.length} stories need more than ${LIMITS.indexPages} pages`)
  return Array.from({ length: pageCount }, (_, index) => ({
    articles: sorted.slice(index * perPage, (index + 1) * perPage),
    page: index + 1,
    pageCount,
  }))
}
