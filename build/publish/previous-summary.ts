import type { SummaryData } from '../../src/content/format'
import { parseArticle } from '../../src/content/parse'

// A correction may move a story: to another section, another byline, other topics, another date. Where it was
// listed comes from its published JSON as it stood before this publish, read by the reader's own lenient
// parser (the file is ours, but one from an older build may lack a field).

/** The summary the last build or publish listed the story by, or undefined if its old file can't be read. */
export function previousSummary(json: unknown, slug: string): SummaryData | undefined {
  if (json === undefined) return undefined
  try {
    const data = parseArticle(json, `articles/${slug}.json`)
    return {
      slug,
      headline: data.headline,
      section: data.section,
      sectionSlug: data.sectionSlug,
      publishedAt: data.publishedAt,
      updatedAt: data.updatedAt,
      byline: data.byline,
      topics: data.topics,
    }
  } catch {
    return undefined
  }
}
