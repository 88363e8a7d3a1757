import { config, sitePath } from '../config/config'
import { FEED_CONTENT_TYPES, FEED_FORMATS, feedPath } from '../content/feed-paths'
import type { FeedFormat } from '../content/feed-paths'
import { escapeHtml } from '../content/html-escape'

// <link rel="alternate"> tags that let browsers and feed readers find a page's feeds: the site's on every
// page, and a section's or an author's on its own page (build/syndication writes the files).

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' }

function absolute(appPath: string): string {
  return new URL(sitePath(appPath), `${config.siteUrl}/`).href
}

/** The feeds of the page at `pagePath`, titled "World · Broadsheet (RSS)"; the site's without arguments. */
export function feedLinkTags(pagePath = '/', name?: string): string[] {
  const title = name === undefined ? config.siteName : `${name} · ${config.siteName}`
  return FEED_FORMATS.map(
    (format) =>
      `<link rel="alternate" type="${FEED_CONTENT_TYPES[format]}" title="${escapeHtml(`${title} (${FORMAT_NAMES[format]})`)}" href="${escapeHtml(absolute(feedPath(pagePath, format)))}">`,
  )
}
