// @vitest-environment node
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildListings, listingsOf, writeListings } from '../../../../build/content/listing-index'
import { checkPublication } from '../../../../build/content/validate-publication'
import { contentDataPattern } from '../../../../build/deploy/service-worker'
import type { SummaryData } from '../../../../src/content/format'
import { strictFrontPageSchema } from '../../../../src/content/format'

const story = (number: number, extra: Partial<SummaryData> = {}): SummaryData => ({
  slug: `story-${number}`,
  headline: `Story ${number}`,
  publishedAt: new Date(Date.UTC(2024, 0, 1) + number * 3_600_000).toISOString(),
  ...extra,
})

const key = (listing: { kind: string; slug: string }) => `${listing.kind}/${listing.slug}`

describe('which listings a story is on', () => {
  test('its section (by name, or the slug it sets), each byline with a slug, each topic', () => {
    expect(
      listingsOf(
        story(1, {
          section: 'Élections 2027',
          byline: [{ name: 'A. Writer', slug: 'a-writer' }, { name: 'No Page' }],
          topics: ['Climate', { name: 'The E.U.', slug: 'eu' }],
        }),
      ).map(key),
    ).toEqual(['section/elections-2027', 'author/a-writer', 'topic/climate', 'topic/eu'])
    expect(listingsOf(story(2, { section: 'U.S.', sectionSlug: 'us' })).map(key)).toEqual([
      'section/us',
    ])
  })

  test('an author named twice in one byline lists the story once', () => {
    const byline = [
      { name: 'A. Writer', slug: 'a-writer' },
      { name: 'A. Writer', slug: 'a-writer' },
    ]
    expect(listingsOf(story(1, { byline })).map(key)).toEqual(['author/a-writer'])
  })
})

describe('the listings’ index pages', () => {
  test('65 stories in a section are paged as the front page is: the newest 35, then whole pages of 30', () => {
    const stories = Array.from({ length: 65 }, (_, index) => story(index, { section: 'World' }))
    const [world] = buildListings(stories)
    // Older pages are whole pages counted from the oldest story, so publishing never renumbers them.
    expect(world?.pages.map((page) => page.articles.length)).toEqual([35, 30])
    expect(world?.pages[0]?.articles[0]?.slug).toBe('story-64')
    for (const page of world?.pages ?? [])
      expect(strictFrontPageSchema.safeParse(page).success).toBe(true)
  })

  test('are written only when they change, and a listing no story carries any more is removed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'listings-'))
    await mkdir(path.join(dir, 'authors'), { recursive: true })
    // A publisher's profile lives beside the generated folders and must survive every run.
    await writeFile(path.join(dir, 'authors/a-writer.json'), '{"name":"A. Writer"}')
    const byline = [{ name: 'A. Writer', slug: 'a-writer' }]
    const stories = [
      story(1, { section: 'World', byline, topics: ['Climate'] }),
      story(2, { section: 'Science' }),
    ]
    const first = await writeListings(dir, buildListings(stories))
    expect(first).toMatchObject({ listings: 4, pages: 4, written: 4, removed: 0 })
    const climate = path.join(dir, 'topics/climate/index.json')
    expect(JSON.parse(await readFile(climate, 'utf8'))).toMatchObject({ page: 1, pageCount: 1 })
    const before = (await stat(climate)).mtimeMs

    // Story 2 leaves Science for World: World is rewritten, Science is gone, Climate is left alone.
    const moved = [stories[0]!, story(2, { section: 'World' })]
    const second = await writeListings(dir, buildListings(moved))
    expect(second).toMatchObject({ listings: 3, written: 1, removed: 1 })
    expect(await readdir(path.join(dir, 'sections'))).toEqual(['world'])
    expect((await stat(climate)).mtimeMs).toBe(before)
    expect((await readdir(path.join(dir, 'authors'))).sort()).toEqual(['a-writer', 'a-writer.json'])
  })
})

describe('the publication’s own files', () => {
  async function contentWith(files: Record<string, string>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'publication-'))
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await writeFile(path.join(dir, name), text)
    }
    return dir
  }
  const listings = buildListings([
    story(1, { section: 'World', byline: [{ name: 'A. Writer', slug: 'a-writer' }] }),
  ])

  test('a valid profile and sections file pass, and the profile’s photo is made like the articles’', async () => {
    const dir = await contentWith({
      'authors/a-writer.json': JSON.stringify({
        name: 'A. Writer',
        bio: ['Writes.'],
        photo: { src: '/content/images/a-writer.jpg', alt: 'A. Writer', width: 400, height: 400 },
        links: [{ url: 'https://example.org/a', label: 'Site' }],
      }),
      'sections.json': JSON.stringify({ sections: [{ slug: 'world', name: 'World' }] }),
    })
    const check = await checkPublication(dir, listings)
    expect(check.problems).toEqual([])
    expect(check.images.map((image) => image.src)).toEqual(['/content/images/a-writer.jpg'])
  })

  test('a profile is held strictly: an http link and a blank name are each reported', async () => {
    const dir = await contentWith({
      'authors/a-writer.json': JSON.stringify({
        name: ' ',
        links: [{ url: 'http://example.org/a', label: 'Site' }],
      }),
    })
    const { problems } = await checkPublication(dir, listings)
    expect(problems.map((problem) => [problem.file, problem.path])).toEqual([
      ['public/content/authors/a-writer.json', 'name'],
      ['public/content/authors/a-writer.json', 'links[0].url'],
    ])
  })

  test('a profile no byline points at is a warning, not a failure', async () => {
    const dir = await contentWith({ 'authors/nobody.json': JSON.stringify({ name: 'Nobody' }) })
    const check = await checkPublication(dir, listings)
    expect(check.problems).toEqual([])
    expect(check.warnings).toEqual([expect.stringContaining('"slug": "nobody"')])
  })

  test('sections.json may only name sections that have stories, each once', async () => {
    const dir = await contentWith({
      'sections.json': JSON.stringify({
        sections: [
          { slug: 'world', name: 'World' },
          { slug: 'sport', name: 'Sport' },
          { slug: 'world', name: 'World again' },
        ],
      }),
    })
    const { problems } = await checkPublication(dir, listings)
    expect(problems.map((problem) => `${problem.path}: ${problem.reason}`)).toEqual([
      'sections[1].slug: names "sport", which no article’s section has',
      'sections[2].slug: repeats "world"',
    ])
  })
})

test('the offline worker keeps the listings’ index pages and the authors’ profiles', () => {
  const pattern = contentDataPattern({ basePath: '/', contentBase: '/content/' })
  for (const url of [
    '/content/sections/world/index.json',
    '/content/sections/world/pages/2.json',
    '/content/authors/a-writer/index.json',
    '/content/topics/climate/pages/3.json',
    '/content/authors/a-writer.json',
  ])
    expect(pattern.test(`https://site.example${url}`), url).toBe(true)
  expect(pattern.test('https://site.example/content/sections/world/other.json')).toBe(false)
})
