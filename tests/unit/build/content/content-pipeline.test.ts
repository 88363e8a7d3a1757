// @vitest-environment node
import { mkdtemp, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildFrontPagePages } from '../../../../build/content/front-page-index'
import { frontPageFile } from '../../../../src/content/content-files'
import type { VariantManifest } from '../../../../build/content/image-variants'
import { publishJson } from '../../../../build/prerender/publish-json'
import { contentDataPattern, localImagesPattern } from '../../../../build/deploy/service-worker'
import { validateArticles } from '../../../../build/content/validate-articles'
import { ValidationCache } from '../../../../build/content/validation-cache'
import { strictFrontPageSchema } from '../../../../src/content/format'
import { readSampleArticle, SEED_SLUG } from '../../../support/fixtures'

const summary = (number: number, publishedAt: string) => ({
  slug: `story-${number}`,
  headline: `Story ${number}`,
  section: 'World',
  publishedAt,
})

describe('the front page index in pages', () => {
  test('65 stories make a front page of the newest 35 and one full older page of 30, each valid and numbered', () => {
    const stories = Array.from({ length: 65 }, (_, index) =>
      summary(index, new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString()),
    )
    const pages = buildFrontPagePages(stories)
    // Older pages are whole pages counted from the oldest story, so publishing one leaves them as they are.
    expect(pages.map((page) => page.articles.length)).toEqual([35, 30])
    expect(pages.map((page) => [page.page, page.pageCount])).toEqual([
      [1, 2],
      [2, 2],
    ])
    expect(pages[0]?.articles[0]?.slug).toBe('story-64')
    expect(pages[1]?.articles.at(-1)?.slug).toBe('story-0')
    const withOneMore = buildFrontPagePages([
      ...stories,
      summary(65, new Date(Date.UTC(2024, 0, 10)).toISOString()),
    ])
    expect(withOneMore[1]).toEqual(pages[1])
    expect(withOneMore[0]?.articles).toHaveLength(36)
    for (const page of pages) expect(strictFrontPageSchema.safeParse(page).success).toBe(true)
  })

  test('an empty site still has its front page', () => {
    expect(buildFrontPagePages([])).toEqual([{ articles: [], page: 1, pageCount: 1 }])
  })

  test('page 1 is index.json and the others live under pages/', () => {
    expect([1, 2, 334].map(frontPageFile)).toEqual(['index.json', 'pages/2.json', 'pages/334.json'])
  })

  test('a page number past its count is reported, as publishers are held to the format', () => {
    const result = strictFrontPageSchema.safeParse({ articles: [], page: 4, pageCount: 3 })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['pageCount'])
  })
})

describe('the published copy of a content file', () => {
  const variants: VariantManifest = {
    '/content/images/a.jpg': [
      { src: '/content/images/variants/a-480.avif', width: 480, type: 'image/avif' },
    ],
  }
  const article = {
    leadImage: { src: '/content/images/a.jpg', alt: '', width: 1600, height: 1067 },
    body: [
      { type: 'image', image: { src: 'https://img.example/b.jpg', alt: '', width: 9, height: 9 } },
    ],
  }

  test('lists the generated variants of local photos only', () => {
    const published = publishJson(article, { variants, basePath: '/' })
    expect(published.leadImage).toMatchObject({ variants: variants['/content/images/a.jpg'] })
    expect(published.body[0]?.image).not.toHaveProperty('variants')
  })

  test('under a base path, points the content folder’s photos where the folder now lives', () => {
    const published = publishJson(article, { variants, basePath: '/news/' })
    expect(published.leadImage.src).toBe('/news/content/images/a.jpg')
    expect(published.leadImage).toMatchObject({
      variants: [{ src: '/news/content/images/variants/a-480.avif' }],
    })
    expect(published.body[0]?.image.src).toBe('https://img.example/b.jpg')
  })
})

describe('validation on a rebuild', () => {
  test('checks only the files whose bytes changed, and every link afresh', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-cache-'))
    const seed = readSampleArticle(SEED_SLUG) as Record<string, unknown>
    const file = path.join(dir, `${SEED_SLUG}.json`)
    await writeFile(file, JSON.stringify({ ...seed, related: [] }))
    const cache = await ValidationCache.open(dir)

    const first = await validateArticles(dir, { cache })
    expect(first.checked).toBe(1)
    // A fresh checkout gives every file a new modification time: the bytes are what count.
    await utimes(file, new Date(), new Date(Date.now() + 60_000))
    const second = await validateArticles(dir, { cache })
    expect(second.checked).toBe(0)
    expect(second.articles.map((article) => article.slug)).toEqual([SEED_SLUG])

    // The seed's inline "Related" link names a story this folder does not have: reported on every run.
    expect(second.problems.map((problem) => problem.path)).toEqual(
      first.problems.map((p) => p.path),
    )
    expect(second.problems.length).toBeGreaterThan(0)

    // A same-size edit that keeps the old modification time (rsync -t, cp -p) is still seen.
    const before = await stat(file)
    const headline = String(seed.headline)
    await writeFile(
      file,
      JSON.stringify({ ...seed, related: [], headline: ' '.repeat(Buffer.byteLength(headline)) }),
    )
    await utimes(file, before.atime, before.mtime)
    expect((await stat(file)).size).toBe(before.size)
    const third = await validateArticles(dir, { cache })
    expect(third.checked).toBe(1)
    expect(third.problems).toContainEqual(
      expect.objectContaining({ path: 'headline', reason: 'is blank' }),
    )
  })

  test('a link inside a paragraph to a missing story is reported with its place', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-links-'))
    const seed = readSampleArticle(SEED_SLUG) as Record<string, unknown>
    const body = [
      { type: 'paragraph', text: [{ text: 'See ' }, { text: 'this', href: '/articles/gone' }] },
    ]
    await writeFile(
      path.join(dir, `${SEED_SLUG}.json`),
      JSON.stringify({ ...seed, body, related: [] }),
    )
    const { problems } = await validateArticles(dir)
    expect(problems).toEqual([
      {
        file: path.join(dir, `${SEED_SLUG}.json`),
        path: 'body[0].text[1].href',
        reason: 'names "gone", which has no article file',
      },
    ])
  })
})

describe('what the offline worker keeps', () => {
  test('article data and index pages under the base path, and nothing else', () => {
    const pattern = contentDataPattern({ basePath: '/news/', contentBase: '/news/content/' })
    expect(pattern.test('https://site.example/news/content/articles/a-story.json')).toBe(true)
    expect(pattern.test('https://site.example/news/content/pages/12.json')).toBe(true)
    expect(pattern.test('https://site.example/news/content/index.json')).toBe(true)
    expect(pattern.test('https://site.example/news/content/images/variants.json')).toBe(false)
    expect(pattern.test('https://site.example/content/index.json')).toBe(false)
  })

  test('data from another origin is matched from the start of the URL, as Workbox requires', () => {
    const pattern = contentDataPattern({ basePath: '/', contentBase: 'https://cms.example/news/' })
    const match = pattern.exec('https://cms.example/news/articles/a-story.json')
    expect(match?.index).toBe(0)
    expect(pattern.test('https://evil.example/?https://cms.example/news/index.json')).toBe(false)
  })

  test('photos from the content folder under the base path', () => {
    const pattern = localImagesPattern({ basePath: '/news/', contentBase: '/news/content/' })
    expect(pattern.test('https://site.example/news/content/images/variants/a-480.avif')).toBe(true)
    expect(pattern.test('https://site.example/assets/a.js')).toBe(false)
  })
})
