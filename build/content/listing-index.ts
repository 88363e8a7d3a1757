import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { listingFile, listingFolder } from '../../src/content/content-files'
import type { ListingKind } from '../../src/content/content-files'
import type { SummaryData } from '../../src/content/format'
import { sectionSlug, topicSlug } from '../../src/content/taxonomy'
import { optionalText } from '../../src/content/text'
import { writeIfChanged } from '../shared/write-if-changed'
import { buildFrontPagePages } from './front-page-index'
import { writeBuckets } from './index-buckets'
import type { FrontPageFile } from './front-page-index'

// The index files behind the section, author and topic pages: for every section, every author with a byline
// slug and every topic, the stories that carry it, cut into pages exactly like the front page's
// (sections/<slug>/index.json, then sections/<slug>/pages/2.json…), in the same schema, and the same older
// pages by bucket (sections/<slug>/buckets/<b>.json, src/content/index-layout.ts).

const LISTING_KINDS: readonly ListingKind[] = ['section', 'author', 'topic']

/** The listings one story belongs to, by the same rules as the reader's view model. */
export function listingsOf(summary: SummaryData): { kind: ListingKind; slug: string }[] {
  const section = optionalText(summary.section)
  const sections =
    section === undefined
      ? []
      : [{ kind: 'section' as const, slug: summary.sectionSlug ?? sectionSlug(section) }]
  const authors = (summary.byline ?? []).flatMap((author) =>
    author.slug === undefined ? [] : [{ kind: 'author' as const, slug: author.slug }],
  )
  const topics = (summary.topics ?? []).map((topic) => ({
    kind: 'topic' as const,
    slug: typeof topic === 'string' ? topicSlug(topic) : topic.slug,
  }))
  // A story lists once per page even if a byline names the same author twice.
  const unique = new Map(
    [...sections, ...authors, ...topics].map((listing) => [
      `${listing.kind}/${listing.slug}`,
      listing,
    ]),
  )
  return [...unique.values()]
}

export interface Listing {
  kind: ListingKind
  slug: string
  pages: FrontPageFile[]
}

/** Every listing the stories make, each cut into pages of the front page's size, newest first. */
export function buildListings(summaries: readonly SummaryData[]): Listing[] {
  const groups = new Map<string, { kind: ListingKind; slug: string; stories: SummaryData[] }>()
  for (const summary of summaries) {
    for (const { kind, slug } of listingsOf(summary)) {
      const key = `${kind}/${slug}`
      const group = groups.get(key) ?? { kind, slug, stories: [] }
      group.stories.push(summary)
      groups.set(key, group)
    }
  }
  return [...groups.values()]
    .sort((a, b) => `${a.kind}/${a.slug}`.localeCompare(`${b.kind}/${b.slug}`))
    .map(({ kind, slug, stories }) => ({ kind, slug, pages: buildFrontPagePages(stories) }))
}

interface ListingsWritten {
  listings: number
  pages: number
  /** Files whose bytes changed: one new story rewrites only the pages of the listings that carry it. */
  written: number
  /** Listings no story carries any more, and pages past a listing's end, deleted. */
  removed: number
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
}

/** Writes every listing's pages under `contentDir`, only where the bytes changed, and removes stale ones. */
export async function writeListings(
  contentDir: string,
  listings: readonly Listing[],
): Promise<ListingsWritten> {
  const counts: ListingsWritten = { listings: listings.length, pages: 0, written: 0, removed: 0 }
  for (const listing of listings) {
    for (const page of listing.pages) {
      const file = path.join(contentDir, listingFile(listing.kind, listing.slug, page.page))
      counts.pages += 1
      await mkdir(path.dirname(file), { recursive: true })
      if (await writeIfChanged(file, `${JSON.stringify(page)}\n`)) counts.written += 1
    }
    const pagesDir = path.join(contentDir, listingFolder(listing.kind), listing.slug, 'pages')
    const stalePages = (await readdir(pagesDir).catch(() => [])).filter((name) => {
      const number = Number(name.replace(/\.json$/, ''))
      return !(Number.isInteger(number) && number >= 2 && number <= listing.pages.length)
    })
    await Promise.all(stalePages.map((name) => rm(path.join(pagesDir, name))))
    counts.removed += stalePages.length
    // The same older pages by bucket, as the front page's: what `npm run publish` and the on-demand server use.
    counts.written += await writeBuckets(
      path.join(contentDir, listingFolder(listing.kind), listing.slug),
      listing.pages,
    )
  }
  // Only folders: authors/ also holds the publishers' own authors/<slug>.json profiles.
  for (const kind of LISTING_KINDS) {
    const dir = path.join(contentDir, listingFolder(kind))
    const current = new Set(listings.filter((listing) => listing.kind === kind).map((l) => l.slug))
    const stale = (await subfolders(dir)).filter((slug) => !current.has(slug))
    await Promise.all(stale.map((slug) => rm(path.join(dir, slug), { recursive: true })))
    counts.removed += stale.length
  }
  return counts
}
