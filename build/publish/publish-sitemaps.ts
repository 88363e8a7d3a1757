import { rm } from 'node:fs/promises'
import path from 'node:path'
import { listingPath } from '../../src/content/listing-paths'
import { articlePath, frontPagePath } from '../../src/content/site-paths'
import { NEWS_SITEMAP_KEY, SITEMAP_KEY, sitemapKey } from '../../src/content/syndication-keys'
import { loadServerEntry } from '../prerender/server-entry'
import {
  NEWS_LIMIT,
  NEWS_WINDOW_MS,
  newsSitemapXml,
  sitemapXml,
  SITEMAP_FILE_URLS,
} from '../syndication/sitemaps'
import { publicUrl, toSyndicationItem } from '../syndication/syndication-items'
import type { SyndicationSite } from '../syndication/write-syndication'
import {
  NEWS_SITEMAP_PATH,
  SITEMAP_INDEX_PATH,
  sitemapPath,
} from '../syndication/write-syndication'
import type { PublishedStory } from './hooks'
import { writeAtomically } from './index-files'
import {
  dateIn,
  elementOf,
  indexEntries,
  LASTMOD,
  locElement,
  locOf,
  PUBLICATION_DATE,
  readText,
  sitemapNumber,
  urlCount,
  urlElements,
  withElement,
  withIndexEntries,
  withLastmods,
  withoutElements,
} from './sitemap-text'

// The sitemaps after one publish: the Google News sitemap (the last two days, kept from the one on disk plus
// this story, so no index is read for it), the story's own entry in the one sitemap file that holds it (a new
// story joins the last file, or starts a new one when that is full), the lastmod of the pages listing it,
// and the index's dates for all of them, each file edited entry by entry (sitemap-text.ts).

