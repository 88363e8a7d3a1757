import { parseFeed } from '@rowanmanning/feed-parser'
import { articlesDir } from '../../build/shared/paths'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { buildFrontPagePages } from '../../build/content/front-page-index'
import { writeBuckets } from '../../build/content/index-buckets'
import { buildListings, writeListings } from '../../build/content/listing-index'
import { checkFile } from '../../build/content/validate-articles'
import { writeRenderManifest } from '../../build/publish/manifest'
import { publishIntoDist } from '../../build/publish/publish-article'
import { fileContentSource } from '../../build/serve/file-content'
import { frontPageFile } from '../../src/content/content-files'
import type { SummaryData } from '../../src/content/format'
import { builtHandler, distContent, page, requireBuild, screenOf } from './support/build-output'
import { XSD, xmllintProblems } from '../support/syndication'
import { sitemapIndexXml, sitemapXml } from '../../build/syndication/sitemaps'

// `npm run publish` into a built site of 70 stories: what each kind of publish writes, and that the pages
// the on-demand server makes afterwards list the right stories.

let site: string
let dist: string
let sample: Record<string, unknown>

const at = (hour: number) => new Date(Date.UTC(2024, 0, 1) + hour * 3_600_000).toISOString()
const slugOf = (number: number) => `story-${number}`

// Every story of the built site is in World, by Test Writer, on Climate: one listing of each kind, as long as
// the front page's index (a front of 40 and one bucket).
const LISTED = {
  section: 'World',
  byline: [{ name: 'Test Writer', slug: 'test-writer' }],
  topics: ['Climate'],
}

function summary(number: number): SummaryData {
  return {
    slug: slugOf(number),
    headline: `Story ${number}`,
    ...LISTED,
    publishedAt: at(number),
  }
}

function articleBytes(
  slug: string,
  headline: string,
  publishedAt: string,
  extra: Record<string, unknown> = {},
): Buffer {
  // Related links would have to name published stories; a new story here links to none.
  const rest = Object.fromEntries(
    Object.entries(sample).filter(([key]) => key !== 'updatedAt' && key !== 'related'),
  )
  return Buffer.from(JSON.stringify({ ...rest, ...LISTED, slug, headline, publishedAt, ...extra }))
}

async function publish(
  slug: string,
  headline: string,
  publishedAt: string,
  extra: Record<string, unknown> = {},
) {
  const bytes = articleBytes(slug, headline, publishedAt, extra)
  const checked = checkFile(articlesDir, `${slug}.json`, bytes)
  if (!checked.record) throw new Error(JSON.stringify(checked.problems))
  return publishIntoDist({
    dist,
    record: checked.record,
    json: JSON.parse(bytes.toString('utf8')),
    variants: {},
  })
}

/** A section's, author's or topic's files (tested in 'the listings a story is on'). */
/** A listing's, feed's or sitemap's file: tested below, in their own tests. */
const isListingFile = (file: string) =>
  /^(content\/)?(sections|authors|topics|sitemaps)\/|^(feed\.xml|atom\.xml|feed\.json|sitemap\.xml)$/.test(
    file,
  )

const contentFile = async (file: string) => readFile(path.join(dist, 'content', file), 'utf8')

beforeEach(async () => {
  requireBuild()
  const first = (await readdir(path.join(distContent, 'articles')))[0] ?? ''
  sample = JSON.parse(await readFile(path.join(distContent, 'articles', first), 'utf8')) as Record<
    string,
    unknown
  >
  site = await mkdtemp(path.join(tmpdir(), 'broadsheet-publish-'))
  dist = path.join(site, 'dist')
  const content = path.join(dist, 'content')
  await mkdir(path.join(content, 'pages'), { recursive: true })
  await mkdir(path.join(site, 'dist-ssr'), { recursive: true })
  const summaries = Array.from({ length: 70 }, (_, n) => summary(n))
  const pages = buildFrontPagePages(summaries)
  for (const each of pages)
    await writeFile(path.join(content, frontPageFile(each.page)), JSON.stringify(each))
  await writeBuckets(content, pages)
  await writeListings(content, buildListings(summaries))
  await mkdir(path.join(content, 'articles'), { recursive: true })
  for (const number of [5, 69])
    await writeFile(
      path.join(content, 'articles', `${slugOf(number)}.json`),
      articleBytes(slugOf(number), `Story ${number}`, at(number)),
    )
  await writeRenderManifest(dist, { mode: 'on-demand', prerenderSince: 0 })
})

afterEach(async () => {
  await rm(site, { recursive: true, force: true })
})

