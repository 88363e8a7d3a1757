import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { importWxr } from '../../../../build/import/wordpress'
import { postsFromRest } from '../../../../build/import/wp-rest'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'
import { fixturePath, readFixture } from '../../../support/fixtures'

const exportFile = fixturePath('import', 'wordpress', 'export.xml')
const quiet = { write: () => true }
let outDir: string

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'wxr-'))
})
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

const readArticle = async (slug: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(outDir, `${slug}.json`), 'utf8'))

describe('a WXR export', () => {
  test('imports every published post, and nothing else', async () => {
    const summary = await importWxr(exportFile, { outDir, progress: quiet })
    expect((await readdir(outDir)).sort()).toEqual([
      'council-approves-library-extension-with-conditions.json',
      'mhrjan-alwady.json',
      'valley-rail-timetable.json',
    ])
    expect(summary.created).toHaveLength(3)
  })

  test('counts what it skipped by type and status', async () => {
    const summary = await importWxr(exportFile, { outDir, progress: quiet })
    expect(Object.fromEntries(summary.skipped)).toEqual({
      attachment: 1,
      'draft post': 1,
      nav_menu_item: 1,
      page: 1,
    })
    expect(summary.notes[0]).toBe('skipped 1 attachment, 1 draft post, 1 nav_menu_item, 1 page')
  })

  test('writes only articles that pass the strict schema', async () => {
    for (const name of await readdir(outDir))
      expect(
        problemsOf(
          strictArticleSchema,
          JSON.parse(await readFile(path.join(outDir, name), 'utf8')),
        ),
      ).toEqual([])
  })

  test('takes title, slug, GMT date, author, category, tags, excerpt and featured image from the post', async () => {
    expect(await readArticle('valley-rail-timetable')).toMatchObject({
      headline: 'Valley rail line: what the new timetable means for you',
      standfirst: 'Trains every 20 minutes from June 2, and a Sunday service at last.',
      section: 'Local',
      sectionSlug: 'local',
      publishedAt: '2024-05-14T07:30:00Z',
      updatedAt: '2024-05-15T09:00:00Z',
      byline: [{ name: 'Maya Hale', slug: 'mhale' }],
      topics: [
        { name: 'Transport', slug: 'transport' },
        { name: 'Valley line', slug: 'valley-line' },
      ],
      leadImage: {
        src: 'https://valleycourier.example/wp-content/uploads/2024/05/valley-train.jpg',
        alt: 'A blue train at Ashford Road station',
        caption: 'A train leaves Ashford Road on the first day of the new timetable.',
        credit: 'Ana Pereira/VC',
        width: 2048,
        height: 1365,
      },
    })
  })

  test('maps every Gutenberg block of the post to the format', async () => {
    const article = await readArticle('valley-rail-timetable')
    const types = strictArticleSchema.parse(article).body.map((block) => block.type)
    expect(types).toEqual([
      'paragraph',
      'heading',
      'list',
      'quote',
      'pullquote',
      'image',
      'gallery',
      'table',
      'embed',
      'embed',
      'video',
      'audio',
      'code',
      'code',
      'break',
      'callout',
      'note',
    ])
  })

  test('reads a classic post: blank lines are paragraphs, [caption] a photo, a bare URL an embed, CDATA splits joined', async () => {
    const article = strictArticleSchema.parse(
      await readArticle('council-approves-library-extension-with-conditions'),
    )
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'embed',
      'list',
      'paragraph',
    ])
    expect(article.body.at(-1)).toEqual({
      type: 'paragraph',
      text: 'The ]]> sign on the old door will be kept, the architect said [sic].',
    })
    expect(article.publishedAt).toBe('2019-03-02')
  })

  test('says so when a post has no GMT date and the site timezone is unknown', async () => {
    const { notes } = await importWxr(exportFile, { outDir, progress: quiet })
    expect(notes.some((note) => note.startsWith('1 post: date only'))).toBe(true)
  })

  test('uses the local time with --timezone when the GMT date is unset', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'wxr-tz-'))
    await importWxr(exportFile, { outDir: other, timezone: '+01:00', progress: quiet })
    const article: unknown = JSON.parse(
      await readFile(
        path.join(other, 'council-approves-library-extension-with-conditions.json'),
        'utf8',
      ),
    )
    expect(article).toMatchObject({ publishedAt: '2019-03-02T12:00:00+01:00' })
    await rm(other, { recursive: true, force: true })
  })

  test('sets right-to-left for a post in Arabic on an English site', async () => {
    expect(await readArticle('mhrjan-alwady')).toMatchObject({
      dir: 'rtl',
      headline: 'مهرجان الوادي يعود بعد غياب ثلاث سنوات',
    })
    expect(await readArticle('mhrjan-alwady')).not.toHaveProperty('language')
  })

  test('a re-run changes no file and duplicates none', async () => {
    const before = await Promise.all(
      (await readdir(outDir)).map(async (name) => [
        name,
        (await stat(path.join(outDir, name))).mtimeMs,
      ]),
    )
    const summary = await importWxr(exportFile, { outDir, progress: quiet })
    expect(summary).toMatchObject({ created: [], updated: [], unchanged: 3 })
    const after = await Promise.all(
      (await readdir(outDir)).map(async (name) => [
        name,
        (await stat(path.join(outDir, name))).mtimeMs,
      ]),
    )
    expect(after).toEqual(before)
  })

  test('reports the embed and shortcode it could not keep', async () => {
    const { notes } = await importWxr(exportFile, { outDir, progress: quiet })
    expect(notes).toContain('dropped 1 embed from unknown providers (widgets.pollster.example)')
    expect(notes).toContain('dropped 1 shortcode the format cannot show ([contact-form-7])')
  })
})

describe('a saved REST API response', () => {
  const json = readFixture('import/wordpress/rest-posts.json')
  const { posts, skipped } = postsFromRest(Array.isArray(json) ? json : [])

  test('reads the published posts and counts the rest', () => {
    expect(posts.map((post) => post.postName)).toEqual([
      'valley-rail-timetable',
      'night-market-returns',
    ])
    expect(Object.fromEntries(skipped)).toEqual({ 'future post': 1 })
  })

  test('takes the author, terms and featured image from _embedded', () => {
    expect(posts[0]).toMatchObject({
      authors: [{ name: 'Maya Hale', login: 'mhale' }],
      categories: [{ name: 'Local', slug: 'local' }],
      tags: [{ name: 'Transport', slug: 'transport' }],
      featured: {
        url: 'https://valleycourier.example/wp-content/uploads/2024/05/valley-train.jpg',
        alt: 'A blue train at Ashford Road station',
        credit: 'Ana Pereira/VC',
        width: 2048,
        height: 1365,
      },
    })
  })
})
