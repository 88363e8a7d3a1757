import { Feed } from 'feed'
import type { FeedFormat } from '../../src/content/feed-paths'
import type { SyndicationItem } from './syndication-items'

// One feed (the site's, a section's or an author's) in the three formats feed readers take: RSS 2.0, Atom 1.0
// and JSON Feed 1.1, all written by the `feed` library from the same items.

/** Feed readers show the newest stories; older ones are on the site's pages. */
export const FEED_ITEMS = 50

export interface FeedSpec {
  /** "Broadsheet", "World · Broadsheet". */
  title: string
  description: string
  /** The page this feed follows (its home page URL). */
  pageUrl: string
  /** Public URLs of this feed in each format. */
  feedUrls: Record<FeedFormat, string>
  siteName: string
  /** Any order: the newest FEED_ITEMS dated stories are kept. */
  items: readonly SyndicationItem[]
  /** The text of each story, paragraph by paragraph (article-text.ts), by slug. */
  texts?: ReadonlyMap<string, readonly string[]>
  /**
   * The publisher opted in to full-text feeds (VITE_FEED_FULL_TEXT); without it, items carry their summary
   * only: the standfirst, or else the story's opening.
   */
  fullText?: boolean
}

const SUMMARY_LENGTH = 300

/** The standfirst, or the first paragraph cut at a word near SUMMARY_LENGTH, or the headline. */
export function itemSummary(item: SyndicationItem, paragraphs?: readonly string[]): string {
  if (item.standfirst !== undefined) return item.standfirst
  const first = paragraphs?.[0]
  if (first === undefined) return item.headline
  if (first.length <= SUMMARY_LENGTH) return first
  const cut = first.slice(0, SUMMARY_LENGTH - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2))}…`
}

export type FeedDocuments = Record<FeedFormat, string>

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char)

/** Paragraphs as HTML made here from text, every character escaped: no markup from the data gets through. */
export function paragraphsHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')
}

/** The newest dated stories, newest first. Undated ones have no place in a feed's time line. */
export function feedItems(items: readonly SyndicationItem[]): SyndicationItem[] {
  return items
    .filter((item) => item.published !== undefined)
    .sort(
      (a, b) =>
        (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0) ||
        a.slug.localeCompare(b.slug),
    )
    .slice(0, FEED_ITEMS)
}

/** The language most of the feed's stories are written in (a feed states one). */
function mainLanguage(items: readonly SyndicationItem[]): string | undefined {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item.language, (counts.get(item.language) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

/**
 * The library writes JSON Feed 1.0 (one `author`); 1.1 lists `authors` and states the `language`. The
 * document is the library's own, upgraded field by field.
 */
function toJsonFeed11(
  json: string,
  items: readonly SyndicationItem[],
  language: string | undefined,
  texts: FeedSpec['texts'],
): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items?: Record<string, unknown>[] }
  const upgraded = {
    ...feed,
    version: 'https://jsonfeed.org/version/1.1',
    ...(language !== undefined && { language }),
    items: (feed.items ?? []).map((entry, index) => {
      const item = items[index]
      const upgradedEntry: Record<string, unknown> = { ...entry }
      delete upgradedEntry.author
      if (item === undefined) return upgradedEntry
      return {
        ...upgradedEntry,
        // JSON Feed's summary is plain text; content_html (the library's) is the escaped HTML.
        summary: itemSummary(item, texts?.get(item.slug)),
        ...(item.authors.length > 0 && {
          authors: item.authors.map((author) => ({ name: author.name })),
        }),
        language: item.language,
      }
    }),
  }
  return `${JSON.stringify(upgraded, null, 2)}\n`
}

export function buildFeed(spec: FeedSpec): FeedDocuments {
  const items = feedItems(spec.items)
  const language = mainLanguage(items)
  // The feed changed when its newest change did: a date from the content, not the clock, so an unchanged
  // feed is byte for byte the same and is not rewritten.
  const updated = items.reduce<Date | undefined>(
    (latest, item) =>
      item.updated !== undefined && (latest === undefined || item.updated > latest)
        ? item.updated
        : latest,
    undefined,
  )
  // Atom marks its titles as HTML (type="html"); RSS and JSON Feed titles are plain text. One feed each way.
  const plain = makeFeed(spec, items, language, updated, (text) => text)
  const atom = makeFeed(spec, items, language, updated, escapeHtml)
  return {
    rss: plain.rss2(),
    atom: atom.atom1(),
    json: toJsonFeed11(plain.json1(), items, language, spec.texts),
  }
}

function makeFeed(
  spec: FeedSpec,
  items: readonly SyndicationItem[],
  language: string | undefined,
  updated: Date | undefined,
  title: (text: string) => string,
): Feed {
  const feed = new Feed({
    id: spec.pageUrl,
    title: title(spec.title),
    description: spec.description,
    link: spec.pageUrl,
    language,
    updated: updated ?? new Date(0),
    generator: spec.siteName,
    feedLinks: { rss: spec.feedUrls.rss, atom: spec.feedUrls.atom, json: spec.feedUrls.json },
    copyright: `© ${spec.siteName}`,
  })
  for (const item of items) {
    const paragraphs = spec.texts?.get(item.slug)
    const summary = itemSummary(item, paragraphs)
    feed.addItem({
      title: title(item.headline),
      id: item.url,
      guid: item.url,
      link: item.url,
      // Atom's <updated> and JSON Feed's date_modified; <published> and date_published come from `published`.
      date: item.updated ?? item.published ?? new Date(0),
      published: item.published,
      // RSS descriptions and Atom summaries of type html are HTML: the summary goes in as escaped text.
      description: escapeHtml(summary),
      ...(spec.fullText === true &&
        paragraphs !== undefined &&
        paragraphs.length > 0 && {
          content: paragraphsHtml(paragraphs),
        }),
      author: item.authors.map((author) => ({ name: author.name })),
      ...(item.section !== undefined && { category: [{ name: item.section }] }),
    })
  }
  return feed
}
