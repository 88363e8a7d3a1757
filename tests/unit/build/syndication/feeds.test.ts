import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, test } from 'vitest'
import { buildFeed, FEED_ITEMS } from '../../../../build/syndication/feeds'
import type { FeedSpec } from '../../../../build/syndication/feeds'
import type { SyndicationItem } from '../../../../build/syndication/syndication-items'
import { toSyndicationItem } from '../../../../build/syndication/syndication-items'
import { manyRecords, sampleItems, sampleRecords, SITE } from '../../../support/syndication'

const SEED_SLUG = 'us-deep-concerns-china-alignment-russia'
const SEED_URL = `https://news.example/articles/${SEED_SLUG}`

function spec(items: readonly SyndicationItem[], extra: Partial<FeedSpec> = {}): FeedSpec {
  return {
    title: 'Broadsheet',
    description: 'The latest stories from Broadsheet.',
    pageUrl: 'https://news.example/',
    feedUrls: {
      rss: 'https://news.example/feed.xml',
      atom: 'https://news.example/atom.xml',
      json: 'https://news.example/feed.json',
    },
    siteName: 'Broadsheet',
    items,
    ...extra,
  }
}

describe('the site’s feeds, read by a real feed parser', () => {
  test.each(['rss', 'atom'] as const)(
    '%s lists every dated story, newest first, by its canonical URL and dates',
    async (format) => {
      const items = await sampleItems()
      const feed = parseFeed(buildFeed(spec(items))[format])
      const dated = items.filter((item) => item.published !== undefined)
      expect(feed.title).toBe('Broadsheet')
      expect(feed.items.map((item) => item.id)).toEqual(
        [...dated]
          .sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0))
          .map((item) => item.url),
      )
      const seed = feed.items.find((item) => item.id === SEED_URL)
      expect(seed?.url).toBe(SEED_URL)
      expect(seed?.title).toBe(
        'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says',
      )
      expect(seed?.published?.toISOString()).toBe('2022-03-14T00:00:00.000Z')
      expect(seed?.authors.map((author) => author.name)).toEqual(['Shelby Talcott'])
    },
  )

  test('keeps only the newest 50 stories', async () => {
    const [record] = await sampleRecords()
    if (!record) throw new Error('no sample article')
    const records = manyRecords(record, 60, new Date('2026-11-30T12:00:00Z'))
    const items = records.map((each) => toSyndicationItem(each, SITE))
    const feed = parseFeed(buildFeed(spec(items)).rss)
    expect(feed.items).toHaveLength(FEED_ITEMS)
    expect(feed.items[0]?.title).toBe('Story 1')
    expect(feed.items.at(-1)?.title).toBe('Story 50')
  })

  test('an updated story keeps its id and guid, and its updated date moves', async () => {
    const [item] = (await sampleItems()).filter((each) => each.url === SEED_URL)
    if (!item) throw new Error('no seed article')
    const corrected = {
      ...item,
      headline: `${item.headline} (corrected)`,
      updated: new Date('2022-03-15T09:30:00Z'),
    }
    for (const format of ['rss', 'atom'] as const) {
      const before = parseFeed(buildFeed(spec([item]))[format]).items[0]
      const after = parseFeed(buildFeed(spec([corrected]))[format]).items[0]
      expect(after?.id).toBe(before?.id)
      expect(after?.published?.toISOString()).toBe(before?.published?.toISOString())
    }
    const atom = parseFeed(buildFeed(spec([corrected])).atom).items[0]
    expect(atom?.updated?.toISOString()).toBe('2022-03-15T09:30:00.000Z')
  })

  test('carry the summary only, unless the publisher opts in to full text', async () => {
    const items = await sampleItems()
    const texts = new Map([[SEED_SLUG, ['The senior administration official spoke.', 'More.']]])
    const summaryOnly = buildFeed(spec(items, { texts }))
    expect(summaryOnly.rss).not.toContain('<content:encoded>')
    expect(summaryOnly.atom).not.toContain('<content')
    const seed = parseFeed(summaryOnly.atom).items.find((item) => item.id === SEED_URL)
    // The seed has no standfirst: its opening paragraph stands in.
    expect(seed?.description).toBe('The senior administration official spoke.')
    const full = parseFeed(buildFeed(spec(items, { texts, fullText: true })).atom)
    expect(full.items.find((item) => item.id === SEED_URL)?.content).toContain('<p>More.</p>')
  })

  test('full text is paragraphs made from text, with any markup in it escaped', async () => {
    const items = (await sampleItems()).filter((item) => item.url === SEED_URL)
    const texts = new Map([
      [SEED_SLUG, ['First paragraph & more.', 'A <script>alert(1)</script> line.']],
    ])
    const { atom, rss, json } = buildFeed(spec(items, { texts, fullText: true }))
    const html =
      '<p>First paragraph &amp; more.</p>\n<p>A &lt;script&gt;alert(1)&lt;/script&gt; line.</p>'
    // In XML the HTML sits in CDATA, byte for byte; the parser reads it back as the same paragraphs.
    for (const xml of [atom, rss]) {
      expect(xml).toContain(`<![CDATA[${html}]]>`)
      expect(xml).not.toContain('<script>')
      expect(parseFeed(xml).items[0]?.content).toContain('<p>First paragraph')
    }
    expect(JSON.parse(json)).toMatchObject({ items: [{ content_html: html }] })
  })
})

describe('the JSON Feed', () => {
  test('is version 1.1, with authors, language and both dates', async () => {
    const items = await sampleItems()
    const feed = JSON.parse(buildFeed(spec(items)).json) as {
      version: string
      language: string
      items: {
        id: string
        authors?: { name: string }[]
        date_published?: string
        language?: string
      }[]
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('en')
    const seed = feed.items.find((item) => item.id === SEED_URL)
    expect(seed).toMatchObject({
      authors: [{ name: 'Shelby Talcott' }],
      date_published: '2022-03-14T00:00:00.000Z',
      language: 'en',
    })
    expect(seed).not.toHaveProperty('author')
  })
})
