import { FEED_FORMATS, feedPath } from '../../src/content/feed-paths'
import type { FeedFormat } from '../../src/content/feed-paths'
import { buildFeed } from './feeds'
import type { FeedGroup } from './feed-groups'
import type { SyndicationSite } from './write-syndication'
import { publicUrl } from './syndication-items'

// One feed group's three documents, by app path: what the build writes for every group and what
// `npm run publish` writes again for the groups one story is in (build/publish/publish-feeds.ts).

export function feedFiles(
  group: FeedGroup,
  site: SyndicationSite,
  texts: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const feedUrl = (format: FeedFormat) => publicUrl(site, feedPath(group.pagePath, format))
  const documents = buildFeed({
    title: group.name === undefined ? site.siteName : `${group.name} · ${site.siteName}`,
    description:
      group.name === undefined
        ? `The latest stories from ${site.siteName}.`
        : `The latest stories from ${site.siteName}: ${group.name}.`,
    pageUrl: publicUrl(site, group.pagePath),
    feedUrls: { rss: feedUrl('rss'), atom: feedUrl('atom'), json: feedUrl('json') },
    siteName: site.siteName,
    items: group.items,
    texts,
    fullText: site.feedFullText,
  })
  return new Map(
    FEED_FORMATS.map((format) => [feedPath(group.pagePath, format), documents[format]]),
  )
}
