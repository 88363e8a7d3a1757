import { contentPolicy } from '../config/config'
import { fetchJson } from './fetch-json'
import { LIMITS } from '../content/limits'
import { parseArticle, parseFrontPage } from '../content/parse'
import type { ArticleView, FrontPageView } from '../content/view-model'
import { toArticleView, toFrontPageView } from '../content/view-model'

// Fetch, validate, transform. Loaded on demand (see queries.ts): a prerendered first view already has its
// data, so the schema and transforms stay out of the JavaScript a reader needs to see the first page.

export async function loadArticle(
  url: string,
  slug: string,
  signal: AbortSignal,
): Promise<ArticleView> {
  const json = await fetchJson(url, { signal, maxBytes: LIMITS.articleBytes })
  return toArticleView(parseArticle(json, url), slug, contentPolicy)
}

export async function loadFrontPage(
  url: string,
  page: number,
  signal: AbortSignal,
): Promise<FrontPageView> {
  const json = await fetchJson(url, { signal, maxBytes: LIMITS.indexBytes })
  return toFrontPageView(parseFrontPage(json, url), page, contentPolicy)
}