describe('publishing one story', () => {
  test('a new story writes its own files and the front page, and no older page', async () => {
    const olderBefore = await contentFile('buckets/0.json')
    const result = await publish('breaking-news', 'Breaking news', at(100))
    expect(result.kind).toBe('new')
    expect(result.files.filter((file) => !isListingFile(file)).sort()).toEqual(
      [
        'articles/breaking-news.html',
        'content/articles/breaking-news.json',
        'content/index.json',
        'index.html',
      ].sort(),
    )
    expect(result.keys).toEqual(expect.arrayContaining(['article:breaking-news', 'front-page:1']))
    expect(result.keys).not.toContain('front-page')
    expect(await contentFile('buckets/0.json')).toBe(olderBefore)
    const front = JSON.parse(await contentFile('index.json')) as { articles: SummaryData[] }
    expect(front.articles[0]?.slug).toBe('breaking-news')
  })

  test('a correction to an older story rewrites the one older page that lists it, not the front page', async () => {
    const frontBefore = await contentFile('index.json')
    const result = await publish(slugOf(5), 'Story 5, corrected', at(5))
    expect(result.kind).toBe('correction')
    expect(result.files.filter((file) => !isListingFile(file)).sort()).toEqual(
      [
        'articles/story-5.html',
        'content/articles/story-5.json',
        'content/buckets/0.json',
        'content/pages/2.json',
      ].sort(),
    )
    expect(result.keys).toEqual(expect.arrayContaining(['article:story-5', 'front-page:2']))
    expect(result.keys).not.toContain('front-page:1')
    expect(await contentFile('index.json')).toBe(frontBefore)

    const handler = await builtHandler({ content: fileContentSource(path.join(dist, 'content')) })
    const screen = await screenOf(await (await handler(page('/page/2'))).text())
    screen.getByRole('link', { name: 'Story 5, corrected' })
  })

  test('every thirtieth new story turns the front page’s oldest thirty into a new older page', async () => {
    const before = await contentFile('buckets/0.json')
    // 70 stories: a front page of 40 and one bucket. Twenty new stories make sixty: the next bucket.
    let last
    for (let n = 0; n < 20; n += 1)
      last = await publish(`new-story-${n}`, `New story ${n}`, at(200 + n))
    expect(last?.files).toContain('content/buckets/1.json')
    expect(last?.keys).toContain('front-page')
    expect(await contentFile('buckets/0.json')).toBe(before)

    const front = JSON.parse(await contentFile('index.json')) as {
      articles: unknown[]
      pageCount: number
    }
    expect([front.articles.length, front.pageCount]).toEqual([30, 3])
    const handler = await builtHandler({ content: fileContentSource(path.join(dist, 'content')) })
    const second = await screenOf(await (await handler(page('/page/2'))).text())
    second.getByRole('heading', { level: 1, name: 'Older stories, page 2 of 3' })
    second.getByRole('link', { name: 'Story 59' })
    second.getByRole('link', { name: 'Story 30' })
    const third = await screenOf(await (await handler(page('/page/3'))).text())
    third.getByRole('link', { name: 'Story 0' })

    // World lists the same seventy stories: its pages moved too, made from its own buckets.
    expect(last?.files).toContain('content/sections/world/buckets/1.json')
    expect(last?.keys).toContain('section:world')
    const world = await screenOf(await (await handler(page('/sections/world/page/3'))).text())
    world.getByRole('link', { name: 'Story 0' })
    const json = await handler(page('/content/sections/world/pages/2.json'))
    expect(json.headers.get('xkey')).toContain('section:world:2')
    const older = (await json.json()) as {
      articles: SummaryData[]
      page: number
      pageCount: number
    }
    expect([older.articles[0]?.slug, older.page, older.pageCount]).toEqual(['story-59', 2, 3])
  })

  test('a story that breaks the format is refused with the problem named', () => {
    const checked = checkFile(
      articlesDir,
      'bad.json',
      Buffer.from(JSON.stringify({ slug: 'bad', headline: '' })),
    )
    expect(checked.record).toBeUndefined()
    expect(checked.problems.map((problem) => problem.path)).toContain('headline')
  })
})

