import { frontPagePath } from '../../src/content/site-paths'
import type { SyndicationItem } from './syndication-items'

// Which feeds the publication has: the whole site's, and one for each section and each author (by the same
// page paths the site gives their pages). Each lists its own newest stories.

export interface FeedGroup {
  /** The page the feed follows, as an app path ("/", "/sections/world"). */
  pagePath: string
  /** What the feed is of: undefined for the whole site, "World" for a section. */
  name?: string
  items: SyndicationItem[]
}

export interface Taxonomy {
  /** The page of the section a story is filed in. */
  sectionPagePath?: (section: string) => string
  /** The page of an author with a slug. */
  authorPagePath?: (slug: string) => string
}

function groupBy(
  items: readonly SyndicationItem[],
  keysOf: (item: SyndicationItem) => { key: string; name: string }[],
): FeedGroup[] {
  const groups = new Map<string, FeedGroup>()
  for (const item of items)
    for (const { key, name } of keysOf(item)) {
      const group = groups.get(key) ?? { pagePath: key, name, items: [] }
      group.items.push(item)
      groups.set(key, group)
    }
  return [...groups.values()].sort((a, b) => a.pagePath.localeCompare(b.pagePath))
}

export function feedGroups(items: readonly SyndicationItem[], taxonomy: Taxonomy): FeedGroup[] {
  const { sectionPagePath, authorPagePath } = taxonomy
  const sections = sectionPagePath
    ? groupBy(items, (item) =>
        item.section === undefined
          ? []
          : [{ key: sectionPagePath(item.section), name: item.section }],
      )
    : []
  const authors = authorPagePath
    ? groupBy(items, (item) =>
        item.authors.flatMap((author) =>
          author.slug === undefined
            ? []
            : [{ key: authorPagePath(author.slug), name: author.name }],
        ),
      )
    : []
  return [{ pagePath: frontPagePath(1), items: [...items] }, ...sections, ...authors]
}
