// What else a publish updates, beyond the article's page and the index pages that list it. The feeds, the news
// sitemap and the search index are built elsewhere; each adds one entry here, called with the story just
// published, and does work in proportion to that story alone (its feed entries, its sitemap line, its
// search fragment), never to the archive.

import type { SummaryData } from '../../src/content/format'
import { addToSearchIndex } from '../syndication/search-delta'
import type { ArticleRecord } from '../content/validate-articles'
import type { ListingsChange } from './listing-publish'
import { updateFeeds } from './publish-feeds'
import { updateSitemaps } from './publish-sitemaps'

export interface PublishedStory {
  slug: string
  kind: 'new' | 'correction'
  /** The published copy of the article, as the reader gets it. */
  article: unknown
  summary: SummaryData
  /** The front page after the publish (the newest stories, for feeds and the news sitemap). */
  frontPage: { articles: SummaryData[]; pageCount: number }
  dist: string
  /** What the content step keeps for the story (its summary and syndication facts). */
  record: ArticleRecord
  /** A correction: how the story was listed before (its section, authors and topics may have changed). */
  previous?: SummaryData
  /** The front page's pages whose stories changed (1, or the older page a correction was on). */
  frontPages?: number[]
  /** How many stories are newer on the front page's index (its place in the build's sitemaps). */
  position?: number
  /** The section, author and topic listings whose index files this publish changed. */
  listings: ListingsChange['changed']
}

export interface PublishHook {
  name: string
  /** Returns the files it wrote (relative to dist/) and the cache keys to purge for them. */
  run(story: PublishedStory): Promise<{ files: string[]; keys: string[] }>
}

export const PUBLISH_HOOKS: PublishHook[] = [
  { name: 'feeds', run: updateFeeds },
  { name: 'sitemaps', run: updateSitemaps },
  { name: 'search index', run: addToSearchIndex },
]
