import { articlesDir } from '../../build/shared/paths'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { buildFrontPagePages } from '../../build/content/front-page-index'
import { writeBuckets } from '../../build/content/index-buckets'
import { checkFile } from '../../build/content/validate-articles'
import { writeRenderManifest } from '../../build/publish/manifest'
import { publishIntoDist } from '../../build/publish/publish-article'
import { fileContentSource } from '../../build/serve/file-content'
import { frontPageFile } from '../../src/content/content-files'
import type { SummaryData } from '../../src/content/format'
import { builtHandler, distContent, page, requireBuild, screenOf } from './support/build-output'

// `npm run publish` into a built site of 70 stories: what each kind of publish writes, and that the pages
// the on-demand server makes afterwards list the right stories.

let site: string
let dist: string
let sample: Record<string, unknown>

const at = (hour: number) => new Date(Date.UTC(2024, 0, 1) + hour * 3_600_000).toISOString()
const slugOf = (number: number) => `story-${number}`

function summary(number: number): SummaryData {
  return {
    slug: slugOf(number),
    headline: `Story ${number}`,
    section: 'World',
    publishedAt: at(number),
  }
}

function articleBytes(slug: string, headline: string, publishedAt: string): Buffer {
  // Related links would have to name published stories; a new story here links to none.
  const rest = Object.fromEntries(
    Object.entries(sample).filter(([key]) => key !== 'updatedAt' && key !== 'related'),
  )
  return Buffer.from(JSON.stringify({ ...rest, slug, headline, publishedAt }))
}

async function publish(slug: string, headline: string, publishedAt: string) {
  const checked = checkFile(articlesDir, `${slug}.json`, articleBytes(slug, headline, publishedAt))
  if (!checked.record) throw new Error(JSON.stringify(checked.problems))
  return publishIntoDist({
    dist,
    record: checked.record,
    json: JSON.parse(articleBytes(slug, headline, publishedAt).toString('utf8')),
    variants: {},
  })
}

/** A section's, author's or topic's files (tested in 'the listings a story is on'). */
const isListingFile = (file: string) => /^(content\/)?(sections|authors|topics)\//.test(file)

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
  const pages = buildFrontPagePages(Array.from({ length: 70 }, (_, n) => summary(n)))
  for (const each of pages)
    await writeFile(path.join(content, frontPageFile(each.page)), JSON.stringify(each))
  await writeBuckets(content, pages)
  await mkdir(path.join(content, 'articles'), { recursive: true })
  await writeFile(
    path.join(content, 'articles', `${slugOf(5)}.json`),
    articleBytes(slugOf(5), 'Story 5', at(5)),
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
