import path from 'node:path'
import { authorProfileFile, listingFolder } from '../../src/content/content-files'
import type { ListingKind } from '../../src/content/content-files'
import type { SummaryData } from '../../src/content/format'
import { listingPath } from '../../src/content/listing-paths'
import { listingsOf } from '../content/listing-index'
import { renderListing } from '../prerender/listing-pages'
import type { PrerenderedPage, ServerEntry } from '../prerender/server-entry'
import type { IndexChange, IndexPage, IndexWriter } from './index-files'
import { placeInIndex, readJsonFile, removeFromIndex, renumberedPages } from './index-files'

// The section, author and topic pages one story is listed on: its entry put into each listing it carries
// (page 1, or the one older bucket for a correction), and taken out of those it no longer carries (a
// correction that moved it to another section or changed its byline). Page 1 of each is prerendered again;
// older pages are too on a static host, where a new bucket renumbers that one listing's pages.

export interface ListingRef {
  kind: ListingKind
  slug: string
}

export interface ListingsChange {
  /** Every listing whose files changed, with whether the story is still on it. */
  changed: (ListingRef & {
    listed: boolean
    emptied: boolean
    /** Its first story: the listing's page is new. */
    created: boolean
    pages: number[]
  })[]
  keys: string[]
}

export interface ListingContext {
  writer: IndexWriter
  entry: ServerEntry
  isStatic: boolean
  renderPage(relative: string, page: PrerenderedPage): Promise<void>
}

export const listingFolderOf = ({ kind, slug }: ListingRef) => `${listingFolder(kind)}/${slug}/`
const htmlFileOf = ({ kind, slug }: ListingRef, page: number) =>
  `${listingPath(kind, slug, page).slice(1)}.html`
const keyOf = (listing: ListingRef) => `${listing.kind}:${listing.slug}`
const sameListing = (a: ListingRef) => (b: ListingRef) => a.kind === b.kind && a.slug === b.slug

async function profileOf(context: ListingContext, listing: ListingRef): Promise<unknown> {
  if (listing.kind !== 'author') return undefined
  const file = path.join(context.writer.content, authorProfileFile(listing.slug))
  return readJsonFile(file).catch(() => undefined)
}

async function render(context: ListingContext, listing: ListingRef, page: IndexPage) {
  const job = {
    ...listing,
    page: page.page,
    jsonFile: '',
    htmlFile: htmlFileOf(listing, page.page),
  }
  const profile = page.page === 1 ? await profileOf(context, listing) : undefined
  await context.renderPage(job.htmlFile, renderListing(context.entry, job, page, profile))
}

async function afterChange(
  context: ListingContext,
  listing: ListingRef,
  change: IndexChange,
  keys: Set<string>,
): Promise<void> {
  const folder = listingFolderOf(listing)
  if (change.emptied) {
    // Its last story left: the listing is gone, as the next build would have it.
    await context.writer.remove(htmlFileOf(listing, 1))
    keys.add(keyOf(listing))
    return
  }
  for (const page of change.pages) {
    if (page === 1) await render(context, listing, change.front)
    else if (context.isStatic && change.older !== undefined)
      await render(context, listing, change.older)
    keys.add(`${keyOf(listing)}:${page}`)
  }
  if (change.renumbered) {
    keys.add(keyOf(listing))
    if (context.isStatic)
      for (const older of await renumberedPages(
        context.writer.content,
        folder,
        change.front.pageCount,
      )) {
        await context.writer.write(
          path.join('content', folder, 'pages', `${older.page}.json`),
          JSON.stringify(older),
        )
        await render(context, listing, older)
      }
  }
}

/** Puts the story on every listing it carries and takes it off those it left. */
export async function publishListings(
  context: ListingContext,
  summary: SummaryData,
  previous: SummaryData | undefined,
): Promise<ListingsChange> {
  const now = listingsOf(summary)
  const before = previous === undefined ? [] : listingsOf(previous)
  const keys = new Set<string>()
  const changed: ListingsChange['changed'] = []
  for (const listing of now) {
    const wasListed = before.some(sameListing(listing))
    const change = await placeInIndex(context.writer, listingFolderOf(listing), summary, {
      previous: wasListed ? previous : undefined,
    })
    await afterChange(context, listing, change, keys)
    changed.push({
      ...listing,
      listed: true,
      emptied: false,
      created: change.created === true,
      pages: change.pages,
    })
  }
  for (const listing of before.filter((old) => !now.some(sameListing(old)))) {
    if (previous === undefined) break
    const change = await removeFromIndex(context.writer, listingFolderOf(listing), previous)
    if (change === undefined) continue
    await afterChange(context, listing, change, keys)
    changed.push({
      ...listing,
      listed: false,
      emptied: change.emptied,
      created: false,
      pages: change.pages,
    })
  }
  return { changed, keys: [...keys] }
}
