import { queryOptions } from '@tanstack/react-query'
import { ContentError } from '../content/content-error'
import type { ListingKind } from '../content/content-files'
import { articleUrl, authorProfileUrl, frontPageUrl, listingUrl } from './content-urls'

// One options factory per resource: the route that renders, whatever prefetches, and the prerendered page
// that seeds the cache all share the key, the fetch and the transform. The key holds every input, including
// the URL the content base resolves to.
//
// The loader module (schema, transforms) is imported on first use, so it is not part of the first view's
// JavaScript. Its chunk is tiny and cached after the first fetch.

async function loader(url: string) {
  try {
    return await import('./load-content')
  } catch (cause) {
    // The chunk itself could not be fetched: the same "can't reach" as the article, and as retryable.
    throw new ContentError('network', url, { cause })
  }
}

export function articleQueryOptions(slug: string) {
  const url = articleUrl(slug)
  return queryOptions({
    queryKey: ['article', url],
    queryFn: async ({ signal }) => (await loader(url)).loadArticle(url, slug, signal),
  })
}

export function frontPageQueryOptions(page = 1) {
  const url = frontPageUrl(page)
  return queryOptions({
    queryKey: ['front-page', url],
    queryFn: async ({ signal }) => (await loader(url)).loadFrontPage(url, page, signal),
  })
}

/**
 * One page of a section's, author's or topic's stories. An author's first page also brings the author's
 * profile, in the same query, so the page appears whole (its h1 is the profile's name) and is cached, seeded
 * and prefetched as one.
 */
export function listingQueryOptions(kind: ListingKind, slug: string, page = 1) {
  const url = listingUrl(kind, slug, page)
  const profileUrl = kind === 'author' && page === 1 ? authorProfileUrl(slug) : undefined
  return queryOptions({
    queryKey: ['listing', url, profileUrl ?? null],
    queryFn: async ({ signal }) =>
      (await loader(url)).loadListing({ url, profileUrl, kind, slug, page }, signal),
  })
}
