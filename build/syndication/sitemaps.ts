import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import type { SitemapItemLoose } from 'sitemap'
import type { SyndicationItem } from './syndication-items'

// Sitemaps for search engines, written by the `sitemap` library: an index naming every sitemap, sitemaps of
// at most 50,000 URLs each (the protocol's limit) with the date each page last changed, and a Google News
// sitemap of the stories published in the last two days.

/** The sitemap protocol's limit per file. */
export const URLS_PER_SITEMAP = 50_000
/**
 * What the build puts in one file: well under the limit, so that `npm run publish`, which rewrites the one
 * file listing a story, rewrites about 500 KB at any archive size, not up to 5 MB (docs/performance.md).
 */
export const SITEMAP_FILE_URLS = 5_000
/** Google News reads stories published in the last two days, and at most 1,000 of them per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000
export const NEWS_LIMIT = 1000

export interface SitemapUrl {
  url: string
  lastmod?: Date
}

async function render(stream: SitemapStream | SitemapIndexStream, entries: unknown[]) {
  const done = streamToPromise(stream)
  for (const entry of entries) stream.write(entry)
  stream.end()
  return (await done).toString('utf8')
}

const noExtensions = { news: false, video: false, xhtml: false, image: false }

/** The URLs cut into files of at most `perFile`, in the order given. */
export function splitIntoSitemaps<T>(urls: readonly T[], perFile = URLS_PER_SITEMAP): T[][] {
  const files: T[][] = []
  for (let start = 0; start < urls.length; start += perFile)
    files.push(urls.slice(start, start + perFile))
  return files
}

export async function sitemapXml(urls: readonly SitemapUrl[]): Promise<string> {
  const entries: SitemapItemLoose[] = urls.map((entry) => ({
    url: entry.url,
    ...(entry.lastmod && { lastmod: entry.lastmod.toISOString() }),
  }))
  return render(new SitemapStream({ xmlns: noExtensions }), entries)
}

export async function sitemapIndexXml(sitemaps: readonly SitemapUrl[]): Promise<string> {
  return render(
    new SitemapIndexStream(),
    sitemaps.map((entry) => ({
      url: entry.url,
      ...(entry.lastmod && { lastmod: entry.lastmod.toISOString() }),
    })),
  )
}

/** Stories published within the two days before `now`, newest first, at most NEWS_LIMIT. */
export function newsItems(items: readonly SyndicationItem[], now: Date): SyndicationItem[] {
  const since = now.getTime() - NEWS_WINDOW_MS
  return items
    .filter((item) => {
      const time = item.published?.getTime()
      return time !== undefined && time >= since && time <= now.getTime()
    })
    .sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0))
    .slice(0, NEWS_LIMIT)
}

export async function newsSitemapXml(
  items: readonly SyndicationItem[],
  publication: string,
): Promise<string> {
  const entries: SitemapItemLoose[] = items.map((item) => ({
    url: item.url,
    ...(item.updated && { lastmod: item.updated.toISOString() }),
    news: {
      publication: { name: publication, language: newsLanguage(item.language) },
      publication_date: (item.published ?? new Date(0)).toISOString(),
      title: item.headline,
    },
  }))
  return render(new SitemapStream({ xmlns: { ...noExtensions, news: true } }), entries)
}

/** Google News takes ISO 639 codes, with zh-cn and zh-tw the only regional ones. */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase()
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower
  return lower.split('-')[0] ?? lower
}

/** robots.txt: every crawler welcome, and where the sitemap index is (when the build wrote one). */
export function robotsTxt(sitemapIndexUrl?: string): string {
  const sitemap = sitemapIndexUrl === undefined ? '' : `\nSitemap: ${sitemapIndexUrl}\n`
  return `User-agent: *\nAllow: /\n${sitemap}`
}
