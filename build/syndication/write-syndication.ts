import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ContentPolicy } from '../../src/content/content-policy'
import {
  articlePath,
  authorPath,
  frontPagePath,
  sectionPath,
  topicPath,
} from '../../src/content/site-paths'
import { buildFrontPagePages } from '../content/front-page-index'
import type { ArticleRecord } from '../content/validate-articles'
import { readCacheFile, writeCacheFile } from '../shared/build-cache'
import { articleTexts } from './article-text'
import { feedFiles } from './feed-documents'
import type { FeedGroup } from './feed-groups'
import { authorGroups, feedGroups, sectionGroups, topicGroups } from './feed-groups'
import { STORIES_PER_PAGE } from '../content/front-page-index'
import { existsSync } from 'node:fs'
import { searchRecord, writeSearchIndex } from './search-index'
import type { SitemapUrl } from './sitemaps'
import {
  newsItems,
  newsSitemapXml,
  robotsTxt,
  sitemapIndexXml,
  SITEMAP_FILE_URLS,
  sitemapXml,
  splitIntoSitemaps,
} from './sitemaps'
import type { SiteAddress, SyndicationItem } from './syndication-items'
import { newestFirst, publicUrl, toSyndicationItem } from './syndication-items'

// The prerender step's syndication part: feeds, sitemaps, robots.txt and the search index, all from the
// records the content step keeps (build/content/validation-cache.ts) and the remembered text of each story.

export const SITEMAP_INDEX_PATH = '/sitemap.xml'
export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml'
export const sitemapPath = (number: number) => `/sitemaps/sitemap-${number}.xml`
export const SEARCH_INDEX_DIR = 'pagefind'

export interface SyndicationSite extends SiteAddress {
  siteName: string
  feedFullText: boolean
}

export interface SyndicationOptions {
  records: readonly ArticleRecord[]
  site: SyndicationSite
  /** The built site (dist/), with its content folder already published. */
  dist: string
  /** What the site lets articles load: media text (transcripts) is indexed as the reader sees it. */
  policy: ContentPolicy
  /** The news sitemap's "last two days" end here. */
  now?: Date
  /** Skips the search index (tests of feeds and sitemaps alone). */
  search?: boolean
}

export interface SyndicationSummary {
  feeds: number
  sitemaps: number
  urls: number
  newsUrls: number
  /** Generated files whose bytes differ from the last build's. */
  changed: number
  files: number
  textsRead: number
  searchRecords: number
  feedsAndSitemapsMs: number
  searchMs: number
}

const latest = (dates: (Date | undefined)[]) =>
  dates.reduce<Date | undefined>(
    (max, date) => (date !== undefined && (max === undefined || date > max) ? date : max),
    undefined,
  )

