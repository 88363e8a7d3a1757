// The purge keys of the files feeds and sitemaps live in, so that `npm run publish` can name exactly the ones
// it rewrote and the server can tag them (build/serve/static-files.ts): the site's feeds are `feed`, a
// section's `feed:section:<slug>`, an author's `feed:author:<slug>`; the sitemap index is `sitemap`, the news
// sitemap `sitemap:news`, sitemaps/sitemap-<n>.xml `sitemap:<n>`. No imports: the build and the server use it.

export type FeedOwner = { kind: 'section' | 'author'; slug: string } | undefined

export function feedKey(owner: FeedOwner): string {
  return owner === undefined ? 'feed' : `feed:${owner.kind}:${owner.slug}`
}

export const SITEMAP_KEY = 'sitemap'
export const NEWS_SITEMAP_KEY = 'sitemap:news'
export const sitemapKey = (number: number) => `sitemap:${number}`

const FEED_FILE =
  /^\/(?:(sections|authors)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/)?(?:feed\.xml|atom\.xml|feed\.json)$/
const SITEMAP_FILE = /^\/sitemaps\/sitemap-([1-9]\d{0,5})\.xml$/

/** The keys of a feed or sitemap file at `appPath` ("/sections/world/feed.xml"); none for other files. */
export function syndicationFileKeys(appPath: string): string[] {
  const feed = FEED_FILE.exec(appPath)
  if (feed !== null) {
    const [, folder, slug] = feed
    if (folder === undefined || slug === undefined) return [feedKey(undefined)]
    return [feedKey({ kind: folder === 'sections' ? 'section' : 'author', slug })]
  }
  if (appPath === '/sitemap.xml') return [SITEMAP_KEY]
  if (appPath === '/sitemaps/news.xml') return [NEWS_SITEMAP_KEY]
  const sitemap = SITEMAP_FILE.exec(appPath)?.[1]
  return sitemap === undefined ? [] : [sitemapKey(Number(sitemap))]
}
