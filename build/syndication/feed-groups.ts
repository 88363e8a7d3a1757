import { authorPath, frontPagePath, sectionPath, topicPath } from '../../src/content/site-paths'
import type { SyndicationItem } from './syndication-items'

// Which feeds the publication has: the whole site's, and one for each section and each author with a page
// (by the same page paths the site gives those pages). Each lists its own newest stories.

export interface FeedGroup {
  /** The page the feed follows, as an app path ("/", "/sections/world"). */
  pagePath: string
  /** What the feed is of: undefined for the whole site, "World" for a section. */
  name?: string
  items: SyndicationItem[]
}

function groupBy(
  items: readonly SyndicationItem[],
  keysOf: (item: SyndicationItem) => { key: string; name: string }[],
): FeedGroup[] {
  const groups = new Map<string, FeedGroup>()
  for (const item of items)
    for (const { key, name } of keysOf(item)) {
      const group = groups.get(key) ?? { pagePath: key, name, items: [] }
      if (!group.items.includes(item)) group.items.push(item)
      groups.set(key, group)
    }
  return [...groups.values()].sort((a, b) => a.pagePath.localeCompare(b.pagePath))
}

export function sectionGroups(items: readonly SyndicationItem[]): FeedGroup[] {
  return groupBy(items, (item) =>
    item.section === undefined || item.sectionSlug === undefined
      ? []
      : [{ key: sectionPath(item.sectionSlug), name: item.section }],
  )
}

/** Authors without a slug have no page, and so no feed: their stories are in the site's and sections'. */
export function authorGroups(items: readonly SyndicationItem[]): FeedGroup[] {
  return groupBy(items, (item) =>
    item.authors.flatMap((author) =>
      author.slug === undefined ? [] : [{ key: authorPath(author.slug), name: author.name }],
    ),
  )
}

/** Topic pages have no feed of their own, but the sitemap lists them. */
export function topicGroups(items: readonly SyndicationItem[]): FeedGroup[] {
  return groupBy(items, (item) =>
    item.topics.map((topic) => ({ key: topicPath(topic.slug), name: topic.name })),
  )
}

export function feedGroups(items: readonly SyndicationItem[]): FeedGroup[] {
  return [
    { pagePath: frontPagePath(1), items: [...items] },
    ...sectionGroups(items),
    ...authorGroups(items),
  ]
}