/** The app path of a page as a file in dist/: "/" is index; a path with an extension is itself. */
const distFile = (dist: string, appPath: string) => path.join(dist, appPath.replace(/^\//, ''))

/** Every page a crawler should know of, each with the date its content last changed. */
function pageUrls(
  records: readonly ArticleRecord[],
  items: readonly SyndicationItem[],
  site: SiteAddress,
): SitemapUrl[] {
  const bySlug = new Map(items.map((item) => [item.slug, item]))
  const frontPages = buildFrontPagePages(records.map((record) => record.summary)).map((page) => ({
    url: publicUrl(site, frontPagePath(page.page)),
    lastmod: latest(page.articles.map((story) => bySlug.get(story.slug)?.updated)),
  }))
  const articles = items.map((item) => ({
    url: publicUrl(site, articlePath(item.slug)),
    lastmod: item.updated,
  }))
  return [...frontPages, ...articles]
}

/**
 * The pages of each section, author and topic (30 stories a page, newest first, like the front page), those
 * the build made: a listing that has no page yet is not offered to crawlers.
 */
function listingUrls(
  items: readonly SyndicationItem[],
  site: SiteAddress,
  dist: string,
): SitemapUrl[] {
  const listings: [FeedGroup[], (pagePath: string, page: number) => string][] = [
    [sectionGroups(items), (base, page) => withPage(base, page, sectionPath)],
    [authorGroups(items), (base, page) => withPage(base, page, authorPath)],
    [topicGroups(items), (base, page) => withPage(base, page, topicPath)],
  ]
  return listings.flatMap(([groups, pathOf]) =>
    groups.flatMap((group) => {
      // Page 1's file says the build made the listing; on demand its older pages are the handler's.
      if (!existsSync(`${distFile(dist, pathOf(group.pagePath, 1))}.html`)) return []
      const sorted = newestFirst(group.items)
      const pages = Math.max(1, Math.ceil(sorted.length / STORIES_PER_PAGE))
      return Array.from({ length: pages }, (_, index) => {
        const appPath = pathOf(group.pagePath, index + 1)
        const onPage = sorted.slice(index * STORIES_PER_PAGE, (index + 1) * STORIES_PER_PAGE)
        return { appPath, lastmod: latest(onPage.map((item) => item.updated)) }
      }).map(({ appPath, lastmod }) => ({ url: publicUrl(site, appPath), lastmod }))
    }),
  )
}

/** Page n of a listing whose first page is at `base`, by the site's own path function. */
function withPage(
  base: string,
  page: number,
  pathOf: (slug: string, page: number) => string,
): string {
  const slug = base.slice(base.lastIndexOf('/') + 1)
  return pathOf(slug, page)
}

export async function writeSyndication(options: SyndicationOptions): Promise<SyndicationSummary> {
  const { records, site, dist } = options
  const started = performance.now()
  const items = newestFirst(records.map((record) => toSyndicationItem(record, site)))
  const { texts, read } = await articleTexts(items, path.join(dist, 'content'), options.policy)

  const files = new Map<string, string>()
  const groups = feedGroups(items)
  for (const group of groups)
    for (const [appPath, text] of feedFiles(group, site, texts)) files.set(appPath, text)

  const urls = [...pageUrls(records, items, site), ...listingUrls(items, site, dist)]
  const chunks = splitIntoSitemaps(urls, SITEMAP_FILE_URLS)
  const now = options.now ?? new Date()
  const news = newsItems(items, now)
  const sitemapEntries: SitemapUrl[] = []
  for (const [index, chunk] of chunks.entries()) {
    files.set(sitemapPath(index + 1), await sitemapXml(chunk))
    sitemapEntries.push({
      url: publicUrl(site, sitemapPath(index + 1)),
      lastmod: latest(chunk.map((entry) => entry.lastmod)),
    })
  }
  // The protocol wants at least one URL in a sitemap: in a quiet spell there is no news sitemap at all.
  if (news.length > 0) {
    files.set(NEWS_SITEMAP_PATH, await newsSitemapXml(news, site.siteName))
    sitemapEntries.push({
      url: publicUrl(site, NEWS_SITEMAP_PATH),
      lastmod: latest(news.map((item) => item.updated)),
    })
  }
  files.set(SITEMAP_INDEX_PATH, await sitemapIndexXml(sitemapEntries))
  files.set('/robots.txt', robotsTxt(publicUrl(site, SITEMAP_INDEX_PATH)))

  const changed = await writeAll(dist, files)
  const feedsAndSitemapsMs = performance.now() - started

  let search = { records: 0, ms: 0 }
  if (options.search !== false) {
    const searchRecords = items.map((item) =>
      searchRecord({
        item,
        path: `${site.basePath}${articlePath(item.slug).slice(1)}`,
        paragraphs: texts.get(item.slug) ?? [],
      }),
    )
    search = await writeSearchIndex(
      searchRecords,
      path.join(dist, SEARCH_INDEX_DIR),
      mainLanguage(items),
    )
  }
  return {
    feeds: groups.length,
    sitemaps: sitemapEntries.length,
    urls: urls.length,
    newsUrls: news.length,
    changed,
    files: files.size,
    textsRead: read,
    searchRecords: search.records,
    feedsAndSitemapsMs,
    searchMs: search.ms,
  }
}

function mainLanguage(items: readonly SyndicationItem[]): string {
  const counts = new Map<string, number>()
  for (const item of items) {
    const primary = item.language.split('-')[0]?.toLowerCase() ?? 'en'
    counts.set(primary, (counts.get(primary) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en'
}

const FILE_DIGESTS = 'syndication-files.json'

/** Writes every file; counts those whose bytes differ from the last build's (the bench's "what changed"). */
async function writeAll(dist: string, files: Map<string, string>): Promise<number> {
  const before = new Map((await readCacheFile<[string, string][]>(FILE_DIGESTS, dist)) ?? [])
  const after = new Map<string, string>()
  let changed = 0
  for (const [appPath, content] of files) {
    const file = distFile(dist, appPath)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
    const digest = createHash('sha256').update(content).digest('base64')
    if (before.get(appPath) !== digest) changed += 1
    after.set(appPath, digest)
  }
  await writeCacheFile(FILE_DIGESTS, dist, [...after])
  return changed
}