describe('the listings a story is on', () => {
  test('a new story is first on its section’s, author’s and topic’s pages', async () => {
    const result = await publish('breaking-news', 'Breaking news', at(100))
    expect(result.keys).toEqual(
      expect.arrayContaining(['section:world:1', 'author:test-writer:1', 'topic:climate:1']),
    )
    const handler = await builtHandler({ content: fileContentSource(path.join(dist, 'content')) })
    for (const listing of ['/sections/world', '/authors/test-writer', '/topics/climate']) {
      const screen = await screenOf(await (await handler(page(listing))).text())
      const stories = screen.getAllByRole('link', { name: /^(Breaking news|Story \d+)$/ })
      expect(stories[0]?.textContent, listing).toBe('Breaking news')
    }
    // The prerendered copy is the same page.
    const prerendered = await screenOf(
      await readFile(path.join(dist, 'sections/world.html'), 'utf8'),
    )
    prerendered.getByRole('link', { name: 'Breaking news' })
  })

  test('a correction that moves a story to another section takes it off the old one', async () => {
    const result = await publish(slugOf(5), 'Story 5, now in Science', at(5), {
      section: 'Science',
    })
    // Story 5 was on World's older page: that page changed, and Science got its first story.
    expect(result.keys).toEqual(expect.arrayContaining(['section:world:2', 'section:science:1']))
    const handler = await builtHandler({ content: fileContentSource(path.join(dist, 'content')) })
    const world = await screenOf(await (await handler(page('/sections/world/page/2'))).text())
    world.getByRole('link', { name: 'Story 6' })
    expect(world.queryByRole('link', { name: /Story 5/ })).toBeNull()
    const science = await screenOf(await (await handler(page('/sections/science'))).text())
    science.getByRole('link', { name: 'Story 5, now in Science' })

    const worldFeed = parseFeed(await readFile(path.join(dist, 'sections/world/feed.xml'), 'utf8'))
    expect(worldFeed.items.map((item) => item.title)).not.toContain('Story 5, now in Science')
    const scienceFeed = parseFeed(
      await readFile(path.join(dist, 'sections/science/feed.xml'), 'utf8'),
    )
    expect(scienceFeed.items.map((item) => item.title)).toEqual(['Story 5, now in Science'])
  })

  test('a story that leaves a listing as its only story takes the listing away', async () => {
    await publish(slugOf(69), 'Story 69', at(69), { topics: ['Climate', 'Tides'] })
    expect(JSON.parse(await contentFile('topics/tides/index.json'))).toMatchObject({
      articles: [{ slug: slugOf(69) }],
    })
    const result = await publish(slugOf(69), 'Story 69', at(69))
    expect(result.keys).toContain('topic:tides')
    const handler = await builtHandler({ content: fileContentSource(path.join(dist, 'content')) })
    expect((await handler(page('/topics/tides'))).status).toBe(404)
  })
})

describe('the feeds a story is in', () => {
  const FEEDS = ['feed.xml', 'atom.xml', 'sections/world/feed.xml', 'authors/test-writer/atom.xml']
  const storyUrl = (slug: string) => `http://127.0.0.1:4173/articles/${slug}`

  test.each(FEEDS)('%s lists a new story first, fifty stories in all', async (file) => {
    const result = await publish('breaking-news', 'Breaking news', at(100))
    expect(result.keys).toEqual(
      expect.arrayContaining(['feed', 'feed:section:world', 'feed:author:test-writer']),
    )
    const feed = parseFeed(await readFile(path.join(dist, file), 'utf8'))
    expect(feed.items[0]?.title).toBe('Breaking news')
    expect(feed.items[0]?.id).toBe(storyUrl('breaking-news'))
    expect(feed.items[1]?.title).toBe('Story 69')
    expect(feed.items).toHaveLength(50)
  })

  test('a correction keeps its item’s guid and id and moves its date modified', async () => {
    await publish('breaking-news', 'Breaking news', at(100))
    await publish('breaking-news', 'Breaking news, corrected', at(100), { updatedAt: at(101) })
    const rss = parseFeed(await readFile(path.join(dist, 'feed.xml'), 'utf8'))
    const atom = parseFeed(await readFile(path.join(dist, 'atom.xml'), 'utf8'))
    for (const feed of [rss, atom]) {
      expect(feed.items.filter((item) => item.id === storyUrl('breaking-news'))).toHaveLength(1)
      expect(feed.items[0]?.title).toBe('Breaking news, corrected')
    }
    expect(atom.items[0]?.updated?.toISOString()).toBe(at(101))
    const json = JSON.parse(await readFile(path.join(dist, 'feed.json'), 'utf8')) as {
      version: string
      items: { id: string; title: string; date_modified: string; date_published: string }[]
    }
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items[0]).toMatchObject({
      id: storyUrl('breaking-news'),
      title: 'Breaking news, corrected',
      date_published: at(100),
      date_modified: at(101),
    })
  })
})

