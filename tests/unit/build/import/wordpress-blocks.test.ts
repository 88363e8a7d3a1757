import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { WpImportSummary } from '../../../../build/import/wordpress'
import { importWxr } from '../../../../build/import/wordpress'
import { contentHtml } from '../../../../build/import/wp-content'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'
import { fixturePath } from '../../../support/fixtures'

// tests/fixtures/import/wordpress/gutenberg-export.xml: block-editor posts written from WordPress's documented
// block serialisation (columns, group, cover, media-text, embeds, details, footnotes, a reusable block,
// gallery, audio, video, Jetpack furniture), a classic post with shortcodes, and posts whose post_name is
// percent-encoded Arabic, Cyrillic and Chinese.

const exportFile = fixturePath('import', 'wordpress', 'gutenberg-export.xml')
let outDir: string
let summary: WpImportSummary

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'wxr-blocks-'))
  summary = await importWxr(exportFile, { outDir, progress: { write: () => true } })
})
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

const read = async (slug: string) =>
  strictArticleSchema.parse(JSON.parse(await readFile(path.join(outDir, `${slug}.json`), 'utf8')))
const types = async (slug: string) => (await read(slug)).body.map((block) => block.type)

describe('block-editor posts', () => {
  test('every post passes the strict schema', async () => {
    for (const name of await readdir(outDir))
      expect(
        problemsOf(
          strictArticleSchema,
          JSON.parse(await readFile(path.join(outDir, name), 'utf8')),
        ),
      ).toEqual([])
    expect(summary.failed).toEqual([])
  })

  test('columns, group, cover, media-text, embeds, details, pull quote, gallery and players keep their order', async () => {
    expect(await types('river-defences-hold')).toEqual([
      'paragraph',
      'paragraph', // column 1
      'image', // column 2
      'heading', // group
      'table',
      'image', // cover
      'paragraph',
      'image', // media-text
      'paragraph',
      'embed', // YouTube
      'embed', // X
      'heading', // the reusable block
      'paragraph',
      'callout', // details
      'paragraph',
      'pullquote',
      'gallery',
      'audio',
      'video',
      'break',
      'code',
      'list', // footnotes
    ])
  })

  test("a reusable block is printed from the export's wp_block post", async () => {
    expect((await read('river-defences-hold')).body).toContainEqual({
      type: 'paragraph',
      text: 'Call 0345 988 1188 for the latest warnings, day or night.',
    })
  })

  test("an embed's caption names what will load", async () => {
    expect((await read('river-defences-hold')).body).toContainEqual(
      expect.objectContaining({
        type: 'embed',
        provider: 'youtube',
        title: 'Drone footage of the weir',
      }),
    )
  })

  test('footnotes come from the post meta, their marks written [1]', async () => {
    const { body } = await read('river-defences-hold')
    expect(body).toContainEqual({
      type: 'paragraph',
      text: 'The agency said the defences had been raised by 40 cm after the 2020 floods[1], at a cost of £12m.',
    })
    expect(body.at(-1)).toEqual({
      type: 'list',
      ordered: true,
      items: [
        [
          { text: 'Raised after the report of the ' },
          { text: '2020 review', href: 'https://example.gov/report' },
          { text: '.' },
        ],
      ],
    })
  })

  test('the details block is a box titled by its summary', async () => {
    expect((await read('river-defences-hold')).body).toContainEqual(
      expect.objectContaining({ type: 'callout', title: 'What to do if your home floods' }),
    )
  })

  test('furniture blocks, unknown embeds and shortcodes are dropped and named', () => {
    expect(summary.notes).toEqual(
      expect.arrayContaining([
        'dropped 1 WordPress block that is site furniture, not the story (jetpack/subscriptions)',
        'dropped 1 embed from unknown providers (polls.example.org)',
        'dropped 3 shortcodes the format cannot show ([ad_slot], [contact-form-7], [related_posts])',
      ]),
    )
  })
})

describe('a classic post with shortcodes', () => {
  test('[caption], [gallery], [embed], a bare URL, [audio], [video] and [pullquote] become blocks', async () => {
    expect(await types('estuary-ferry-to-stop')).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'gallery',
      'embed',
      'embed',
      'audio',
      'video',
      'pullquote',
      'heading',
      'list',
    ])
  })

  test('[caption] splits caption and credit', async () => {
    expect((await read('estuary-ferry-to-stop')).body[1]).toMatchObject({
      image: {
        caption: 'The ferry leaves the north slipway.',
        credit: 'Photo by Ana Ruiz',
        width: 1024,
        height: 683,
      },
    })
  })
})

describe('non-Latin post names', () => {
  test.each([
    ['percent-encoded Arabic', 'alhkwma-tln-khta'],
    ['percent-encoded Cyrillic', 'novyi-most'],
    ['Chinese, which has no table: post-<id>', 'post-540'],
  ])('%s → %s', async (_name, slug) => {
    expect((await readdir(outDir)).includes(`${slug}.json`)).toBe(true)
  })

  test('each fallback is counted in the report', () => {
    expect(summary.notes).toEqual(
      expect.arrayContaining([
        '2 posts: slug transliterated from a non-Latin post_name (percent-encoded UTF-8, decoded)',
        '1 post: slug post-<id>: post_name and title have no letters that can be written in a-z (e.g. Chinese, Thai); rename by hand if you like',
      ]),
    )
  })

  test('a re-run writes the same files', async () => {
    const again = await importWxr(exportFile, { outDir, progress: { write: () => true } })
    expect(again).toMatchObject({ created: [], updated: [] })
  })

  test('a Cyrillic post on an English site carries no English language tag', async () => {
    expect(await read('novyi-most')).not.toHaveProperty('language')
  })
})

describe('block markup → HTML', () => {
  const context = (dropped: string[] = []) => ({
    attachmentHtml: () => undefined,
    unknownShortcode: () => undefined,
    reusableBlock: () => undefined,
    droppedBlock: (what: string, _why: string, detail?: string) => {
      dropped.push(`${what} ${detail ?? ''}`)
    },
  })

  test('a reusable block missing from the export is reported', () => {
    const dropped: string[] = []
    expect(contentHtml('<!-- wp:block {"ref":77} /-->', context(dropped))).toBe('')
    expect(dropped).toEqual(['reusable block ref 77'])
  })

  test('a self-closing embed does not swallow the blocks after it', () => {
    const html = contentHtml(
      '<!-- wp:embed {"url":"https://vimeo.com/1"} /--><!-- wp:paragraph --><p>Kept</p><!-- /wp:paragraph --><!-- wp:embed {"url":"https://vimeo.com/2"} --><figure></figure><!-- /wp:embed -->',
      context(),
    )
    expect(html).toBe(
      '<div data-oembed-url="https://vimeo.com/1"></div><p>Kept</p><div data-oembed-url="https://vimeo.com/2"></div>',
    )
  })

  test('an enclosing shortcode keeps its text', () => {
    expect(contentHtml('A [highlight]key[/highlight] word.', context())).toBe('<p>A key word.</p>')
  })
})
