import { contentPolicy } from '../config/config'
import { fetchJson } from './fetch-json'
import { LIMITS } from '../content/limits'
import type { ListingKind } from '../content/content-files'
import { toAuthorProfileView, toListingView } from '../content/listing-view'
import type { AuthorProfileView, ListingView } from '../content/listing-view'
import { parseArticle, parseAuthorProfile, parseFrontPage } from '../content/parse'
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

interface ListingRequest {
  url: string
  /** An author's profile, read beside their first page. */
  profileUrl?: string
  kind: ListingKind
  slug: string
  page: number
}

/** A profile is an optional part: missing, unreachable or broken, the page shows the stories without it. */
async function loadAuthorProfile(
  url: string,
  signal: AbortSignal,
): Promise<AuthorProfileView | undefined> {
  try {
    const json = await fetchJson(url, { signal, maxBytes: LIMITS.indexBytes })
    return toAuthorProfileView(parseAuthorProfile(json, url), contentPolicy)
  } catch (error) {
    if (signal.aborted) throw error
    return undefined
  }
}

export async function loadListing(
  request: ListingRequest,
  signal: AbortSignal,
): Promise<ListingView> {
  const [json, profile] = await Promise.all([
    fetchJson(request.url, { signal, maxBytes: LIMITS.indexBytes }),
    request.profileUrl === undefined ? undefined : loadAuthorProfile(request.profileUrl, signal),
  ])
  return toListingView(parseFrontPage(json, request.url), request, contentPolicy, profile)
}
