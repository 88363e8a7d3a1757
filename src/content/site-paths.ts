// The app's own page paths, before the base path: the router, the server entry, and the build (sitemaps,
// feeds, headers) all name pages through these, so a page has one address everywhere.

export function articlePath(slug: string): string {
  return `/articles/${slug}`
}

export function frontPagePath(page = 1): string {
  return page === 1 ? '/' : `/page/${page}`
}

function paged(base: string, page: number): string {
  return page === 1 ? base : `${base}/page/${page}`
}

export function sectionPath(slug: string, page = 1): string {
  return paged(`/sections/${slug}`, page)
}

export function authorPath(slug: string, page = 1): string {
  return paged(`/authors/${slug}`, page)
}

export function topicPath(slug: string, page = 1): string {
  return paged(`/topics/${slug}`, page)
}
