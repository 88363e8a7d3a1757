import { mkdtemp, readFile, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { contentDir } from '../../../../build/shared/paths'
import {
  newsItems,
  newsSitemapXml,
  sitemapIndexXml,
  sitemapXml,
  splitIntoSitemaps,
  URLS_PER_SITEMAP,
} from '../../../../build/syndication/sitemaps'
import { toSyndicationItem } from '../../../../build/syndication/syndication-items'
import { writeSyndication } from '../../../../build/syndication/write-syndication'
import {
  manyRecords,
  sampleItems,
  sampleRecords,
  SITE,
  XSD,
  xmllintProblems,
} from '../../../support/syndication'

const HOUR = 3_600_000

describe('sitemaps', () => {
  test('are cut at 50,000 URLs, the protocol’s limit, in order', () => {
    const urls = Array.from({ length: 2 * URLS_PER_SITEMAP + 1 }, (_, index) => index)
    const files = splitIntoSitemaps(urls)
    expect(files.map((file) => file.length)).toEqual([50_000, 50_000, 1])
    expect(files[1]?.[0]).toBe(50_000)
    expect(files[2]).toEqual([100_000])
  })

  test('a sitemap of 50,000 URLs with lastmod validates against the protocol’s XSD', async () => {
    const lastmod = new Date('2026-11-30T12:00:00Z')
    const urls = Array.from({ length: URLS_PER_SITEMAP }, (_, index) => ({
      url: `https://news.example/articles/story-${index}`,
      lastmod,
    }))
    const xml = await sitemapXml(urls)
    expect(xml.match(/<url>/g)).toHaveLength(URLS_PER_SITEMAP)
    expect(await xmllintProblems(xml, XSD.sitemap)).toBe('')
  }, 60_000)

  test('an index validates against the sitemap index XSD', async () => {
    const xml = await sitemapIndexXml([
      { url: 'https://news.example/sitemaps/sitemap-1.xml', lastmod: new Date('2026-11-30') },
      { url: 'https://news.example/sitemaps/news.xml' },
    ])
    expect(await xmllintProblems(xml, XSD.index)).toBe('')
  })

  test('xmllint does reject a sitemap that breaks the protocol', async () => {
    const broken =
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url></url></urlset>'
    expect(await xmllintProblems(broken, XSD.sitemap)).toMatch(/fails to validate/)
  })
})

describe('the Google News sitemap', () => {
  test('lists the stories of the last two days, newest first, and nothing later than now', async () => {
    const [record] = await sampleRecords()
    if (!record) throw new Error('no sample article')
    const now = new Date('2026-12-01T12:00:00Z')
    // One story an hour, from an hour in the future back to three days ago.
    const items = manyRecords(record, 75, new Date(now.getTime() + HOUR)).map((each) =>
      toSyndicationItem(each, SITE),
    )
    const news = newsItems(items, now)
    const ages = news.map((item) => (now.getTime() - (item.published?.getTime() ?? 0)) / HOUR)
    expect(ages[0]).toBe(0)
    expect(ages.at(-1)).toBe(48)
    expect(news).toHaveLength(49)
  })

  test('names the publication and each story’s language, and validates against both XSDs', async () => {
    const items = await sampleItems()
    const xml = await newsSitemapXml(items.slice(0, 3), 'Broadsheet')
    expect(xml).toContain('<news:name>Broadsheet</news:name>')
    expect(xml).toContain('<news:language>en</news:language>')
    expect(await xmllintProblems(xml, XSD.news)).toBe('')
  })
})

describe('the build’s syndication step on the sample content', () => {
  async function build(now: Date, records?: Awaited<ReturnType<typeof sampleRecords>>) {
    const dist = await mkdtemp(path.join(tmpdir(), 'broadsheet-syndication-'))
    // The step reads the published articles from the built site's content folder.
    await symlink(contentDir, path.join(dist, 'content'), 'dir')
    const summary = await writeSyndication({
      records: records ?? (await sampleRecords()),
      site: { ...SITE, siteName: 'Broadsheet', feedFullText: false },
      dist,
      policy: { mediaOrigins: [], embedProviders: [] },
      now,
      search: false,
    })
    const read = (file: string) => readFile(path.join(dist, file), 'utf8')
    return { dist, summary, read }
  }

  test('writes an index, sitemaps and a news sitemap that all validate, and a robots.txt naming the index', async () => {
    // Just after the newest sample story, so the news sitemap has it.
    const { read } = await build(new Date('2022-03-14T06:00:00Z'))
    const index = await read('sitemap.xml')
    expect(await xmllintProblems(index, XSD.index)).toBe('')
    expect(index).toContain('<loc>https://news.example/sitemaps/sitemap-1.xml</loc>')
    expect(index).toContain('<loc>https://news.example/sitemaps/news.xml</loc>')
    const sitemap = await read('sitemaps/sitemap-1.xml')
    expect(await xmllintProblems(sitemap, XSD.sitemap)).toBe('')
    expect(sitemap).toContain(
      '<loc>https://news.example/articles/us-deep-concerns-china-alignment-russia</loc>',
    )
    expect(sitemap).toMatch(/<loc>https:\/\/news\.example\/<\/loc><lastmod>2022-03-14T[\d:.]+Z</)
    expect(await xmllintProblems(await read('sitemaps/news.xml'), XSD.news)).toBe('')
    expect(await read('robots.txt')).toContain('Sitemap: https://news.example/sitemap.xml')
  })

  test('writes a feed for the site and for each section, under the section page’s path', async () => {
    const { read, summary } = await build(new Date('2026-12-01T00:00:00Z'))
    expect(summary.newsUrls).toBe(0)
    const world = JSON.parse(await read('sections/world/feed.json')) as {
      title: string
      home_page_url: string
      items: { tags?: string[] }[]
    }
    expect(world.title).toBe('World · Broadsheet')
    expect(world.home_page_url).toBe('https://news.example/sections/world')
    expect(world.items.length).toBeGreaterThan(0)
    for (const item of world.items) expect(item.tags).toEqual(['World'])
    expect(await read('feed.xml')).toContain('<rss version="2.0"')
    expect(await read('sections/world/atom.xml')).toContain(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
    )
  })

  test('publishing one story reads that story’s file alone; the others’ text is remembered', async () => {
    const records = await sampleRecords()
    await build(new Date('2026-12-01T00:00:00Z'), records)
    const again = await build(new Date('2026-12-01T00:00:00Z'), records)
    expect(again.summary.textsRead).toBe(0)
    const [first, ...rest] = records
    if (!first) throw new Error('no sample article')
    const edited = { ...first, syndication: { ...first.syndication, digest: 'a new digest' } }
    const published = await build(new Date('2026-12-01T00:00:00Z'), [edited, ...rest])
    expect(published.summary.textsRead).toBe(1)
  })
})
