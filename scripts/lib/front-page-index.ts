import { parseContentDate } from '../../src/lib/content/dates'
import type { LoadedArticle } from './validate-articles'

/** The front page's index: one summary per article, newest first. */
export function buildFrontPageIndex(articles: LoadedArticle[]) {
  const summaries = articles.map(({ slug, data }) => ({
    slug,
    headline: data.headline,
    kicker: data.kicker,
    standfirst: data.standfirst,
    section: data.section,
    publishedAt: data.publishedAt,
    byline: data.byline,
    image: data.leadImage,
  }))
  const time = (value: string | undefined) =>
    value === undefined ? 0 : (parseContentDate(value)?.epochMs ?? 0)
  summaries.sort(
    (a, b) => time(b.publishedAt) - time(a.publishedAt) || a.slug.localeCompare(b.slug),
  )
  return { articles: summaries }
}
