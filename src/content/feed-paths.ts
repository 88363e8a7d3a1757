// Where each feed lives, before the base path. The site's feeds sit at the root under the names feed readers
// guess first; a section's or an author's sit under that page's own path (/sections/world/feed.xml), so a
// reader who finds the page can guess its feed too. The build writes them and the pages' heads link to them.

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json']

const FILE_NAMES: Record<FeedFormat, string> = {
  rss: 'feed.xml',
  atom: 'atom.xml',
  json: 'feed.json',
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

/** The feed of the page at `pagePath` ("/" for the whole site, "/sections/world" for a section). */
export function feedPath(pagePath: string, format: FeedFormat): string {
  const folder = pagePath.endsWith('/') ? pagePath : `${pagePath}/`
  return `${folder}${FILE_NAMES[format]}`
}