const later = (a: Date | undefined, b: Date | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b

export async function updateSitemaps(
  story: PublishedStory,
  now = new Date(),
): Promise<{ files: string[]; keys: string[] }> {
  const entry = await loadServerEntry()
  const site: SyndicationSite = entry.siteConfig
  const item = toSyndicationItem(story.record, site)
  const url = publicUrl(site, articlePath(story.slug))
  const distFile = (appPath: string) => path.join(story.dist, appPath.slice(1))
  const files: string[] = []
  const keys: string[] = []
  const write = async (appPath: string, text: string) => {
    await writeAtomically(distFile(appPath), text)
    files.push(appPath.slice(1))
  }
  const indexXml = await readText(distFile(SITEMAP_INDEX_PATH))
  const index = indexEntries(indexXml)
  /** The index's entries this publish changed (or removed: lastmod null), by URL. */
  const touched = new Map<string, Date | undefined | null>()
  const setIndex = (appPath: string, lastmod: Date | undefined) => {
    const address = publicUrl(site, appPath)
    const found = index.find((each) => each.url === address)
    if (found) found.lastmod = lastmod
    else index.push({ url: address, lastmod })
    touched.set(address, lastmod)
  }

  // The news sitemap: the stories of the last two days, newest first; this one's entry replaced or added.
  const since = now.getTime() - NEWS_WINDOW_MS
  const news = urlElements((await readText(distFile(NEWS_SITEMAP_PATH))) ?? '')
  const published = item.published?.getTime()
  const fresh =
    published !== undefined && published >= since && published <= now.getTime()
      ? [elementOf(await newsSitemapXml([item], site.siteName))]
      : []
  const kept = [
    ...news.elements.filter((element) => {
      const time = dateIn(PUBLICATION_DATE, element)?.getTime()
      return locOf(element) !== url && time !== undefined && time >= since
    }),
    ...fresh,
  ]
    .map((element) => ({ element, time: dateIn(PUBLICATION_DATE, element)?.getTime() ?? 0 }))
    .sort((a, b) => b.time - a.time)
    .slice(0, NEWS_LIMIT)
  const inNews = news.elements.some((element) => locOf(element) === url)
  // Unchanged unless the story is (or was) in it, or a story aged out of the two days.
  const newsChanged = fresh.length > 0 || inNews || kept.length !== news.elements.length
  if (newsChanged && (kept.length > 0 || news.elements.length > 0)) {
    // The protocol wants at least one URL: a quiet spell leaves no news sitemap, as the build does.
    const head =
      fresh.length > 0 || news.head === ''
        ? urlElements(await newsSitemapXml([item], site.siteName)).head
        : news.head
    if (kept.length > 0) {
      await write(NEWS_SITEMAP_PATH, `${head}${kept.map((each) => each.element).join('')}</urlset>`)
      setIndex(
        NEWS_SITEMAP_PATH,
        kept.reduce<Date | undefined>(
          (max, each) => later(max, dateIn(LASTMOD, each.element)),
          undefined,
        ),
      )
    } else {
      await rm(distFile(NEWS_SITEMAP_PATH), { force: true })
      files.push(NEWS_SITEMAP_PATH.slice(1))
      const at = index.findIndex((each) => each.url === publicUrl(site, NEWS_SITEMAP_PATH))
      if (at !== -1) index.splice(at, 1)
      touched.set(publicUrl(site, NEWS_SITEMAP_PATH), null)
    }
    keys.push(NEWS_SITEMAP_KEY)
  }

  // The story's entry in the regular sitemaps.
  const element = elementOf(await sitemapXml([{ url, lastmod: item.updated }]))
  const numbers = index
    .map((each) => sitemapNumber(each.url))
    .filter((number) => number !== undefined)
  const last = Math.max(0, ...numbers)
  const holding = await findHolding(story, numbers, last, url, distFile)
  if (holding !== undefined) {
    const { number, xml } = holding
    await write(sitemapPath(number), withElement(xml, url, element))
    const before = index.find((each) => each.url === publicUrl(site, sitemapPath(number)))
    setIndex(sitemapPath(number), later(before?.lastmod, item.updated))
    keys.push(sitemapKey(number))
  } else {
    // The last file is full (or there is none): the story starts the next one.
    await write(sitemapPath(last + 1), await sitemapXml([{ url, lastmod: item.updated }]))
    setIndex(sitemapPath(last + 1), item.updated)
    keys.push(sitemapKey(last + 1))
  }

  // The pages that list the story changed when it did: their lastmod moves too (the front page's pages come
  // first in the build's sitemaps, listings last).
  const pageUrls = [
    ...(story.frontPages ?? []).map((page) => publicUrl(site, frontPagePath(page))),
    ...story.listings
      .filter((listing) => listing.listed)
      .flatMap((listing) =>
        listing.pages.map((page) => publicUrl(site, listingPath(listing.kind, listing.slug, page))),
      ),
  ]
  // A listing the story started has a page crawlers don't know yet; one it emptied is gone.
  const added = story.listings
    .filter((listing) => listing.created)
    .map((listing) => publicUrl(site, listingPath(listing.kind, listing.slug)))
  const gone = story.listings
    .filter((listing) => listing.emptied)
    .map((listing) => publicUrl(site, listingPath(listing.kind, listing.slug)))
  const lastNow = Math.max(0, ...index.map((each) => sitemapNumber(each.url) ?? 0))
  const found = new Set<string>()
  const checked = [...new Set([1, lastNow - 1, lastNow].filter((n) => n >= 1))]
  for (const number of checked) {
    const xml = await readText(distFile(sitemapPath(number)))
    if (xml === undefined || item.updated === undefined) continue
    for (const address of added) if (xml.includes(locElement(address))) found.add(address)
    let edited = withoutElements(withLastmods(xml, pageUrls, item.updated), gone)
    if (number === lastNow) {
      const missing = added.filter(
        (address) => !found.has(address) && !edited.includes(locElement(address)),
      )
      if (missing.length > 0 && urlCount(edited) + missing.length <= SITEMAP_FILE_URLS)
        for (const address of missing)
          edited = withElement(
            edited,
            address,
            elementOf(await sitemapXml([{ url: address, lastmod: item.updated }])),
          )
    }
    if (edited === xml) continue
    await write(sitemapPath(number), edited)
    const before = index.find((each) => each.url === publicUrl(site, sitemapPath(number)))
    setIndex(sitemapPath(number), later(before?.lastmod, item.updated))
    keys.push(sitemapKey(number))
  }

  await write(SITEMAP_INDEX_PATH, await withIndexEntries(indexXml, index, touched))
  keys.push(SITEMAP_KEY)
  return { files, keys }
}

/**
 * The sitemap file that lists the story, or for a new story the last file if it has room. The build lists the
 * front page's pages, then the stories newest first, 5,000 URLs a file: the story's place on the front page's
 * index says which file that is; a story published since the build is in the last file, or next door.
 */
async function findHolding(
  story: PublishedStory,
  numbers: readonly number[],
  last: number,
  url: string,
  distFile: (appPath: string) => string,
): Promise<{ number: number; xml: string } | undefined> {
  const needle = locElement(url)
  if (story.kind === 'correction') {
    const guess =
      story.position === undefined
        ? last
        : Math.floor((story.frontPage.pageCount + story.position) / SITEMAP_FILE_URLS) + 1
    const order = [guess, guess + 1, guess - 1, last, ...numbers]
    for (const number of new Set(order.filter((each) => numbers.includes(each)))) {
      const xml = await readText(distFile(sitemapPath(number)))
      if (xml?.includes(needle)) return { number, xml }
    }
  }
  if (last === 0) return undefined
  const xml = (await readText(distFile(sitemapPath(last)))) ?? ''
  return urlCount(xml) < SITEMAP_FILE_URLS ? { number: last, xml } : undefined
}
