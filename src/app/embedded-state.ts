import type { QueryClient } from '@tanstack/react-query'
import { articleQueryOptions, frontPageQueryOptions, listingQueryOptions } from '../data/queries'
import type { ListingView } from '../content/listing-view'
import type { ArticleView, FrontPageView } from '../content/view-model'

// A prerendered page carries the data it was rendered from, so the app hydrates without fetching it again.
// The data is the view model the build produced from validated content: the same page and the same build
// as the script that reads it, so it is checked for shape here rather than parsed against the schema again.

export const STATE_ELEMENT_ID = 'broadsheet-state'

export type EmbeddedPage =
  | { kind: 'article'; slug: string; article: ArticleView }
  | { kind: 'front-page'; frontPage: FrontPageView }
  | { kind: 'listing'; listing: ListingView }
  // The search page has no data of its own: prerendered empty, it hydrates when the address has no query.
  | { kind: 'search' }

export interface EmbeddedState {
  /** The app path the page was rendered for: the app only hydrates when it is the path being shown. */
  path: string
  page: EmbeddedPage
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isArticleView(value: unknown): value is ArticleView {
  return (
    isRecord(value) &&
    typeof value.headline === 'string' &&
    Array.isArray(value.body) &&
    Array.isArray(value.related)
  )
}

function isFrontPageView(value: unknown): value is FrontPageView {
  return (
    isRecord(value) &&
    Number.isInteger(value.page) &&
    Number.isInteger(value.pageCount) &&
    Array.isArray(value.stories) &&
    value.stories.every(
      (story) =>
        isRecord(story) && typeof story.slug === 'string' && typeof story.headline === 'string',
    )
  )
}

function isListingView(value: unknown): value is ListingView {
  return (
    isFrontPageView(value) &&
    isRecord(value) &&
    ['section', 'author', 'topic'].includes(String(value.kind)) &&
    typeof value.slug === 'string' &&
    typeof value.name === 'string'
  )
}

function isEmbeddedState(value: unknown): value is EmbeddedState {
  if (!isRecord(value) || typeof value.path !== 'string' || !isRecord(value.page)) return false
  const page = value.page
  if (page.kind === 'article') return typeof page.slug === 'string' && isArticleView(page.article)
  if (page.kind === 'listing') return isListingView(page.listing)
  if (page.kind === 'search') return true
  return page.kind === 'front-page' && isFrontPageView(page.frontPage)
}

export function readEmbeddedState(doc: Document): EmbeddedState | undefined {
  const text = doc.getElementById(STATE_ELEMENT_ID)?.textContent
  if (!text) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return isEmbeddedState(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Puts the page's data where the route will look for it, fresh, so nothing is fetched on load. */
export function seedQueryCache(queryClient: QueryClient, page: EmbeddedPage): void {
  switch (page.kind) {
    case 'article':
      queryClient.setQueryData(articleQueryOptions(page.slug).queryKey, page.article)
      return
    case 'front-page':
      queryClient.setQueryData(frontPageQueryOptions(page.frontPage.page).queryKey, page.frontPage)
      return
    case 'listing': {
      const { kind, slug, page: number } = page.listing
      queryClient.setQueryData(listingQueryOptions(kind, slug, number).queryKey, page.listing)
      return
    }
    case 'search':
      return
  }
}
