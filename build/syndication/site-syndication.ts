import type { SiteConfig } from '../../src/config/site-config'
import { contentPolicyOf } from '../../src/config/site-config'
import { ValidationCache } from '../content/validation-cache'
import { articlesDir } from '../shared/paths'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { robotsTxt } from './sitemaps'
import type { SyndicationSummary } from './write-syndication'
import { writeSyndication } from './write-syndication'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const count = (value: number) => value.toLocaleString('en')

/** Syndication for the built site, as the prerender step runs it: returns its one summary line. */
export async function writeSiteSyndication(config: SiteConfig, dist: string): Promise<string> {
  // The content step (run first by `npm run build`) left every valid article's record in its cache.
  const records = (await ValidationCache.open(articlesDir)).records()
  const summary: SyndicationSummary = await writeSyndication({
    records,
    site: config,
    dist,
    policy: contentPolicyOf(config),
  })
  return (
    `syndication: ${count(summary.feeds)} feed(s) × 3 formats, ${count(summary.sitemaps)} sitemap(s) ` +
    `(${count(summary.urls)} URLs, ${count(summary.newsUrls)} in the news sitemap) in ${seconds(summary.feedsAndSitemapsMs)}, ` +
    `${count(summary.changed)} of ${count(summary.files)} files changed; ` +
    `search index of ${count(summary.searchRecords)} stories (${count(summary.textsRead)} read) in ${seconds(summary.searchMs)}`
  )
}

/** Content from another origin is not listed, but /robots.txt must still be a file, not the app shell. */
export async function writePlainRobots(dist: string): Promise<void> {
  await writeFile(path.join(dist, 'robots.txt'), robotsTxt())
}
