// The app's own page paths, before the base path: the router, the server entry, and the build (sitemaps,
// feeds, headers) all name pages through these, so a page has one address everywhere.

export function articlePath(slug: string): string {
  return `/articles/${slug}`
}

export function frontPagePath(page = 1): string {
  return page === 1 ? '/' : `/page/${page}`
}
