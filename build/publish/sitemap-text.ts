import { readFile } from 'node:fs/promises'
import { sitemapIndexXml } from '../syndication/sitemaps'

// The sitemaps the build wrote, edited entry by entry after a publish. They are the `sitemap` library's own
// output: each <url> (or <sitemap>) is one element with no whitespace around it, so an entry is found by its
// <loc> with one search through the text, and a file of thousands of URLs is never split into elements.

const URL_ELEMENT = /<url>.*?<\/url>/gs
const LOC = /<loc>(.*?)<\/loc>/
export const LASTMOD = /<lastmod>(.*?)<\/lastmod>/
export const PUBLICATION_DATE = /<news:publication_date>(.*?)<\/news:publication_date>/
const SITEMAP_ELEMENT = /<sitemap>.*?<\/sitemap>/gs

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}
const unescapeXml = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity)

export const readText = (file: string) => readFile(file, 'utf8').catch(() => undefined)

/** The <url> elements of a sitemap this build wrote, and the text before the first one (the header). */
export function urlElements(xml: string): { head: string; elements: string[] } {
  const elements = xml.match(URL_ELEMENT) ?? []
  const first = xml.indexOf('<url>')
  const head = first === -1 ? xml.slice(0, xml.indexOf('</urlset>')) : xml.slice(0, first)
  return { head, elements }
}

export const locOf = (element: string) => unescapeXml(LOC.exec(element)?.[1] ?? '')
export const dateIn = (pattern: RegExp, element: string) => {
  const value = pattern.exec(element)?.[1]
  return value === undefined ? undefined : new Date(value)
}

export function elementOf(xml: string): string {
  const element = urlElements(xml).elements[0]
  if (element === undefined) throw new Error('the sitemap library wrote no <url> element')
  return element
}

export interface IndexEntry {
  url: string
  lastmod?: Date
}

export function indexEntries(xml: string | undefined): IndexEntry[] {
  return (xml?.match(SITEMAP_ELEMENT) ?? []).map((element) => ({
    url: locOf(element),
    lastmod: dateIn(LASTMOD, element),
  }))
}

/**
 * The sitemap index with the touched entries replaced, added or removed, element by element; the whole index
 * is written by the library only when there was none. At a million stories it names 200 files.
 */
export async function withIndexEntries(
  xml: string | undefined,
  index: readonly IndexEntry[],
  touched: ReadonlyMap<string, Date | undefined | null>,
): Promise<string> {
  if (xml === undefined || !xml.includes('</sitemapindex>'))
    return sitemapIndexXml(index.map((each) => ({ url: each.url, lastmod: each.lastmod })))
  let text = xml
  for (const [url, lastmod] of touched) {
    const at = text.indexOf(locElement(url))
    const start = at === -1 ? -1 : text.lastIndexOf('<sitemap>', at)
    const end = at === -1 ? -1 : text.indexOf('</sitemap>', at) + '</sitemap>'.length
    const rendered =
      lastmod === null
        ? ''
        : ((await sitemapIndexXml([{ url, lastmod }])).match(SITEMAP_ELEMENT)?.[0] ?? '')
    if (at !== -1) text = `${text.slice(0, start)}${rendered}${text.slice(end)}`
    else {
      const close = text.lastIndexOf('</sitemapindex>')
      text = `${text.slice(0, close)}${rendered}${text.slice(close)}`
    }
  }
  return text
}

export const sitemapNumber = (url: string) => {
  const number = /\/sitemaps\/sitemap-(\d+)\.xml$/.exec(url)?.[1]
  return number === undefined ? undefined : Number(number)
}

/** The sitemap with each of `urls` it lists given `lastmod` when that is later than its own. */
export function withLastmods(xml: string, urls: readonly string[], lastmod: Date): string {
  let text = xml
  for (const url of urls) {
    const at = text.indexOf(locElement(url))
    if (at === -1) continue
    const end = text.indexOf('</url>', at)
    const element = text.slice(at, end)
    const current = dateIn(LASTMOD, element)
    if (current !== undefined && current >= lastmod) continue
    const stamp = `<lastmod>${lastmod.toISOString()}</lastmod>`
    const replaced =
      current === undefined
        ? `${locElement(url)}${stamp}${element.slice(locElement(url).length)}`
        : element.replace(LASTMOD, stamp)
    text = `${text.slice(0, at)}${replaced}${text.slice(end)}`
  }
  return text
}

/** The sitemap without the <url> elements of `urls`. */
export function withoutElements(xml: string, urls: readonly string[]): string {
  let text = xml
  for (const url of urls) {
    const at = text.indexOf(locElement(url))
    if (at === -1) continue
    const start = text.lastIndexOf('<url>', at)
    const end = text.indexOf('</url>', at) + '</url>'.length
    text = `${text.slice(0, start)}${text.slice(end)}`
  }
  return text
}

/** Counting elements, not parsing them: the file is ours. */
export function urlCount(xml: string): number {
  let count = 0
  for (let at = xml.indexOf('<url>'); at !== -1; at = xml.indexOf('<url>', at + 5)) count += 1
  return count
}

export const locElement = (url: string) => `<loc>${url.replace(/&/g, '&amp;')}</loc>`

/**
 * The sitemap with the story's <url> element replaced, or added at the end: found by its <loc> with one
 * search through the text, so a file of 50,000 URLs is never split into elements.
 */
export function withElement(xml: string, url: string, element: string): string {
  const at = xml.indexOf(locElement(url))
  if (at === -1) {
    const end = xml.lastIndexOf('</urlset>')
    return `${xml.slice(0, end)}${element}${xml.slice(end)}`
  }
  const start = xml.lastIndexOf('<url>', at)
  const end = xml.indexOf('</url>', at) + '</url>'.length
  return `${xml.slice(0, start)}${element}${xml.slice(end)}`
}
