import { rm } from 'node:fs/promises'
import path from 'node:path'
import { contentPolicyOf } from '../../src/config/site-config'
import { articleFile } from '../../src/content/content-files'
import type { ContentPolicy } from '../../src/content/content-policy'
import { FEED_FORMATS, feedPath } from '../../src/content/feed-paths'
import type { SummaryData } from '../../src/content/format'
import { parseArticle } from '../../src/content/parse'
import { authorPath, frontPagePath, sectionPath } from '../../src/content/site-paths'
import { toArticleView } from '../../src/content/view-model'
import { feedKey } from '../../src/content/syndication-keys'
import type { FeedOwner } from '../../src/content/syndication-keys'
import type { ArticleRecord } from '../content/validate-articles'
import { loadServerEntry } from '../prerender/server-entry'
import { articleParagraphs } from '../syndication/article-text'
import { feedFiles } from '../syndication/feed-documents'
import type { FeedGroup } from '../syndication/feed-groups'
import { FEED_ITEMS } from '../syndication/feeds'
import type { SyndicationItem } from '../syndication/syndication-items'
import { toSyndicationItem } from '../syndication/syndication-items'
import type { SyndicationSite } from '../syndication/write-syndication'
import type { PublishedStory } from './hooks'
import { readBucket, readFront, readJsonFile, writeAtomically } from './index-files'
import { listingFolderOf } from './listing-publish'
import type { ListingRef } from './listing-publish'

// The feeds one story is in, written again after a publish: the site's, its section's and its authors' (and
// those of a section or author a correction took it from). Each is made from its own index's page 1 and
// newest bucket (at least fifty stories when the listing has them), never from the archive; the stories'
// language and text come from their own files, at most FEED_ITEMS of them per feed. An item's id is its
// article's URL, so a correction keeps its guid and moves its date_modified.

export interface FeedKeyed {
  files: string[]
  keys: string[]
}

interface StoryFacts {
  language?: string
  paragraphs?: string[]
}

/** The newest stories of the index in `folder`, newest first: page 1, then the newest bucket if needed. */
async function newestOf(content: string, folder: string): Promise<SummaryData[]> {
  const front = await readFront(content, folder)
  if (front === undefined) return []
  if (front.articles.length >= FEED_ITEMS || front.pageCount < 2) return front.articles
  return [...front.articles, ...(await readBucket(content, folder, front.pageCount - 2))]
}

function factsFrom(json: unknown, slug: string, policy: ContentPolicy, wantText: boolean) {
  const language =
    typeof json === 'object' && json !== null && 'language' in json ? json.language : undefined
  const facts: StoryFacts = { language: typeof language === 'string' ? language : undefined }
  if (wantText)
    try {
      facts.paragraphs = articleParagraphs(
        toArticleView(parseArticle(json, articleFile(slug)), slug, policy),
      )
    } catch {
      // A story whose file can't be read is listed by its summary alone.
    }
  return facts
}

function itemOf(summary: SummaryData, facts: StoryFacts, site: SyndicationSite): SyndicationItem {
  const record: ArticleRecord = {
    file: articleFile(summary.slug),
    slug: summary.slug,
    summary,
    links: [],
    images: [],
    mediaUrls: [],
    syndication: { digest: '', updatedAt: summary.updatedAt, language: facts.language },
  }
  return toSyndicationItem(record, site)
}

function groupName(listing: ListingRef, items: readonly SyndicationItem[]): string | undefined {
  for (const item of items) {
    if (listing.kind === 'section' && item.sectionSlug === listing.slug) return item.section
    const author = item.authors.find((each) => each.slug === listing.slug)
    if (listing.kind === 'author' && author !== undefined) return author.name
  }
  return undefined
}

const ownerOf = (listing: ListingRef): FeedOwner =>
  listing.kind === 'topic' ? undefined : { kind: listing.kind, slug: listing.slug }

const pagePathOf = (listing: ListingRef) =>
  listing.kind === 'section' ? sectionPath(listing.slug) : authorPath(listing.slug)

export async function updateFeeds(story: PublishedStory): Promise<FeedKeyed> {
  const entry = await loadServerEntry()
  const site: SyndicationSite = entry.siteConfig
  const policy = contentPolicyOf(entry.siteConfig)
  const content = path.join(story.dist, 'content')
  const files: string[] = []
  const keys: string[] = []
  const facts = new Map<string, Promise<StoryFacts>>()
  const factsOf = (summary: SummaryData) => {
    const wantText = site.feedFullText || summary.standfirst === undefined
    const known = facts.get(summary.slug)
    if (known) return known
    const json =
      summary.slug === story.slug
        ? Promise.resolve(story.article)
        : readJsonFile(path.join(content, articleFile(summary.slug))).catch(() => undefined)
    const made = json.then((value) => factsFrom(value, summary.slug, policy, wantText))
    facts.set(summary.slug, made)
    return made
  }

  const write = async (group: FeedGroup, key: string) => {
    const texts = new Map<string, string[]>()
    for (const item of group.items) {
      const paragraphs = (await facts.get(item.slug))?.paragraphs
      if (paragraphs !== undefined) texts.set(item.slug, paragraphs)
    }
    for (const [appPath, text] of feedFiles(group, site, texts)) {
      await writeAtomically(path.join(story.dist, appPath), text)
      files.push(appPath.slice(1))
    }
    keys.push(key)
  }
  const itemsOf = async (folder: string) => {
    const summaries = (await newestOf(content, folder)).slice(0, FEED_ITEMS)
    return Promise.all(
      summaries.map(async (summary) =>
        summary.slug === story.slug
          ? toSyndicationItem(story.record, site)
          : itemOf(summary, await factsOf(summary), site),
      ),
    )
  }
  // The story's own text, once, for every feed it is in.
  await factsOf(story.summary)

  await write({ pagePath: frontPagePath(1), items: await itemsOf('') }, feedKey(undefined))
  for (const listing of story.listings) {
    if (listing.kind === 'topic') continue
    const pagePath = pagePathOf(listing)
    if (listing.emptied) {
      // Its last story left: no page, so no feed.
      for (const format of FEED_FORMATS) {
        await rm(path.join(story.dist, feedPath(pagePath, format)), { force: true })
        files.push(feedPath(pagePath, format).slice(1))
      }
      keys.push(feedKey(ownerOf(listing)))
      continue
    }
    const items = await itemsOf(listingFolderOf(listing))
    await write({ pagePath, name: groupName(listing, items), items }, feedKey(ownerOf(listing)))
  }
  return { files, keys }
}