describe('the sitemaps', () => {
  const now = (offset = 0) => new Date(Date.now() + offset).toISOString().replace(/\.\d+Z$/, 'Z')

  test('a story published now is in the news sitemap, which validates against its XSD', async () => {
    const result = await publish('breaking-news', 'Breaking & news', now(-60_000))
    expect(result.keys).toEqual(expect.arrayContaining(['sitemap', 'sitemap:news']))
    const news = await readFile(path.join(dist, 'sitemaps/news.xml'), 'utf8')
    expect(news).toContain('<loc>http://127.0.0.1:4173/articles/breaking-news</loc>')
    expect(news).toContain('<news:title>Breaking &amp; news</news:title>')
    expect(await xmllintProblems(news, XSD.news)).toBe('')
    // A second story joins it, newest first; the first is kept.
    await publish('second-story', 'Second story', now())
    const again = await readFile(path.join(dist, 'sitemaps/news.xml'), 'utf8')
    expect(again.indexOf('second-story')).toBeLessThan(again.indexOf('breaking-news'))
    expect(await xmllintProblems(again, XSD.news)).toBe('')
  })

  test('a story’s entry is in a regular sitemap, named by the index with its lastmod', async () => {
    await publish('breaking-news', 'Breaking news', at(100))
    await publish('breaking-news', 'Breaking news', at(100), { updatedAt: at(102) })
    const sitemap = await readFile(path.join(dist, 'sitemaps/sitemap-1.xml'), 'utf8')
    expect(sitemap.split('/articles/breaking-news<').length - 1).toBe(1)
    expect(sitemap).toContain(`<lastmod>${at(102)}</lastmod>`)
    expect(await xmllintProblems(sitemap, XSD.sitemap)).toBe('')
    const index = await readFile(path.join(dist, 'sitemap.xml'), 'utf8')
    expect(index).toContain('<loc>http://127.0.0.1:4173/sitemaps/sitemap-1.xml</loc>')
    expect(await xmllintProblems(index, XSD.index)).toBe('')
  })
})

describe('the sitemap files', () => {
  test('a correction rewrites the one sitemap file that holds the story, and the index’s date for it', async () => {
    const url = (n: number) => ({
      url: `http://127.0.0.1:4173/articles/${slugOf(n)}`,
      lastmod: new Date(at(n)),
    })
    // As a build of a larger site would have it: the newest stories in the first file, older in the second.
    await mkdir(path.join(dist, 'sitemaps'), { recursive: true })
    const newer = await sitemapXml(Array.from({ length: 30 }, (_, k) => url(69 - k)))
    const older = await sitemapXml(Array.from({ length: 40 }, (_, k) => url(39 - k)))
    await writeFile(path.join(dist, 'sitemaps/sitemap-1.xml'), newer)
    await writeFile(path.join(dist, 'sitemaps/sitemap-2.xml'), older)
    await writeFile(
      path.join(dist, 'sitemap.xml'),
      await sitemapIndexXml([
        { url: 'http://127.0.0.1:4173/sitemaps/sitemap-1.xml', lastmod: new Date(at(69)) },
        { url: 'http://127.0.0.1:4173/sitemaps/sitemap-2.xml', lastmod: new Date(at(39)) },
      ]),
    )
    const result = await publish(slugOf(5), 'Story 5', at(5), { updatedAt: at(300) })
    expect(result.files).toContain('sitemaps/sitemap-2.xml')
    expect(result.files).not.toContain('sitemaps/sitemap-1.xml')
    expect(result.keys).toEqual(expect.arrayContaining(['sitemap:2', 'sitemap']))
    expect(await readFile(path.join(dist, 'sitemaps/sitemap-1.xml'), 'utf8')).toBe(newer)
    const edited = await readFile(path.join(dist, 'sitemaps/sitemap-2.xml'), 'utf8')
    expect(edited).toContain(
      `<loc>http://127.0.0.1:4173/articles/story-5</loc><lastmod>${at(300)}</lastmod>`,
    )
    expect(edited.split('<url>')).toHaveLength(41)
    expect(await xmllintProblems(edited, XSD.sitemap)).toBe('')
    const index = await readFile(path.join(dist, 'sitemap.xml'), 'utf8')
    expect(index).toContain(`sitemap-2.xml</loc><lastmod>${at(300)}</lastmod>`)
    expect(index).toContain(`sitemap-1.xml</loc><lastmod>${at(69)}</lastmod>`)
    expect(await xmllintProblems(index, XSD.index)).toBe('')
  })
})

describe('on a static host', () => {
  test('a new bucket rewrites the numbered pages of the front page and of each listing', async () => {
    await writeRenderManifest(dist, { mode: 'static', prerenderSince: -Infinity })
    for (let n = 0; n < 20; n += 1) await publish(`new-story-${n}`, `New story ${n}`, at(200 + n))
    // Seventy stories and twenty new: page 3 of each is now the oldest thirty, as files.
    for (const [json, html] of [
      ['content/pages/3.json', 'page/3.html'],
      ['content/sections/world/pages/3.json', 'sections/world/page/3.html'],
      ['content/authors/test-writer/pages/3.json', 'authors/test-writer/page/3.html'],
    ] as const) {
      const file = JSON.parse(await readFile(path.join(dist, json), 'utf8')) as {
        articles: SummaryData[]
        page: number
        pageCount: number
      }
      expect([file.articles.at(-1)?.slug, file.page, file.pageCount], json).toEqual([
        'story-0',
        3,
        3,
      ])
      const screen = await screenOf(await readFile(path.join(dist, html), 'utf8'))
      screen.getByRole('link', { name: 'Story 0' })
    }
  })
})
