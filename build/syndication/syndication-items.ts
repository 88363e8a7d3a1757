import { parseContentDate } from '../../src/content/dates'
import { articlePath } from '../../src/content/site-paths'
import { sectionSlug } from '../../src/content/taxonomy'
import { toTopics } from '../../src/content/view-model'
import { cleanText, optionalText } from '../../src/content/text'
import type { ArticleRecord } from '../content/validate-articles'

// One article as feeds, sitemaps and search see it, made from what the content step keeps for every article
// (build/content/validate-articles.ts): no article file is read again to list it.

export interface SyndicationAuthor {
  name: string
  slug?: string
}

export interface SyndicationTopic {
  name: string
  slug: string
}

export interface SyndicationItem {
  slug: string
  /** The article's canonical URL: its feed id and guid, so an updated story keeps its identity. */
  url: string
  headline: string
  standfirst?: string
  section?: string
  /** The section page's slug: the one the article states, or the one made from the name. */
  sectionSlug?: string
  authors: SyndicationAuthor[]
  topics: SyndicationTopic[]
  published?: Date
  /** The last update, or the publication when there was none. */
  updated?: Date
  language: string
  digest: string
}

export interface SiteAddress {
  /** The public origin, no trailing slash. */
  siteUrl: string
  /** Starts and ends with "/". */
  basePath: string
}

/** The public address of an app path ("/articles/x") under the base path. */
export function publicUrl(site: SiteAddress, appPath: string): string {
  return new URL(`${site.basePath}${appPath.replace(/^\//, '')}`, `${site.siteUrl}/`).href
}

const dateOf = (value: string | undefined) => {
  const parsed = value === undefined ? undefined : parseContentDate(value)
  return parsed === undefined ? undefined : new Date(parsed.epochMs)
}

export function toSyndicationItem(record: ArticleRecord, site: SiteAddress): SyndicationItem {
  const { summary, syndication } = record
  const published = dateOf(summary.publishedAt)
  const section = optionalText(summary.section)
  return {
    slug: record.slug,
    url: publicUrl(site, articlePath(record.slug)),
    headline: summary.headline,
    standfirst: summary.standfirst,
    section,
    sectionSlug: section === undefined ? undefined : (summary.sectionSlug ?? sectionSlug(section)),
    authors: (summary.byline ?? []).map((author) => ({
      name: cleanText(author.name),
      ...(author.slug !== undefined && { slug: author.slug }),
    })),
    topics: toTopics(summary.topics),
    published,
    updated: dateOf(syndication.updatedAt) ?? published,
    language: syndication.language ?? 'en',
    digest: syndication.digest,
  }
}

/** Newest first by publication, then by slug, the front page's own order; undated stories last. */
export function newestFirst(items: readonly SyndicationItem[]): SyndicationItem[] {
  const time = (item: SyndicationItem) => item.published?.getTime() ?? -Infinity
  return [...items].sort((a, b) => time(b) - time(a) || a.slug.localeCompare(b.slug))
}
